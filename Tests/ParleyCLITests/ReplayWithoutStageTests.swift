import Foundation
import Testing

/// `parley replay --without-stage NAME` and `parley explain --without-stage NAME` (a diagnostic for
/// seeds/ablate_stages.py): the named stages are skipped, an unknown name is a usage error listing the stages.
@Suite(.serialized) struct ReplayWithoutStageTests {
    static let inputs = ["01-prisoner-swap-carried-out.txt", "03-new-round-announced.txt"].map {
        ReplayModelsTests.fixtures.appendingPathComponent("crash/" + $0).path
    }

    @Test(.enabled(if: DemoCommandTests.binary != nil, "the parley executable was not built beside the tests"))
    func anUnknownStageIsRefusedWithTheStageNames() async throws {
        try await DemoCommandTests.withBinary { scratch in
            for command in ["replay", "explain"] {
                let result = try await DemoCommandTests.run(
                    [command, "--model", ReplayModelsTests.russia, "--without-stage", "aside"] + Self.inputs,
                    in: scratch)
                #expect(result.status != 0)
                #expect(result.stderr.contains("--without-stage: unknown stage 'aside'; the stages are: asides, cues, "
                    + "issues,"), "\(result.stderr)")
                #expect(result.stdout.isEmpty)
            }
        }
    }

    @Test(.enabled(if: DemoCommandTests.binary != nil, "the parley executable was not built beside the tests"))
    func withoutAStageTheReplayRunsAndSaysSo() async throws {
        try await DemoCommandTests.withBinary { scratch in
            let full = try await DemoCommandTests.run(["replay", "--model", ReplayModelsTests.russia] + Self.inputs,
                                                      in: scratch)
            #expect(full.status == 0 && !full.stdout.isEmpty, "\(full.stderr)")
            #expect(!full.stderr.contains("without stage"))
            // Without the stage that makes claims nothing alerts; the replay itself is otherwise the same.
            let none = try await DemoCommandTests.run(
                ["replay", "--model", ReplayModelsTests.russia, "--without-stage", "claims"] + Self.inputs, in: scratch)
            #expect(none.status == 0, "\(none.stderr)")
            #expect(none.stdout.isEmpty)
            #expect(none.stderr.contains("without stage(s) claims") && none.stderr.contains("replay: 0 alert(s)"))
            let explained = try await DemoCommandTests.run(
                ["explain", "--model", ReplayModelsTests.russia, "--without-stage", "asides", "--without-stage", "cues"]
                    + Self.inputs, in: scratch)
            #expect(explained.status == 0, "\(explained.stderr)")
            #expect(explained.stdout.contains("read without stage(s) asides, cues"), "\(explained.stdout)")
        }
    }
}
