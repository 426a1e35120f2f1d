import Foundation
import ParleyCore
@testable import ParleyStore
import ParleyTestSupport
import Testing

/// The two backends every behaviour test runs against: the real SQLite file and the in-memory twin.
enum Backend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, memory

    var testDescription: String { rawValue }

    func make(in directory: TemporaryDirectory) throws -> any StateStore {
        switch self {
        case .sqlite: try SQLiteStateStore(directory: directory.path)
        case .memory: MemoryStateStore()
        }
    }
}

/// A fresh directory under the system temp dir, removed on deinit.
final class TemporaryDirectory: Sendable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "parley-store-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

enum StoreFixtures {
    static let epoch = Date(timeIntervalSince1970: 1_780_000_000)

    static func alert(_ id: String, summary: String = "Prisoner exchange size: 1,000 -> 1,200") -> Alert {
        Alert(id: id, detectedAt: epoch, negotiation: "russia-ukraine", kind: .quantityChanged,
              issue: "prisoner-exchange", party: nil, attribute: "size", before: .number(1000),
              after: .number(1200), summary: summary, severity: .notable, confidence: 0.8,
              report: .init(url: "https://news.example/\(id)", title: "Report \(id)", published: epoch,
                            feed: "https://news.example/feed"),
              evidence: ["Both sides agreed to exchange 1,200 prisoners each."], corroboratingSources: 1)
    }

    static func item(feedID: Int64, guid: String, text: String? = nil, alerts: [String] = [],
                     sinks: [String] = ["log", "hook"], model: String? = nil) -> ItemCommit {
        ItemCommit(key: ItemKey(feedID: feedID, guid: guid,
                                contentHash: ItemKey.contentHash(title: "Report", text: text ?? "text of \(guid)")),
                   reportURL: "https://news.example/\(guid)", seenAt: epoch,
                   model: model.map { NewModelVersion(negotiation: "russia-ukraine", model: Data($0.utf8),
                                                      reason: "after \(guid)") },
                   alerts: alerts.map { alert($0) }, sinks: sinks)
    }
}
