import Foundation
import Testing
@testable import ParleyFeeds

/// Hostile documents are refused with a specific error, in bounded time, and never make the parser read a file.
struct HostileInputTests {
    static let refused: [(fixture: String, code: FeedParseError.Code, message: String)] = [
        ("hostile-billion-laughs.xml", .entityExpansion, "entity expansion limit"),
        ("hostile-quadratic-blowup.xml", .entityExpansion, "entity expansion limit"),
        ("hostile-external-entity-file.xml", .externalEntity, "external entity 'xxe' refused"),
        ("hostile-absurd-nesting.xml", .tooDeep, "nesting deeper than"),
        ("hostile-html-page.html", .notAFeedHTML, "not a feed: looks like HTML"),
        ("hostile-json-feed.json", .notAFeedJSON, "not a feed: looks like JSON"),
        ("hostile-empty-body.xml", .emptyBody, "empty body"),
    ]

    @Test(arguments: refused)
    func hostileDocumentIsRefused(_ c: (fixture: String, code: FeedParseError.Code, message: String)) throws {
        let data = try FixtureLoader.data(c.fixture)
        let start = Date()
        #expect {
            _ = try FeedParser().parse(data)
        } throws: { error in
            guard let error = error as? FeedParseError else { return false }
            return error.code == c.code && error.description.contains(c.message)
        }
        #expect(Date().timeIntervalSince(start) < 10, "returned within its limit")
    }

    @Test func externalDTDAndParameterEntitiesAreNeverRead() throws {
        let data = try FixtureLoader.data("hostile-external-dtd-and-parameter-entity.xml")
        let feed = try FeedParser().parse(data)
        #expect(feed.title == "safe")
        let everything = [feed.title, feed.subtitle, feed.link, feed.bozoReason].compactMap { $0 }.joined()
        #expect(!everything.contains("root:"))
    }

    @Test func externalEntityContentNeverAppears() throws {
        // Even with expansion limits lifted, the entity is refused rather than read.
        let limits = FeedParserLimits(maxEntityExpansion: .max, maxEntityDeclarations: .max)
        let data = try FixtureLoader.data("hostile-external-entity-file.xml")
        do {
            let feed = try FeedParser(limits: limits).parse(data)
            Issue.record("parsed instead of refusing: \(feed.title ?? "")")
        } catch {
            #expect(!error.description.contains("root:"))
        }
    }

    @Test func documentOverTheSizeCapIsRefused() throws {
        let data = try FixtureLoader.data("rss20-all-fields.xml")
        #expect {
            _ = try FeedParser(limits: FeedParserLimits(maxBytes: 100)).parse(data)
        } throws: { error in
            (error as? FeedParseError)?.description == "document exceeds 100 bytes (\(data.count) bytes)"
        }
    }
}

/// A depth limit below libxml2's own 256 is enforced as elements open, items included.
struct DepthLimitTests {
    @Test func configuredDepthLimitIsEnforcedInsideItems() throws {
        let data = try FixtureLoader.data("recover-illegally-nested-items.xml")
        #expect(throws: FeedParseError.self) { _ = try FeedParser(limits: FeedParserLimits(maxDepth: 5)).parse(data) }
        let feed = try FeedParser(limits: FeedParserLimits(maxDepth: 6)).parse(data)
        #expect(feed.entries.count == 3)
    }
}
