import Foundation
import ParleyCore

/// libFuzzer entry: bytes through the loaders of the files a model is read with (`--model FILE`, the config's
/// `model`, stored versions; the shared language file; its weights file), the first byte choosing which, and
/// whatever loads through extraction and the diff of one fixed report, since the model and its language drive
/// both. Built only by `.ci/fuzz`.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

private func file(_ name: String) -> Data {
    guard let data = try? Data(contentsOf: root.appendingPathComponent("seeds/\(name)")) else {
        fatalError("fuzz: cannot read seeds/\(name)")
    }
    return data
}

private let english: Lexicon = {
    guard let lexicon = try? Lexicon.load(from: file("english.language.json")) else { fatalError("fuzz: language") }
    return lexicon
}()
/// The seed model, loaded once: a language or weights input replaces its language, as the loader would.
private let seedModel: NegotiationModel = {
    guard let model = try? NegotiationModel.load(from: file("russia-ukraine.model.json"), language: english) else {
        fatalError("fuzz: seed model")
    }
    return model
}()

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
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let selector = bytes.first else { return 0 }
    let data = Data(bytes.dropFirst())
    let model: NegotiationModel?
    switch selector % 3 {
    case 0:  // a model file, read with the shared language
        model = try? NegotiationModel.load(from: data, language: english)
    case 1:  // a language file, with the seed model
        model = (try? Lexicon.load(from: data)).map { lexicon in
            var model = seedModel
            model.language = lexicon
            return model
        }
    default:  // a weights file
        model = (try? DecisionWeights.load(from: data)).map { weights in
            var model = seedModel
            model.language.weights = weights
            return model
        }
    }
    guard let model else { return 0 }
    _ = ClaimExtractor(model: model).analyze(report, everyIssue: true)
    var tracker = NegotiationTracker(model: model)
    let outcome = tracker.process(report, detectedAt: Date(timeIntervalSince1970: 1_749_290_400))
    for alert in outcome.alerts { _ = try? AlertCoding.line(alert) }
    _ = try? tracker.model.encoded()
    return 0
}

/// Loads the seed files before the first input, so their allocations are not counted as an input's leaks.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = seedModel
    return 0
}
