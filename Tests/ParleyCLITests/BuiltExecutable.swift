import Foundation
import Testing

/// The `parley` executable built beside this test bundle (`swift build` and `swift test` put both in one products
/// directory).
enum BuiltExecutable {
    static var url: URL? {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("parley") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// The trait of every test that runs the built `parley` executable: shown as skipped, saying why, when it was not
/// built beside the tests.
let builtExecutable = ConditionTrait.enabled(
    if: BuiltExecutable.url != nil, "the parley executable was not built beside the tests (run `swift build` first)")
