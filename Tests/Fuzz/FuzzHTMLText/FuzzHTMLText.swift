import ParleyFeeds

/// libFuzzer entry: text through `HTMLText.paragraphs`, the HTML to report text step of the daemon's pipeline.
/// Built only by `.ci/fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLText(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let html = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = HTMLText.paragraphs(fromHTML: html)
    return 0
}
