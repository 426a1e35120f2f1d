import Foundation
import Testing
@testable import ParleyDaemon

/// Config files that once crashed `check-config` and the daemon (issue 15), on fixtures named after what they show:
/// out-of-range numbers are problems naming the setting and the accepted range, and nesting is bounded before Yams.
@Suite("Config crash regressions")
struct ConfigCrashRegressionTests {
    static func problems(_ name: String) -> [ConfigProblem] {
        ConfigLoaderTests.problems(name)
    }

    @Test func outOfRangeDurationsAndSizesAreProblemsNamingTheRange() {
        let problems = Self.problems("crash-durations-out-of-range.yaml")
        let expected: [(Int, Int, String, String)] = [
            (5, 20, "limits.connect_timeout", "'1e30' is outside the accepted range 1ms...365d"),
            (6, 20, "limits.request_timeout", "(accepted range 1ms...365d), found '0xffffffffffffff'"),
            (7, 26, "limits.default_poll_interval", "'99999999999999999999h' is outside the accepted range 1ms...365d"),
            (8, 22, "limits.min_poll_interval", "(accepted range 1ms...365d), found 'nan'"),
            (9, 22, "limits.max_poll_interval", "(accepted range 1ms...365d), found '.inf'"),
            (10, 21, "limits.shutdown_timeout", "'-5' is outside the accepted range 1ms...365d"),
            (11, 19, "limits.max_body_bytes", "(accepted range 1 byte...1TiB), found '99999999999999999999GB'"),
        ]
        #expect(problems.count == expected.count, "\(problems.map(\.description))")
        for (line, column, path, message) in expected {
            let match = problems.first { $0.path == path && $0.message.contains(message) }
            #expect(match?.line == line && match?.column == column, "no problem at \(path) saying '\(message)' in \(problems)")
        }
    }

    @Test(arguments: [
        "1e30", "0xffffffffffffff", "99999999999999999999h", "nan", "inf", "-inf", "-5", "1e308s",
        "9223372036854775807ms", "99999999999999999999", "366d", "8761h", "1h" + String(repeating: "1h", count: 9000),
    ])
    func durationOutOfRangeIsRefused(text: String) {
        #expect(ConfigValues.duration(text) == nil)
    }

    @Test func durationsUpToAYearAreAccepted() {
        #expect(ConfigValues.duration("365d") == .seconds(365 * 86_400))
        #expect(ConfigValues.duration("31536000") == .seconds(365 * 86_400))
        #expect(ConfigValues.readDuration("31536001") == .outOfRange)
        #expect(ConfigValues.readDuration("soon") == .malformed)
    }

    @Test(arguments: ["99999999999999999999GB", "9223372036854775807", "2048GB", "1e30", "-1", "nanB"])
    func sizeOutOfRangeIsRefused(text: String) {
        #expect(ConfigValues.byteSize(text) == nil)
    }

    @Test(arguments: [
        "crash-nested-3000-flow-sequences.yaml", "crash-nested-3000-flow-mappings.yaml",
        "crash-nested-3000-compact-sequences.yaml", "crash-nested-100-block-mappings.yaml",
    ])
    func deepNestingIsRefusedBeforeYamsSeesIt(fixture: String) {
        let problems = Self.problems(fixture)
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("nested deeper than 64 levels (the limit)") == true, "\(problems)")
        #expect(problems.first?.line != nil)
    }

    @Test func blockMappingsNestedThousandsDeepAreRefused() {
        let text = "model: model.json\nlimits:\n" + (1..<2900).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
        do {
            _ = try ConfigLoader().parse(text, file: "/tmp/deep.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.message.contains("the limit") == true
                || error.problems.first?.message.contains("at most") == true, "\(error.problems)")
        }
    }

    @Test func configOverTheSizeLimitIsRefused() {
        let text = "model: model.json\n# " + String(repeating: "x", count: ConfigLoader.maxConfigBytes) + "\n"
        do {
            _ = try ConfigLoader().parse(text, file: "/tmp/big.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.problems.first?.message.contains("a config may be at most 4194304 bytes") == true)
        }
    }

    /// What real configs do must not trip the scan: quoted brackets, block scalars, anchors, flow lists, comments.
    @Test func ordinaryNestingPassesTheScan() {
        let text = """
            model: "model[[[[.json"   # [[[[ in a comment
            note: |
              [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
            title: a[b{c
            feeds:
              - url: https://x.example/rss?q=[a]
                tags: [a, "b]]]]", 'c''s', {d: [e]}]
              - &anchor {url: 'https://y.example/[', tags: [x]}
              - *anchor
            """
        #expect(YAMLNestingScan.firstExcess(in: text, limit: 8) == nil)
        let deep = String(repeating: "[", count: 10) + "1" + String(repeating: "]", count: 10)
        #expect(YAMLNestingScan.firstExcess(in: "a: &x \(deep)", limit: 8) != nil)
        #expect(YAMLNestingScan.firstExcess(in: "a: !!seq \(deep)", limit: 8) != nil)
        #expect(YAMLNestingScan.firstExcess(in: "a: [b\n'c, \(deep)]", limit: 8) != nil)
        #expect(YAMLNestingScan.firstExcess(in: "a: \"x\"\n" + deep, limit: 8) != nil)
    }
}
