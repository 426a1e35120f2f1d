import Foundation
import Testing
@testable import ParleyCore

/// `trimmingWhitespaces()` (paragraphs and sentences) trims exactly what `trimmingCharacters(in: .whitespaces)`
/// trims: spaces, tabs and the Unicode space separators at either end, not newlines, not a combining mark on a space.
@Suite struct WhitespaceTrimTests {
    @Test func trimsWhatFoundationTrims() {
        let ends = ["", " ", "\t", "  \t ", "\u{00A0}", "\u{2009}", "\u{3000}", "\n", " \n ", " \u{0301}", "\u{200B}",
                    "x", "é", "e\u{0301}", ".", "\u{201D}"]
        for head in ends {
            for tail in ends {
                for middle in ["", "a", "a b", " ", "Ukraine said.", "\u{00A0}mid\u{00A0}"] {
                    let text = head + middle + tail
                    #expect(text.trimmingWhitespaces() == text.trimmingCharacters(in: .whitespaces),
                            "\(Array(text.unicodeScalars))")
                    let sub = ("[" + text + "]").dropFirst().dropLast()
                    #expect(sub.trimmingWhitespaces() == sub.trimmingCharacters(in: .whitespaces))
                }
            }
        }
    }
}
