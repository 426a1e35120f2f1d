import Foundation
import ParleyFeeds

/// libFuzzer entry: feed bytes through `FeedParser`, the first byte choosing the HTTP charset the body came with
/// (none, common ones, and nonsense), as the poller passes it (`FeedPoll.swift`). Built only by `.ci/fuzz`.
private let charsets: [String?] = [
    nil, "utf-8", "UTF-16", "utf-16le", "iso-8859-1", "windows-1252", "windows-1251", "koi8-r", "shift_jis",
    "euc-kr", "gb2312", "big5", "us-ascii", "x-unknown", "", "utf-32",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedParser(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let selector = bytes.first else { return 0 }
    let charset = charsets[Int(selector) % charsets.count]
    let body = Data(bytes.dropFirst())
    let result = Result { () throws(FeedParseError) in
        try FeedParser().parse(body, documentURL: "https://fuzz.example/feed.xml", httpCharset: charset)
    }
    _ = FeedJSON.line(file: "fuzz", result: result)  // what `parley parse --json` prints: every field serialised
    return 0
}
