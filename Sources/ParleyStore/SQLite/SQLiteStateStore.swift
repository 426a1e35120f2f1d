import Foundation
import GRDB
import ParleyCore

/// The production `StateStore`: one SQLite database file through GRDB, in WAL mode (a `DatabasePool`), so
/// readers such as `parley` subcommands never block the daemon's writes. Every write is one transaction.
public final class SQLiteStateStore: StateStore {
    /// The database file name inside the state directory.
    public static let fileName = "parley.sqlite"

    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        // Another process (a second `parley` command) may hold the write lock briefly.
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.open(path, error)
        }
        do {
            try StoreMigrations.migrator.migrate(pool)
        } catch {
            throw StoreError.migrate(path, error)
        }
    }

    /// Opens `parley.sqlite` in `directory`, creating the directory if needed.
    public convenience init(directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.open(directory, error)
        }
        try self.init(path: (directory as NSString).appendingPathComponent(Self.fileName))
    }

    /// Closes the database; later calls fail. Also done on deinit.
    public func close() throws {
        do {
            try pool.close()
        } catch {
            throw StoreError.database(path, "close", error)
        }
    }

    /// Names of the applied migrations, oldest first (for `parley` diagnostics and the tests).
    public func appliedMigrations() async throws -> [String] {
        try await read("list migrations") { db in
            try StoreMigrations.migrator.appliedIdentifiers(db).sorted()
        }
    }

    func write<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path, operation, error)
        }
    }

    func read<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw StoreError.database(path, operation, error)
        }
    }

    // MARK: Feeds

    public func registerFeed(configURL: String, tags: [String]) async throws -> FeedState {
        try await write("register feed \(configURL)") { db in
            if var feed = try FeedState.filter(Column("config_url") == configURL).fetchOne(db) {
                if feed.tags != tags {
                    feed.tags = tags
                    try feed.update(db)
                }
                return feed
            }
            var feed = FeedState(configURL: configURL, tags: tags)
            try feed.insert(db)
            return feed
        }
    }

    public func feeds() async throws -> [FeedState] {
        try await read("list feeds") { db in try FeedState.order(Column("id")).fetchAll(db) }
    }

    public func feed(id: Int64) async throws -> FeedState? {
        try await read("read feed \(id)") { db in try FeedState.fetchOne(db, key: id) }
    }

    public func updateFeed(_ feed: FeedState) async throws {
        try await write("update feed \(feed.configURL)") { db in
            guard feed.id != nil, try feed.exists(db) else { throw StoreError.unknownFeed(feed.id) }
            try feed.update(db)
        }
    }

    // MARK: Items

    public func hasSeen(_ key: ItemKey) async throws -> Bool {
        try await read("look up seen item") { db in try Self.hasSeen(key, db) }
    }

    public func seenGuids(feedID: Int64, among guids: [String]) async throws -> Set<String> {
        guard !guids.isEmpty else { return [] }
        return try await read("look up seen items") { db in
            var seen = Set<String>()
            // In slices, so a feed of many entries stays under SQLite's limit on bound parameters; a poll's
            // statement is cached by its number of guids (a feed lists about as many entries on each poll).
            for start in stride(from: 0, to: guids.count, by: 500) {
                let slice = Array(guids[start..<min(start + 500, guids.count)])
                let marks = Array(repeating: "?", count: slice.count).joined(separator: ", ")
                let statement = try db.cachedStatement(
                    sql: "SELECT guid FROM seen_items WHERE feed_id = ? AND guid IN (\(marks))")
                seen.formUnion(try String.fetchAll(statement, arguments: StatementArguments([feedID])
                    + StatementArguments(slice)))
            }
            return seen
        }
    }

    /// Two lookups, one per index: as one query (`guid = ? OR content_hash = ?`) SQLite walks every item of the
    /// feed, so checking an item cost more the more items the feed had. Cached statements (as every statement of
    /// an item's commit): preparing one anew on each item (GRDB's query interface) cost more than running it.
    static func hasSeen(_ key: ItemKey, _ db: Database) throws -> Bool {
        try exists(db, Statements.seenByGuid, [key.feedID, key.guid])
            || exists(db, Statements.seenByHash, [key.feedID, key.contentHash])
    }

    /// Whether a cached one-row query finds a row.
    static func exists(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) != nil
    }

    /// The statements of an item's check and commit, prepared once per connection (`Database.cachedStatement`).
    enum Statements {
        static let seenByGuid = "SELECT 1 FROM seen_items WHERE feed_id = ? AND guid = ? LIMIT 1"
        static let seenByHash = "SELECT 1 FROM seen_items WHERE feed_id = ? AND content_hash = ? LIMIT 1"
        static let feedExists = "SELECT 1 FROM feeds WHERE id = ?"
        static let insertSeen = """
            INSERT INTO seen_items (feed_id, guid, content_hash, report_url, seen_at) VALUES (?, ?, ?, ?, ?)
            """
        static let latestVersion = "SELECT MAX(version) FROM model_versions WHERE negotiation = ?"
        static let insertVersion = """
            INSERT INTO model_versions (negotiation, version, kind, model, report_url, created_at, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """
        static let alertExists = "SELECT 1 FROM alerts WHERE id = ?"
        static let insertAlert = "INSERT INTO alerts (id, negotiation, json, created_at) VALUES (?, ?, ?, ?)"
        static let insertDelivery = """
            INSERT INTO deliveries (alert_id, sink, webhook_id, attempts, next_attempt_at, state, created_at)
            VALUES (?, ?, ?, 0, ?, 'pending', ?)
            """
    }

    public func commit(_ item: ItemCommit) async throws -> CommitResult {
        // Encode outside the transaction: the write lock is held only for the inserts.
        let alerts: [(StoredAlert, [String])]
        do {
            alerts = try item.alerts.map { (try StoredAlert($0, createdAt: item.seenAt), item.sinks(for: $0)) }
        } catch {
            throw StoreError.encoding("alerts of \(item.reportURL ?? item.key.guid)", error)
        }
        return try await write("commit item \(item.key.guid)") { db in
            guard try !Self.hasSeen(item.key, db) else { return .alreadySeen }
            guard try Self.exists(db, Statements.feedExists, [item.key.feedID]) else {
                throw StoreError.unknownFeed(item.key.feedID)
            }
            // The item's time as stored, formatted once (GRDB formats a date anew on every binding).
            let seenAt = item.seenAt.databaseValue
            try db.cachedStatement(sql: Statements.insertSeen).execute(arguments: [
                item.key.feedID, item.key.guid, item.key.contentHash, item.reportURL, seenAt,
            ])
            var versions: [String: Int] = [:]
            for model in item.models {
                let latest = try Int.fetchOne(db.cachedStatement(sql: Statements.latestVersion),
                                              arguments: [model.negotiation]) ?? 0
                // A delta applies to the version before it: the first version must be whole.
                if model.kind == .delta, latest == 0 {
                    throw StoreError.modelChain(model.negotiation, "a delta cannot be its first stored version")
                }
                versions[model.negotiation] = latest + 1
                try db.cachedStatement(sql: Statements.insertVersion).execute(arguments: [
                    model.negotiation, latest + 1, model.kind.rawValue, model.model, item.reportURL, seenAt,
                    model.reason,
                ])
            }
            var deliveries = 0
            for (alert, sinks) in alerts {
                // An alert id already stored is the same alert: delivering it again would be a duplicate.
                guard try !Self.exists(db, Statements.alertExists, [alert.id]) else { continue }
                try db.cachedStatement(sql: Statements.insertAlert).execute(arguments: [
                    alert.id, alert.negotiation, alert.json, seenAt, // its createdAt
                ])
                for sink in sinks {
                    try db.cachedStatement(sql: Statements.insertDelivery).execute(arguments: [
                        alert.id, sink, Delivery.webhookID(alertID: alert.id), seenAt, seenAt,
                    ])
                    deliveries += 1
                }
            }
            return .committed(modelVersions: versions, deliveries: deliveries)
        }
    }

    // MARK: Model versions

    public func latestModelVersion(negotiation: String) async throws -> ModelVersion? {
        try await modelVersion(negotiation: negotiation, atMost: nil)
    }

    public func modelVersion(negotiation: String, version: Int) async throws -> ModelVersion? {
        let found = try await modelVersion(negotiation: negotiation, atMost: version)
        return found?.version == version ? found : nil
    }

    /// The whole model at the latest version up to `atMost` (nil: the latest): the nearest snapshot and the deltas
    /// after it, read in one transaction, applied outside it.
    private func modelVersion(negotiation: String, atMost: Int?) async throws -> ModelVersion? {
        let rows = try await read("read model \(negotiation)\(atMost.map { " v\($0)" } ?? "")") { db in
            let limit = atMost ?? Int.max
            guard let snapshot = try Int.fetchOne(db, sql: """
                SELECT MAX(version) FROM model_versions WHERE negotiation = ? AND kind = 'snapshot' AND version <= ?
                """, arguments: [negotiation, limit]) else {
                // No snapshot: a delta alone cannot be read (the chain reports it), nothing stored is nil.
                return try ModelVersion.filter(Column("negotiation") == negotiation)
                    .filter(Column("version") <= limit).order(Column("version")).limit(1).fetchAll(db)
            }
            return try ModelVersion.filter(Column("negotiation") == negotiation)
                .filter(Column("version") >= snapshot && Column("version") <= limit)
                .order(Column("version")).fetchAll(db)
        }
        return try ModelVersionChain.rebuild(rows, negotiation: negotiation)
    }

    public func modelVersions(negotiation: String) async throws -> [ModelVersion] {
        try await read("list models of \(negotiation)") { db in
            try ModelVersion.filter(Column("negotiation") == negotiation).order(Column("version")).fetchAll(db)
        }
    }

    // MARK: Alerts

    public func alert(id: String) async throws -> StoredAlert? {
        try await read("read alert \(id)") { db in try StoredAlert.fetchOne(db, key: id) }
    }

    public func alerts(limit: Int) async throws -> [StoredAlert] {
        try await read("list alerts") { db in
            try StoredAlert.order(Column("created_at"), Column("rowid")).limit(limit).fetchAll(db)
        }
    }
}
