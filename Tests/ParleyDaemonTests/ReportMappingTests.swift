import Foundation
import ParleyFeeds
import Testing
@testable import ParleyDaemon

/// A feed entry as the core's report: a wire's invisible characters are gone from its title and text.
struct ReportMappingTests {
    @Test func invisibleCharactersLeaveTheTitleAndTheText() {
        let entry = FeedEntry(title: "Vance \u{200B}says \u{2060}talks made progress", link: "https://wire.example/a",
                              content: "<p>Vance \u{200B}said the nego\u{AD}tiations had ended.</p>")
        let report = ReportMapping.report(from: entry, feedURL: "https://wire.example/feed", feedTitle: "Wire")
        #expect(report.title == "Vance says talks made progress")
        #expect(report.text == "Vance said the negotiations had ended.")
    }
}
