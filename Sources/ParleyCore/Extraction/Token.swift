/// One word of a sentence, with its original spelling and a lowercased form for matching.
public struct Token: Sendable, Hashable {
    public var text: String
    public var lower: String
    /// Character offset of the token in its sentence, to quote spans back.
    public var offset: Int
    /// Whether a hyphen joins this token to the next ("Iran" in "Iran-backed", "1,000" in "1,000-for-1,000").
    public var hyphenNext = false
    /// Whether a possessive "'s" followed this token (the tokenizer drops it): "Moscow" in "Moscow's memorandum".
    public var possessive = false

    public var isCapitalized: Bool { text.first?.isWordUppercase ?? false }
    public var isNumber: Bool { text.first?.isWordNumber ?? false }
}
