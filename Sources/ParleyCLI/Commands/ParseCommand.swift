import ArgumentParser
import Foundation
import ParleyFeeds

/// `parley parse --json FILE...` (`../shared/spec/cli.md`): one JSON line per file, in input order. Exit 0 when
/// every file was read (recovered documents included), 1 when a file could not be opened.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse feed files and print what Parley reads from each, one JSON object per line."
    )

    @Flag(name: .long, help: "Print one JSON object per file (the only output format).")
    var json = false

    @Option(name: .long, help: "Charset to assume, as an HTTP Content-Type would give it.")
    var charset: String?

    @Argument(help: "Feed files to parse.")
    var files: [String]

    func run() throws {
        let parser = FeedParser()
        var unreadable = 0
        for file in files {
            let line: String
            if let data = FileManager.default.contents(atPath: file) {
                let url = URL(fileURLWithPath: file).absoluteString
                let result = Result { () throws(FeedParseError) in
                    try parser.parse(data, documentURL: url, httpCharset: charset)
                }
                line = FeedJSON.line(file: file, result: result)
            } else {
                unreadable += 1
                line = FeedJSON.lineForUnreadable(file: file, reason: "cannot open \(file)")
            }
            var bytes = Data(line.utf8)
            bytes.append(0x0A)
            FileHandle.standardOutput.write(bytes)
        }
        if unreadable > 0 { throw ExitCode(1) }
    }
}
