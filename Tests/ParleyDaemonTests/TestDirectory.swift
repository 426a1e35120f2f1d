import Foundation

/// A fresh temporary directory for one test, removed when the test ends (kept when PARLEY_KEEP_TEST_DIRS is set,
/// for post-mortems).
final class TestDirectory: @unchecked Sendable {
    let url: URL

    init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ component: String) -> String { url.appendingPathComponent(component).path }

    func write(_ component: String, _ text: String) throws {
        try text.write(to: url.appendingPathComponent(component), atomically: true, encoding: .utf8)
    }

    deinit {
        if ProcessInfo.processInfo.environment["PARLEY_KEEP_TEST_DIRS"] == nil {
            try? FileManager.default.removeItem(at: url)
        }
    }
}
