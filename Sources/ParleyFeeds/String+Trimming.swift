extension String {
    /// The string without leading and trailing whitespace; fast when there is none or it is ASCII.
    func trimmingSpaces() -> String {
        let u = utf8
        guard let first = u.first, let last = u.last else { return self }
        func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        if first < 0x80, last < 0x80, !isASCIISpace(first), !isASCIISpace(last) { return self }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        if start == scalars.startIndex, end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }

    /// The string without trailing copies of `set` (e.g. the `>` closing a declaration quoted in an error).
    func trimmingCharacters(_ set: Character) -> String {
        var s = Substring(self)
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
