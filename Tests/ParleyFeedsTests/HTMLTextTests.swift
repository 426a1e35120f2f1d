import Testing
@testable import ParleyFeeds

/// HTML to paragraphs: each fixture `X.html` has its expected paragraphs, one per line, in `X.expected.txt`.
struct HTMLTextTests {
    @Test(arguments: [
        "html-text-blocks-and-dropped-elements",
        "html-text-plain-text-lines",
        "html-text-fragment-with-entities",
        "html-text-table-rows",
    ])
    func paragraphsMatchTheExpectedFile(_ name: String) throws {
        let html = try FixtureLoader.text(name + ".html")
        let expected = try FixtureLoader.text(name + ".expected.txt").split(separator: "\n").map(String.init)
        #expect(HTMLText.paragraphs(fromHTML: html) == expected)
    }

    /// A wire's invisible characters (zero-width space, soft hyphen, word joiner, byte-order mark) are dropped: a
    /// word they split is one word again. The joiners that shape Persian names stay.
    @Test func invisibleFormatCharactersAreDropped() {
        let html = "<p>Vance \u{200B}said the nego\u{AD}tiations\u{2060} had \u{FEFF}ended.</p>"
        #expect(HTMLText.paragraphs(fromHTML: html) == ["Vance said the negotiations had ended."])
        #expect(HTMLText.paragraphs(fromHTML: "Vance \u{200B}said.\nTalks \u{2060}resumed.")
            == ["Vance said.", "Talks resumed."])
        #expect(HTMLText.visible("Mo\u{200C}hammad") == "Mo\u{200C}hammad")
    }

    @Test func emptyInputGivesNoParagraphs() {
        #expect(HTMLText.paragraphs(fromHTML: "").isEmpty)
        #expect(HTMLText.paragraphs(fromHTML: "<p> </p><div>&nbsp;</div>").isEmpty)
    }
}
