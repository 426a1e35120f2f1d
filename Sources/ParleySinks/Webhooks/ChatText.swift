import Foundation

/// Text rules shared by the chat formats (Slack, Discord): cutting to a service's limit without breaking a
/// character or an escape, and telling which report links a chat service may be given.
///
/// Lengths are measured in UTF-16 code units: the largest of the measures the services might apply (UTF-16
/// units ≥ Unicode scalars ≥ grapheme clusters), so a field within its limit here is within it for either
/// service, whichever it counts.
enum ChatText {
    static let ellipsis = "…"

    /// Length as the limits here measure it.
    static func length(_ text: String) -> Int {
        text.utf16.count
    }

    /// `text` with `escape` applied to each character, cut to at most `limit` UTF-16 units. A cut falls between
    /// grapheme clusters and between escapes (never inside "&amp;" or after a lone backslash) and ends with "…".
    static func clip(_ text: String, _ limit: Int, escape: (Character) -> String = { String($0) }) -> String {
        let pieces = text.map(escape)
        let total = pieces.reduce(0) { $0 + length($1) }
        if total <= limit { return pieces.joined() }
        var kept = ""
        var used = 0
        let budget = limit - length(ellipsis)
        for piece in pieces {
            let size = length(piece)
            if used + size > budget { break }
            kept += piece
            used += size
        }
        // A cut after a space reads better without it.
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + ellipsis
    }

    /// One line: line breaks and other control characters from feed text become spaces, so a report cannot
    /// end a quote or start a block of its own.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        }))
    }

    /// Characters RFC 3986 does not allow in a URI, plus space: a link given to a chat service has them
    /// percent-encoded (`|`, `<` and `>` would also end a Slack link early).
    static let notInURI: Set<Character> = ["\"", "<", ">", "\\", "^", "`", "{", "|", "}", " "]

    /// The report link as a chat service may be given it, or `nil` when it cannot open it: only an absolute
    /// `http` or `https` URL with a host qualifies. An entry without a `<link>` carries its id (`urn:uuid:…`,
    /// `tag:…`) instead, which Discord rejects as an embed URL and Slack would show as a dead link. Characters
    /// not allowed in a URI, and any in `extra`, are percent-encoded; letters beyond ASCII (an internationalised
    /// host or path) are left as they are, as both services take them.
    static func webLink(_ text: String, extra: Set<Character> = []) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        let rest = trimmed[trimmed.index(after: colon)...]
        guard scheme == "http" || scheme == "https", rest.hasPrefix("//") else { return nil }
        let authority = rest.dropFirst(2).prefix { !"/?#".contains($0) }
        let host = authority.split(separator: "@").last.map { $0.split(separator: ":").first ?? "" } ?? ""
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace || notInURI.contains($0) }) else { return nil }
        return encodeUnsafe(trimmed, extra: notInURI.union(extra))
    }

    /// `url` with control characters, whitespace and the characters in `extra` percent-encoded; everything else
    /// (existing `%XX` escapes, letters beyond ASCII) is left as it is.
    static func encodeUnsafe(_ url: String, extra: Set<Character>) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            let unsafe = scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
                || scalar.isASCII && extra.contains(Character(scalar))
            if unsafe {
                for byte in String(scalar).utf8 { out += String(format: "%%%02X", byte) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
