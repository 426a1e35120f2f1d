import Foundation
import Testing

extension DaemonProcesses {
    /// `parley feeds export|import` as an operator runs them: export prints OPML, importing it beside the same
    /// config adds nothing, and a file that is not OPML fails with exit status 1 and the reason.
    @Suite("parley feeds", .serialized)
    struct FeedsCommandTests {
        /// Runs `parley ARGUMENTS`; stdout and stderr together, as an operator's terminal shows them.
        func run(_ arguments: [String], in directory: TestDirectory, name: String) async throws
            -> (status: Int32?, output: String) {
            let process = try DaemonProcess(arguments, stderrPath: directory.url.appendingPathComponent("\(name).out"))
            let exit = await process.wait(timeout: .seconds(30))
            if exit == nil { await process.kill9() }
            return (exit?.status, process.output)
        }

        @Test(DaemonProcess.available)
        func exportThenImportBesideTheSameConfigAddsNothingAndNonOPMLIsRefused() async throws {
            let directory = try TestDirectory("feeds-command")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: ["https://a.example/rss.xml", "https://b.example/atom.xml?x=1&y=2"],
                hookURL: nil))
            let export = try await run(["feeds", "export", directory.path("parley.yaml")], in: directory, name: "export")
            #expect(export.status == 0)
            #expect(export.output.contains("<opml version=\"2.0\">"))
            #expect(export.output.contains("xmlUrl=\"https://b.example/atom.xml?x=1&amp;y=2\""))
            let start = try #require(export.output.range(of: "<?xml"))
            let opml = String(export.output[start.lowerBound...])
            try directory.write("feeds.opml", opml)

            let again = try await run(["feeds", "import", directory.path("feeds.opml"),
                                       "--config", directory.path("parley.yaml")], in: directory, name: "import")
            #expect(again.status == 0, "\(again.output)")
            #expect(again.output.contains("feeds: []"))
            #expect(again.output.contains("0 feed(s) from"))
            #expect(again.output.contains("2 left out"))

            let fresh = try await run(["feeds", "import", directory.path("feeds.opml")], in: directory, name: "fresh")
            #expect(fresh.status == 0)
            #expect(fresh.output.contains("  - url: \"https://b.example/atom.xml?x=1&y=2\""))

            try directory.write("rss.xml", "<rss version=\"2.0\"><channel><title>x</title></channel></rss>")
            let wrong = try await run(["feeds", "import", directory.path("rss.xml")], in: directory, name: "wrong")
            #expect(wrong.status == 1)
            #expect(wrong.output.contains("not an OPML document: the root element is <rss>, not <opml>"))
        }
    }
}
