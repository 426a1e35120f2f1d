import Foundation
import Testing
@testable import ParleyFeeds

/// Inputs that once crashed or stalled the parser (issue 15), each on a fixture named after what it shows: numbers
/// read from a feed never trap, and one element's attribute count is bounded before libxml2 builds it.
struct CrashRegressionTests {
    @Test func twentyDigitPubDateIsNoDate() throws {
        let feed = try FeedParser().parse(try FixtureLoader.data("crash-pubdate-20-digits.xml"))
        #expect(feed.entries.count == 2)
        #expect(feed.entries[0].published == nil)
        #expect(feed.entries[1].published == DateParser.rfc822("Sat, 07 Jun 2025 10:00:00 GMT"))
    }

    @Test func twentyDigitFieldsInAnRFC822DateAreNoDate() throws {
        let feed = try FeedParser().parse(try FixtureLoader.data("crash-rfc822-20-digit-hour.xml"))
        #expect(feed.entries.count == 5)
        for entry in feed.entries.prefix(4) { #expect(entry.published == nil, "\(entry.title ?? "")") }
    }

    @Test(arguments: [
        "99999999999999999999", "Sat, 07 Jun 2025 99999999999999999999:00 GMT", "9223372036854775807",
        "18446744073709551616 Jun 2025", "07 Jun 2025 10:00:99999999999999999999",
        "9999-99-99T99:99:99+99:99", "99999999999999999999-06-07", String(repeating: "9", count: 10_000),
    ])
    func hugeNumbersInDatesAreRefused(text: String) {
        #expect(DateParser.parse(text) == nil)
    }

    @Test func ordinaryDatesStillParse() {
        #expect(DateParser.parse("Sat, 07 Jun 2025 10:00:00 GMT").map(DateParser.iso8601String) == "2025-06-07T10:00:00Z")
        #expect(DateParser.parse("2025-06-07T10:00:00+02:00").map(DateParser.iso8601String) == "2025-06-07T08:00:00Z")
        #expect(DateParser.parse("07 Jun 25 10:00 EST").map(DateParser.iso8601String) == "2025-06-07T15:00:00Z")
    }

    @Test func ttlOfIntMaxMinutesIsReadAsAYear() throws {
        let feed = try FeedParser().parse(try FixtureLoader.data("crash-ttl-19-digits.xml"))
        #expect(feed.ttlMinutes == RSSAdapter.maxTTLMinutes)
        #expect(RSSAdapter.ttl("99999999999999999999999") == RSSAdapter.maxTTLMinutes)
        #expect(RSSAdapter.ttl("60") == 60)
        #expect(RSSAdapter.ttl("-5") == nil)
        #expect(RSSAdapter.ttl("soon") == nil)
    }

    @Test func elementWithTooManyAttributesIsRefusedNamingTheLimit() throws {
        let data = try FixtureLoader.data("slow-element-1001-attributes.xml")
        #expect {
            _ = try FeedParser().parse(data)
        } throws: { error in
            (error as? FeedParseError)?.code == .tooManyAttributes
                && (error as? FeedParseError)?.description == "an element with more than 1000 attributes (the limit), line 3"
        }
        // At the limit it parses.
        let feed = try FeedParser(limits: FeedParserLimits(maxAttributesPerElement: 1001)).parse(data)
        #expect(feed.entries.first?.title == "first")
    }

    @Test func hundredThousandAttributesAreRefusedQuickly() {
        let attributes = (0..<100_000).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
        let data = Data("<rss version=\"2.0\"><channel><item \(attributes)><title>x</title></item></channel></rss>".utf8)
        let start = Date()
        #expect(throws: FeedParseError.self) { _ = try FeedParser().parse(data) }
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func attributesInCommentsCDATAAndTextAreNotCounted() throws {
        let many = (0..<2000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let xml = """
            <rss version="2.0"><channel><title>t</title><!-- <x \(many)> -->
            <item><title>one</title><description><![CDATA[<p \(many)>]]></description></item>
            <item><title>two</title><description>&lt;p \(many)&gt;</description></item></channel></rss>
            """
        let feed = try FeedParser().parse(Data(xml.utf8))
        #expect(feed.entries.count == 2)
    }

    @Test func htmlTagWithTooManyAttributesIsReadAsText() throws {
        let html = try FixtureLoader.text("slow-html-tag-1001-attributes.html")
        #expect(HTMLText.paragraphs(fromHTML: html) == ["Before the tag.", "Talks resume in Geneva."])
        let attributes = (0..<100_000).map { "a\($0)" }.joined(separator: " ")
        let start = Date()
        #expect(HTMLText.paragraphs(fromHTML: "<p \(attributes)>x</p>") == ["x"])
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func hugeCharacterReferencesDoNotTrap() throws {
        let xml = """
            <rss version="2.0"><channel><title>t &#99999999999999; &#x99999999999999;</title>
            <item><title>&#99999999999999;</title><description>&amp;#99999999999999; &amp;#x110000;</description></item>
            </channel></rss>
            """
        let feed = try FeedParser().parse(Data(xml.utf8))
        #expect(feed.entries.count == 1)
        _ = HTMLText.paragraphs(fromHTML: "&#99999999999999; &#x110000; &#0; &#xD800;")
    }
}
