import Foundation
import ParleyCore

/// libFuzzer entry: bytes through the model loader (`--model FILE`, the config's `model`, the stored versions),
/// and any model it accepts through extraction and the diff of one fixed report, since a model's lexicon drives
/// both. Built only by `.ci/fuzz`.
private let report = Report(
    url: "https://fuzz.example/report", title: "Russia and Ukraine agree to exchange 1,200 prisoners",
    published: Date(timeIntervalSince1970: 1_749_290_400), outlet: "Fuzz Wire",
    text: """
        Russia and Ukraine agreed on Monday to exchange 1,200 prisoners of war, Turkey's foreign minister said \
        after talks in Istanbul.
        Kyiv insisted that a 30-day ceasefire must come first; Moscow rejected the demand and said twenty-six \
        countries had no say in the matter. The next round is due on June 2.
        """)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModel(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(UnsafeRawBufferPointer(start: start, count: count))
    guard let model = try? NegotiationModel.load(from: data) else { return 0 }
    _ = ClaimExtractor(model: model).analyze(report, everyIssue: true)
    var tracker = NegotiationTracker(model: model)
    let outcome = tracker.process(report, detectedAt: Date(timeIntervalSince1970: 1_749_290_400))
    for alert in outcome.alerts { _ = try? AlertCoding.line(alert) }
    _ = try? tracker.model.encoded()
    return 0
}
