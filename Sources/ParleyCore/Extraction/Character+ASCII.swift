/// `isLetter`, `isNumber` and `isUppercase` answered for ASCII characters without the Unicode property tables
/// (each is a table lookup in the standard library, taken for every character of every report): the same answers,
/// the tables only for other characters.
extension Character {
    /// `isLetter`: for ASCII, a-z and A-Z.
    @inline(__always) var isWordLetter: Bool {
        guard let ascii = asciiValue else { return isLetter }
        return (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A
    }

    /// `isNumber`: for ASCII, 0-9.
    @inline(__always) var isWordNumber: Bool {
        guard let ascii = asciiValue else { return isNumber }
        return ascii >= 0x30 && ascii <= 0x39
    }

    /// `isUppercase`: for ASCII, A-Z.
    @inline(__always) var isWordUppercase: Bool {
        guard let ascii = asciiValue else { return isUppercase }
        return ascii >= 0x41 && ascii <= 0x5A
    }
}
