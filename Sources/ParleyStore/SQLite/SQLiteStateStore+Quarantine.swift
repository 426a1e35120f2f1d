import Foundation
import GRDB

/// `QuarantineStore` on the two tables of migration v3. Each call is one transaction.
extension SQLiteStateStore: QuarantineStore {
    public func beginProcessing(feedID: Int64, bodyHash: String, at date: Date) async throws -> BodyAdmission {
        try await write("note the body being processed") { db in
            let quarantined = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM quarantined_bodies WHERE feed_id = ? AND body_hash = ?)
                """, arguments: [feedID, bodyHash]) ?? false
            if quarantined { return .quarantined }
            // The same body as an interrupted run's keeps its count (a suspect); another body starts afresh.
            let interruptions = try Int.fetchOne(db, sql: """
                SELECT interruptions FROM processing_notes WHERE feed_id = ? AND body_hash = ?
                """, arguments: [feedID, bodyHash]) ?? 0
            try db.execute(sql: """
                INSERT OR REPLACE INTO processing_notes (feed_id, body_hash, interruptions, alone, started_at)
                VALUES (?, ?, ?, 0, ?)
                """, arguments: [feedID, bodyHash, interruptions, date])
            return .admitted(suspect: interruptions > 0)
        }
    }

    public func markAlone(feedID: Int64) async throws {
        try await write("note the body processed alone") { db in
            try db.execute(sql: "UPDATE processing_notes SET alone = 1 WHERE feed_id = ?", arguments: [feedID])
        }
    }

    public func endProcessing(feedID: Int64) async throws {
        try await write("clear the processing note") { db in
            try db.execute(sql: "DELETE FROM processing_notes WHERE feed_id = ?", arguments: [feedID])
        }
    }

    public func quarantineInterrupted(at date: Date) async throws -> [QuarantinedBody] {
        let limit = Self.interruptionsBeforeQuarantine
        return try await write("quarantine interrupted bodies") { db in
            try db.execute(sql: "UPDATE processing_notes SET interruptions = interruptions + 1")
            let due = try Row.fetchAll(db, sql: """
                SELECT n.feed_id, f.url, n.body_hash, n.interruptions FROM processing_notes n
                JOIN feeds f ON f.id = n.feed_id WHERE n.alone AND n.interruptions >= ? ORDER BY n.feed_id
                """, arguments: [limit])
            try db.execute(sql: "UPDATE processing_notes SET alone = 0")
            var quarantined: [QuarantinedBody] = []
            for row in due {
                let body = QuarantinedBody(feedID: row[0], feedURL: row[1], bodyHash: row[2], interruptions: row[3],
                                           quarantinedAt: date)
                try db.execute(sql: """
                    INSERT OR REPLACE INTO quarantined_bodies (feed_id, body_hash, interruptions, quarantined_at)
                    VALUES (?, ?, ?, ?)
                    """, arguments: [body.feedID, body.bodyHash, body.interruptions, date])
                try db.execute(sql: "DELETE FROM processing_notes WHERE feed_id = ?", arguments: [body.feedID])
                quarantined.append(body)
            }
            return quarantined
        }
    }

    public func quarantinedBodies() async throws -> [QuarantinedBody] {
        try await read("list quarantined bodies") { db in
            try Row.fetchAll(db, sql: """
                SELECT q.feed_id, f.url, q.body_hash, q.interruptions, q.quarantined_at FROM quarantined_bodies q
                JOIN feeds f ON f.id = q.feed_id ORDER BY q.quarantined_at, q.feed_id
                """).map {
                QuarantinedBody(feedID: $0[0], feedURL: $0[1], bodyHash: $0[2], interruptions: $0[3],
                                quarantinedAt: $0[4])
            }
        }
    }
}
