import Foundation
import Logging
import ParleyCore
import ParleyStore
import ParleyTestSupport

/// A fresh directory under the system temp dir, removed on deinit.
final class TemporaryDirectory: Sendable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "parley-sinks-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

enum SinkFixtures {
    static let epoch = Date(timeIntervalSince1970: 1_780_000_000)
    static let logger = Logger(label: "parley.sinks.tests", factory: { _ in SwiftLogNoOpLogHandler() })

    static func alert(_ id: String, summary: String? = nil, evidence: [String]? = nil,
                      severity: Alert.Severity = .notable) -> Alert {
        Alert(id: id, detectedAt: epoch, negotiation: "russia-ukraine", kind: .quantityChanged,
              issue: "prisoner-exchange", party: "ukraine", attribute: "size", before: .number(1000),
              after: .number(1200), summary: summary ?? "Prisoner exchange size \(id): 1,000 -> 1,200",
              severity: severity, confidence: 0.8,
              report: .init(url: "https://news.example/\(id)", title: "Report \(id)", published: epoch,
                            feed: "https://news.example/feed"),
              evidence: evidence ?? ["Both sides agreed to exchange 1,200 prisoners each."], corroboratingSources: 1)
    }

    /// A store holding one feed and `alerts` committed one item each, with a delivery per sink.
    static func store(alerts ids: [String], sinks: [String], backend: any StateStore = MemoryStateStore())
        async throws -> any StateStore {
        try await commit(ids, sinks: sinks, to: backend)
        return backend
    }

    static func commit(_ ids: [String], sinks: [String], to store: any StateStore) async throws {
        let feedID = try await store.registerFeed(configURL: "https://news.example/feed", tags: []).id!
        for id in ids {
            let key = ItemKey(feedID: feedID, guid: id, contentHash: ItemKey.contentHash(title: id, text: id))
            _ = try await store.commit(ItemCommit(key: key, reportURL: nil, seenAt: epoch, model: nil,
                                                  alerts: [alert(id)], sinks: sinks))
        }
    }

    static func lines(of path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    static func ids(of path: String) throws -> [String] {
        try lines(of: path).map { line in
            try AlertCoding.decoder().decode(Alert.self, from: Data(line.utf8)).id
        }
    }
}
