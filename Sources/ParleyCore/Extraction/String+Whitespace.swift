import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, and the same string without Foundation's work when neither end is
    /// whitespace (nearly every paragraph and sentence): Foundation trims unicode scalars, so a first and last
    /// scalar outside the set leave nothing to trim.
    func trimmingWhitespaces() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !Self.isWhitespace(first) && !Self.isWhitespace(last) { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }

    /// Membership in `CharacterSet.whitespaces` (tab and the space separators): among ASCII, tab and space.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || scalar == "\t" : CharacterSet.whitespaces.contains(scalar)
    }
}
