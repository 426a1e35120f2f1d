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

    @Test func emptyInputGivesNoParagraphs() {
        #expect(HTMLText.paragraphs(fromHTML: "").isEmpty)
        #expect(HTMLText.paragraphs(fromHTML: "<p> </p><div>&nbsp;</div>").isEmpty)
    }
}
