import Foundation
import ParleyFeeds
import Testing
@testable import ParleyDaemon

/// `parley feeds import|export` (issue 14 item 5): a config's feeds survive OPML and back, and a hostile or
/// wrong OPML file is a clear error, never a crash.
@Suite struct FeedListExchangeTests {
    static let feedsYAML = """
        feeds:
          - url: https://www.example.org/world/rss.xml?a=1&b=2
            name: Example & World
            tags: [wire, world]
          - url: https://news.example.net/europe/atom.xml
            name: "Quote \\"Daily\\": <Europe> #1"
            interval: 10m
            tags: [europe]
          - url: https://kyiv.example/новини.xml
            name: Київ — щоденно
          - https://bare.example/feed

        """

    static func load(_ feeds: String, in directory: TestDirectory) throws -> DaemonConfig {
        try directory.write("parley.yaml", """
            model: \(DaemonConfigText.seedModel)
            state_directory: \(directory.path("state"))
            alert_log: \(directory.path("alerts.jsonl"))
            limits:
              min_poll_interval: 1m

            """ + feeds)
        return try ConfigLoader(modelCheck: ModelFileCheck.standard).load(file: directory.path("parley.yaml"))
    }

    @Test func feedsRoundTripThroughOPML() throws {
        let original = try Self.load(Self.feedsYAML, in: TestDirectory("opml-a"))
        let opml = FeedListExchange.opml(original)
        #expect(opml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">"))
        let read = try OPML.read(Data(opml.utf8))
        #expect(read.map(\.url) == original.feeds.map(\.url))
        let imported = FeedListExchange.yaml(read)
        #expect(imported.count == 4 && imported.skipped.isEmpty)
        let again = try Self.load(imported.yaml, in: TestDirectory("opml-b"))
        // Everything OPML carries comes back: URL, name, tags (a poll interval is Parley's own).
        #expect(again.feeds.map(\.url) == original.feeds.map(\.url))
        #expect(again.feeds.map(\.name) == original.feeds.map(\.name))
        #expect(again.feeds.map(\.tags) == original.feeds.map(\.tags))
        #expect(FeedListExchange.opml(again) == opml, "export, import, export is stable")
    }

    @Test func importLeavesOutRefusedAndAlreadyListedFeedsAndKeepsNamesUnique() throws {
        let opml = """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>subs</title></head><body>
              <outline text="News">
                <outline type="rss" text="Wire" xmlUrl="https://WWW.EXAMPLE.ORG/world/rss.xml?a=1&amp;b=2#top" />
                <outline type="rss" text="Wire" xmlUrl="https://wire.example/rss" category="/a/b,/c" />
              </outline>
              <outline type="rss" text="FTP" xmlUrl="ftp://files.example/feed" />
              <outline type="rss" text="Local" xmlUrl="file:///etc/passwd" />
              <outline type="rss" text="Wire" xmlUrl="https://wire2.example/rss" />
            </body></opml>
            """
        let existing = try Self.load(Self.feedsYAML, in: TestDirectory("opml-c")).feeds
        let imported = FeedListExchange.yaml(try OPML.read(Data(opml.utf8)), existing: existing)
        #expect(imported.count == 2)
        #expect(imported.skipped.count == 3, "\(imported.skipped)")
        #expect(imported.skipped.contains { $0.contains("already listed") })
        #expect(imported.skipped.contains { $0.hasPrefix("file:///etc/passwd") }, "no file:// from a list")
        let config = try Self.load(imported.yaml, in: TestDirectory("opml-d"))
        #expect(config.feeds.map(\.name) == ["Wire", "Wire (2)"])
        #expect(config.feeds.map(\.tags) == [["b", "c", "News"], []])
    }

    static let laughs: String = {
        var entities = "<!ENTITY a \"aaaaaaaaaa\">"
        for (name, previous) in zip(["b", "c", "d", "e", "f", "g"], ["a", "b", "c", "d", "e", "f"]) {
            entities += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        return "<?xml version=\"1.0\"?><!DOCTYPE opml [" + entities + "]>"
            + "<opml><body><outline xmlUrl=\"https://a.example/&g;\"/></body></opml>"
    }()

    static let hostile: [(String, String)] = [
        ("", "empty"),
        ("not xml at all", "no XML element"),
        ("<rss version=\"2.0\"><channel><title>x</title></channel></rss>", "root element is <rss>, not <opml>"),
        ("<opml version=\"2.0\"><head/></opml>", "no <body>"),
        ("<opml version=\"2.0\"><body><outline text=\"folder\"/></body></opml>", "no <outline> has an xmlUrl"),
        ("<opml><body><outline xmlUrl=\"https://a.example/\"", "not well-formed"),
        ("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<opml><body><outline xmlUrl=\"https://a.example/&x;\"/></body></opml>", "external entity"),
        (laughs, "entit"),
        (String(repeating: "<outline>", count: 5000), "deep"),
    ]

    @Test(arguments: hostile)
    func hostileOrWrongOPMLIsAClearError(text: String, message: String) {
        do {
            let feeds = try OPML.read(Data(text.utf8))
            Issue.record("read \(feeds.count) feed(s) from a bad document")
        } catch {
            #expect(error.description.contains(message), "\(error)")
        }
    }
}
