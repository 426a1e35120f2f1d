/// One HTTP request as the loopback server received it: what a test, the bench or a webhook receiver inspects.
public struct LoopbackRequest: Sendable, Hashable {
    /// The request method as sent (`GET`, `POST`, ...).
    public var method: String
    /// The path without the query, e.g. `/feeds/3.xml`.
    public var path: String
    /// The raw query string without the `?`, or nil when the target had none.
    public var query: String?
    /// Header fields in the order received; names keep the client's case.
    public var headers: [LoopbackHeader]
    /// The full request body (empty for GET).
    public var body: [UInt8]
    /// A per-server sequence number of the connection the request arrived on (shows keep-alive reuse).
    public var connectionNumber: Int

    public init(
        method: String, path: String, query: String? = nil, headers: [LoopbackHeader] = [],
        body: [UInt8] = [], connectionNumber: Int = 0
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.connectionNumber = connectionNumber
    }

    /// The first value of a header, matched case-insensitively (RFC 9110 section 5.1).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The body decoded as UTF-8 (webhook payloads are JSON).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The value of one query parameter (`a=1&b=2`), without percent-decoding.
    public func queryValue(_ name: String) -> String? {
        guard let query else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first.map(String.init) == name { return parts.count > 1 ? String(parts[1]) : "" }
        }
        return nil
    }
}

/// One header field; a struct rather than a tuple so requests and responses stay `Hashable`.
public struct LoopbackHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
