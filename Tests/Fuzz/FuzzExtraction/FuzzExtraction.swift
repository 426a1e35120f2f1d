import Foundation
import ParleyCore

/// libFuzzer entry: report text (the `parley replay`/`explain` plain-text form: header lines, `---`, body) through
/// claim extraction and the diff against the seed model, twice, so the second report is diffed against what the
/// first one changed. Built only by `.ci/fuzz`.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

private let seed: NegotiationModel = {
    let model = ProcessInfo.processInfo.environment["PARLEY_FUZZ_MODEL"]
        ?? root.appendingPathComponent("seeds/russia-ukraine.model.json").path
    let language = root.appendingPathComponent("seeds/english.language.json")
    let weights = root.appendingPathComponent("seeds/english.weights.json")
    do {
        var lexicon = try Lexicon.load(from: Data(contentsOf: language))
        if let data = try? Data(contentsOf: weights) { lexicon.weights = try DecisionWeights.load(from: data) }
        return try NegotiationModel.load(from: Data(contentsOf: URL(fileURLWithPath: model)), language: lexicon)
    } catch {
        fatalError("fuzz: cannot load the seed model \(model): \(error)")
    }
}()
private let extractor = ClaimExtractor(model: seed)
/// Built once (its vocabularies are costly); each input starts from a copy, so inputs stay independent.
private let freshTracker = NegotiationTracker(model: seed)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtraction(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let report = PlainTextReport.parse(text, defaultURL: "https://fuzz.example/report")
    _ = extractor.analyze(report, everyIssue: true)
    var tracker = freshTracker
    let detected = Date(timeIntervalSince1970: 1_749_290_400)
    for outcome in [tracker.process(report, detectedAt: detected), tracker.process(report, detectedAt: detected)] {
        for alert in outcome.alerts { _ = try? AlertCoding.line(alert) }  // the alert log's record
        _ = outcome.explanation.rendered()  // what `parley explain` prints
    }
    return 0
}

/// Loads the seed model before the first input, so its allocations are not counted as an input's leaks.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = freshTracker
    _ = extractor
    return 0
}
