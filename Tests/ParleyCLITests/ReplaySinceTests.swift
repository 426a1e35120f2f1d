import Foundation
import Testing

/// Issue 14: `parley replay --since DATE` treats reports published before DATE as a backlog: the model learns
/// them, no alert is printed for them, and the later reports alert exactly as in a full replay.
@Suite(.serialized, builtExecutable) struct ReplaySinceTests {
    static func published(_ line: Substring) throws -> Date {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let report = try #require(object["report"] as? [String: Any])
        return try Date(try #require(report["published"] as? String), strategy: .iso8601)
    }

    @Test func sinceWithholdsTheBacklogAndKeepsLaterAlerts() async throws {
        try await DemoCommandTests.withBinary { scratch in
            let demo = DemoRunTests.root.appendingPathComponent("seeds/demo")
            let feeds = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".xml") }
                .sorted().map { demo.appendingPathComponent($0).path }
            let full = try await DemoCommandTests.run(["replay"] + feeds, in: scratch)
            #expect(full.status == 0, "\(full.stderr)")
            let lines = full.stdout.split(separator: "\n")
            let dates = try lines.map(Self.published).sorted()
            #expect(dates.count >= 3, "the demo feeds should alert several times")
            // A cutoff between the first and the last alerting reports.
            let cutoff = dates[dates.count / 2]
            let since = cutoff.formatted(.iso8601)
            let later = try lines.filter { try Self.published($0) >= cutoff }

            let partial = try await DemoCommandTests.run(["replay", "--since", since] + feeds, in: scratch)
            #expect(partial.status == 0, "\(partial.stderr)")
            #expect(partial.stdout.split(separator: "\n") == later)
            #expect(later.count < lines.count)

            // The model still learned everything: the same final version either way.
            let version = { (stderr: String) in
                stderr.split(separator: "\n").last { $0.contains("model now v") }?.split(separator: ";").last
            }
            #expect(version(partial.stderr) != nil && version(partial.stderr) == version(full.stderr))

            let none = try await DemoCommandTests.run(["replay", "--since", "2100-01-01"] + feeds, in: scratch)
            #expect(none.status == 0 && none.stdout.isEmpty)
            let bad = try await DemoCommandTests.run(["replay", "--since", "yesterday"] + feeds, in: scratch)
            #expect(bad.status != 0)
        }
    }
}
