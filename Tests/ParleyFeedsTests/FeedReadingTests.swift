import Foundation
import Testing
@testable import ParleyFeeds

/// What each well-formed fixture must yield. One fixture per behaviour, named after it.
struct FeedReadingTests {
    let parser = FeedParser()

    @Test func rss20AllFields() throws {
        let feed = try parser.parse(FixtureLoader.data("rss20-all-fields.xml"))
        #expect(!feed.bozo)
        #expect(feed.format == .rss20)
        #expect(feed.title == "Example News")
        #expect(feed.link == "https://news.example/")
        #expect(feed.subtitle == "All the news")
        #expect(feed.ttlMinutes == 15)
        let e = try #require(feed.entries.first)
        #expect(e.title == "Talks resume in Istanbul")
        #expect(e.link == "https://news.example/a1")
        #expect(e.id == "urn:example:a1")
        #expect(e.published.map(DateParser.iso8601String) == "2025-06-03T06:30:00Z")
        #expect(e.summary == "<p>Short summary</p>")
        #expect(e.content == "<p>Full text of the report.</p>")
        #expect(e.author == "Jane Reporter")
        #expect(e.enclosureURL == "https://news.example/a1.jpg")
        #expect(e.categories == ["Diplomacy", "Europe"])
    }

    @Test func guidIsLinkOnlyWhenPermalink() throws {
        let feed = try parser.parse(FixtureLoader.data("rss-guid-permalink-is-link.xml"))
        #expect(feed.entries.map(\.link) == ["https://news.example/guid-link", nil])
        #expect(feed.entries.map(\.id) == ["https://news.example/guid-link", "not-a-link"])
    }

    @Test func externalDTDDeclaresHTMLEntitiesWithoutLoadingIt() throws {
        let feed = try parser.parse(FixtureLoader.data("rss091-external-dtd-html-entities.xml"))
        #expect(feed.format == .rss091)
        #expect(!feed.bozo, "\(feed.bozoReason ?? "")")
        #expect(feed.title == "Café\u{A0}news — today")
    }

    @Test func rdfItemsAreSiblingsOfTheChannel() throws {
        let feed = try parser.parse(FixtureLoader.data("rdf-rss10-items.xml"))
        #expect(feed.format == .rdf)
        #expect(feed.title == "RDF feed")
        #expect(feed.entries.map(\.title) == ["First", "Second"])
        #expect(feed.entries[0].id == "http://example.org/1")
        #expect(feed.entries[0].updated.map(DateParser.iso8601String) == "2025-06-03T08:00:00Z")
        #expect(feed.entries[0].author == "Ann")
        #expect(feed.entries[0].categories == ["Politics"])
    }

    @Test func atomTextConstructsAndXMLBase() throws {
        let feed = try parser.parse(FixtureLoader.data("atom10-xhtml-content-and-xml-base.xml"),
                                    documentURL: "http://elsewhere.example/feed.xml")
        #expect(!feed.bozo)
        #expect(feed.format == .atom10)
        #expect(feed.title == "Atom <b>feed</b>")
        #expect(feed.link == "http://example.com/blog/index.html")
        let e = try #require(feed.entries.first)
        #expect(e.title == "History of the <blink> tag")
        #expect(e.link == "http://example.com/blog/posts/one.html")
        #expect(e.enclosureURL == "http://example.com/blog/posts/one.mp3")
        #expect(e.author == "First Author")
        #expect(e.categories == ["talks"])
        #expect(e.published.map(DateParser.iso8601String) == "2025-06-03T10:00:00Z")
        #expect(e.updated.map(DateParser.iso8601String) == "2025-06-04T12:30:00Z")
        #expect(e.content == "<p>See <a href=\"http://example.com/blog/posts/two.html\">this</a>.</p>")
    }

    @Test func atom03Base64ContentIsDecoded() throws {
        let feed = try parser.parse(FixtureLoader.data("atom03-base64-content.xml"))
        #expect(feed.format == .atom03)
        #expect(feed.entries.first?.content == "<p>decoded</p>")
        #expect(feed.entries.first?.published.map(DateParser.iso8601String) == "2004-01-01T19:48:21Z")
    }

    @Test func namespacesAreMatchedByURINotPrefix() throws {
        let feed = try parser.parse(FixtureLoader.data("namespace-matched-by-uri-not-prefix.xml"))
        #expect(feed.entries.first?.author == "Prefix Free")
        #expect(feed.entries.first?.content == "body")
    }
}
