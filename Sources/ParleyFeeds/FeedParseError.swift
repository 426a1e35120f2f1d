/// Why a document could not be read at all. One error type for the module; `description` says what is wrong
/// with the document (the caller adds which feed or file it was).
public struct FeedParseError: Error, CustomStringConvertible, Sendable, Hashable {
    public enum Code: String, Sendable, Hashable {
        case emptyBody, tooLarge, notAFeedHTML, notAFeedJSON, notAFeed, unsupportedEncoding
        case entityExpansion, externalEntity, tooDeep, tooManyAttributes, notWellFormed
    }

    public let code: Code
    public let description: String

    init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }

    static let emptyBody = FeedParseError(.emptyBody, "empty body")
    static func tooLarge(_ size: Int, limit: Int) -> FeedParseError {
        FeedParseError(.tooLarge, "document exceeds \(limit) bytes (\(size) bytes)")
    }
    static func tooManyAttributes(limit: Int, line: Int) -> FeedParseError {
        FeedParseError(.tooManyAttributes, "an element with more than \(limit) attributes (the limit), line \(line)")
    }
    static let looksLikeHTML = FeedParseError(.notAFeedHTML, "not a feed: looks like HTML")
    static let looksLikeJSON = FeedParseError(.notAFeedJSON, "not a feed: looks like JSON (a JSON Feed is not read)")
}
