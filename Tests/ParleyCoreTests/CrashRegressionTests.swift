import Foundation
import Testing
@testable import ParleyCore

/// Inputs that could trap the core (issue 15), on fixtures named after what they show: a report's numbers never
/// trap however large, and a model file's nesting and size are bounded before the decoder sees it.
struct CrashRegressionTests {
    static func crashFixture(_ name: String) throws -> Data {
        try Data(contentsOf: Fixtures.directory.appendingPathComponent("crash/\(name)"))
    }

    @Test func hugeQuantitiesInAReportAreExtractedAndDiffedWithoutTrapping() throws {
        let text = String(decoding: try Self.crashFixture("crash-quantity-10-to-the-30.txt"), as: UTF8.self)
        let report = PlainTextReport.parse(text, defaultURL: "https://fixture.example/crash")
        var tracker = NegotiationTracker(model: try Fixtures.seedModel())
        let outcome = tracker.process(report, detectedAt: Date(timeIntervalSince1970: 1_764_000_000))
        _ = outcome.alerts.map(\.summary)
        _ = ClaimExtractor(model: try Fixtures.seedModel()).analyze(report, everyIssue: true)
    }

    @Test(arguments: [1e30, 1e300, .infinity, -.infinity, .nan, 9.3e18, 9.3e27, -1e30, .greatestFiniteMagnitude])
    func quantityOfAnyValuePrints(value: Double) {
        #expect(!Quantity(value: value, unit: "prisoners").description.isEmpty)
        #expect(!Quantity(value: value, unit: "n").memoryKey.isEmpty)
    }

    @Test func ordinaryQuantitiesPrintAsBefore() {
        #expect(Quantity(value: 1200, unit: "prisoners").description == "1200 prisoners")
        #expect(Quantity(value: 2e9, unit: "dollars").description == "2 billion dollars")
        #expect(Quantity(value: 2.5, unit: "n").description == "2.5")
    }

    @Test func modelNestedThousandsDeepIsRefusedNamingTheLimit() throws {
        let data = try Self.crashFixture("crash-model-nested-3000.json")
        #expect {
            _ = try NegotiationModel.load(from: data)
        } throws: { error in
            (error as? CoreError)?.description == "negotiation model: model: nested deeper than 64 levels (the limit) at byte 86"
        }
    }

    @Test func modelOverTheSizeLimitIsRefused() {
        let data = Data(count: JSONNestingScan.maxBytes + 1)
        #expect(throws: CoreError.self) { _ = try NegotiationModel.load(from: data) }
        #expect(throws: CoreError.self) { _ = try Lexicon.load(from: data) }
        #expect(throws: CoreError.self) { _ = try DecisionWeights.load(from: data) }
    }

    @Test func languageAndWeightsFilesNestedThousandsDeepAreRefused() throws {
        let data = try Self.crashFixture("crash-model-nested-3000.json")
        #expect(throws: CoreError.self) { _ = try Lexicon.load(from: data) }
        #expect(throws: CoreError.self) { _ = try DecisionWeights.load(from: data) }
    }

    @Test func bracketsInsideStringsAreNotNesting() {
        let json = Data(("{\"a\": \"" + String(repeating: "[", count: 100) + "\\\"[\"}").utf8)
        #expect(JSONNestingScan.firstExcess(in: json, limit: 2) == nil)
        #expect(JSONNestingScan.firstExcess(in: Data("[[[]]]".utf8), limit: 2) == 2)
    }
}
