import Foundation
import Testing
@testable import ParleyFeeds

/// Encodings and the recoveries feedparser makes, each on its own fixture.
struct EncodingAndRecoveryTests {
    struct Case: Sendable, CustomStringConvertible {
        let fixture: String
        let httpCharset: String?
        let title: String
        let bozo: Bool
        var description: String { fixture }
    }

    static let encodings: [Case] = [
        Case(fixture: "encoding-windows-1251-declared.xml", httpCharset: nil, title: "Переговоры", bozo: false),
        Case(fixture: "encoding-gb2312-declared.xml", httpCharset: nil, title: "和平谈判", bozo: false),
        Case(fixture: "encoding-euc-kr-declared.xml", httpCharset: nil, title: "평화 협상", bozo: false),
        Case(fixture: "encoding-iso-8859-1-declared.xml", httpCharset: nil, title: "Négociations à Genève", bozo: false),
        Case(fixture: "encoding-latin1-undeclared.xml", httpCharset: nil, title: "Négociations à Genève – “jeudi”", bozo: true),
        Case(fixture: "encoding-utf16-bom.xml", httpCharset: nil, title: "Ünïcode", bozo: false),
        Case(fixture: "encoding-http-charset-overrides-declaration.xml", httpCharset: "windows-1251", title: "Переговоры", bozo: false),
        Case(fixture: "encoding-latin1-undeclared.xml", httpCharset: "iso-8859-1", title: "Négociations à Genève – “jeudi”", bozo: false),
    ]

    @Test(arguments: encodings)
    func encodingIsDecoded(_ c: Case) throws {
        let feed = try FeedParser().parse(FixtureLoader.data(c.fixture), httpCharset: c.httpCharset)
        #expect(feed.title == c.title)
        #expect(feed.bozo == c.bozo, "\(feed.bozoReason ?? "no reason")")
        #expect(!(feed.title ?? "").contains("\u{FFFD}"))
    }

    static let recoveries: [(fixture: String, titles: [String?], reason: String)] = [
        ("recover-blank-line-before-xml-declaration.xml", ["i"], "whitespace before the XML declaration"),
        ("recover-unescaped-ampersand.xml", ["Tom & Jerry"], "unescaped '&'"),
        ("recover-html-named-entities.xml", [], "undefined entit"),
        ("recover-truncated-document.xml", ["kept", "half"], "line"),
    ]

    @Test(arguments: recoveries)
    func brokenDocumentIsRecoveredAndMarkedBozo(_ c: (fixture: String, titles: [String?], reason: String)) throws {
        let feed = try FeedParser().parse(FixtureLoader.data(c.fixture))
        #expect(feed.bozo)
        #expect(feed.bozoReason?.contains(c.reason) == true, "\(feed.bozoReason ?? "nil")")
        #expect(feed.entries.map(\.title) == c.titles)
    }

    @Test func unescapedAmpersandKeepsTheLink() throws {
        let feed = try FeedParser().parse(FixtureLoader.data("recover-unescaped-ampersand.xml"))
        #expect(feed.title == "Q&A")
        #expect(feed.entries.first?.link == "http://example.com/?a=1&b=2")
    }

    @Test func htmlNamedEntitiesAreRead() throws {
        let feed = try FeedParser().parse(FixtureLoader.data("recover-html-named-entities.xml"))
        #expect(feed.title == "Kyiv\u{A0}— talks…")
    }

    @Test func illegallyNestedItemsAreAllRead() throws {
        let feed = try FeedParser().parse(FixtureLoader.data("recover-illegally-nested-items.xml"))
        #expect(feed.entries.map(\.title) == ["one", "two", "three"])
    }

    static let dates: [(String, String?)] = [
        ("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("01 Jan 2004 19:48 +0100", "2004-01-01T18:48:00Z"),
        ("Thu, 1 Jan 04 19:48:21 EST", "2004-01-02T00:48:21Z"),
        ("Sat, 21 Mar 2020 06:29:51 -0400", "2020-03-21T10:29:51Z"),
        ("2025-06-03T10:00:00+02:00", "2025-06-03T08:00:00Z"),
        ("2025-06-03T10:00:00.123Z", "2025-06-03T10:00:00Z"),
        ("2025-06-03", "2025-06-03T00:00:00Z"),
        ("2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z"),
        ("not a date", nil),
    ]

    @Test(arguments: dates)
    func datesAreNormalisedToUTC(_ c: (String, String?)) {
        #expect(DateParser.parse(c.0).map(DateParser.iso8601String) == c.1)
    }
}
