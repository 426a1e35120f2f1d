import Foundation

/// Reads the fixture files beside the tests (copied into the test bundle as `Fixtures/`).
enum FixtureLoader {
    static func data(_ name: String) throws -> Data {
        guard let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: dir.appendingPathComponent(name))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }

    /// The package root, found from this file's path (Tests/ParleyFeedsTests/FixtureLoader.swift).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
