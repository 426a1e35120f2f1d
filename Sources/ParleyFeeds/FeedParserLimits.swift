/// Bounds that keep hostile documents from costing unbounded time or memory. Debian 12's libxml2 2.9.14 has no
/// `xmlCtxtSetMaxAmplification`, so Parley checks entity expansion itself before libxml2 sees the bytes.
public struct FeedParserLimits: Sendable, Hashable {
    /// Largest document accepted, in bytes (before transcoding).
    public var maxBytes: Int
    /// Deepest element nesting accepted. libxml2 refuses more than 256 without `XML_PARSE_HUGE`, which stays off.
    public var maxDepth: Int
    /// Most characters that the entities of an internal DTD subset may expand to, over the whole document.
    public var maxEntityExpansion: Int
    /// Most entity declarations accepted in an internal DTD subset.
    public var maxEntityDeclarations: Int
    /// Most attributes on one element (and on one tag of the HTML in a description, as `HTMLText` reads it).
    /// libxml2 2.9.14 checks each attribute against the element's earlier ones: quadratic, so bounded first.
    public var maxAttributesPerElement: Int

    public init(maxBytes: Int = 16 << 20, maxDepth: Int = 256, maxEntityExpansion: Int = 1 << 20,
                maxEntityDeclarations: Int = 256, maxAttributesPerElement: Int = 1000) {
        self.maxBytes = maxBytes
        self.maxDepth = min(maxDepth, 256)
        self.maxEntityExpansion = maxEntityExpansion
        self.maxEntityDeclarations = maxEntityDeclarations
        self.maxAttributesPerElement = maxAttributesPerElement
    }

    public static let `default` = FeedParserLimits()
}
