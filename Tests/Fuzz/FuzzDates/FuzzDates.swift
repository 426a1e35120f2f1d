@testable import ParleyFeeds

/// libFuzzer entry: text through the feed date parser (RFC 822 and ISO 8601 forms), and every date it accepts back
/// through the formatter `parley parse --json` prints with. Built only by `.ci/fuzz` (with `-enable-testing`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    for date in [DateParser.parse(text), DateParser.rfc822(text), DateParser.iso8601(text)] {
        if let date { _ = DateParser.iso8601String(date) }
    }
    return 0
}
