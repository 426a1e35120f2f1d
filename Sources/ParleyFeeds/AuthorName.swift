/// The name part of an RSS author: `joe@example.com (Joe Bloggs)` gives `Joe Bloggs` (RSS 2.0 `author` is an
/// e-mail address, often with the name in parentheses); a bare name is kept.
enum AuthorName {
    static func parse(_ raw: String) -> String? {
        var s = raw.trimmingSpaces()
        // "Name <email>" (RFC 5322 form some feeds use): keep the name.
        if let lt = s.firstIndex(of: "<"), s.last == ">", s[lt...].utf8.contains(0x40) {
            let name = String(s[..<lt]).trimmingSpaces()
            if !name.isEmpty { s = name }
        }
        guard !s.isEmpty else { return nil }
        if let open = s.firstIndex(of: "("), let close = s.lastIndex(of: ")"), open < close {
            let inner = String(s[s.index(after: open)..<close]).trimmingSpaces()
            let outside = String(s[..<open] + s[s.index(after: close)...]).trimmingSpaces()
            if outside.utf8.contains(0x40) || outside.isEmpty { return inner.isEmpty ? outside : inner }
            return outside
        }
        return s
    }
}
