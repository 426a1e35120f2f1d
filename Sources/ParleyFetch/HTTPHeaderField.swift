import Foundation

/// One response or request header field, in wire order.
public struct HTTPHeaderField: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [HTTPHeaderField] {
    /// The first value of `name`, matched case-insensitively (RFC 9110 section 5.1).
    public func value(for name: String) -> String? {
        first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Every value of `name`, joined with ", " as RFC 9110 section 5.3 allows for list fields.
    func joinedValues(for name: String) -> String? {
        let values = filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// `max-age` of `Cache-Control` (RFC 9111 section 5.2.2.1); `no-cache`/`no-store` count as 0.
    var cacheMaxAge: Int? {
        guard let cacheControl = joinedValues(for: "Cache-Control") else { return nil }
        var maxAge: Int?
        for directive in cacheControl.split(separator: ",") {
            let parts = directive.split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            switch parts.first {
            case "max-age":
                if parts.count == 2, let seconds = Int(parts[1].trimmingCharacters(in: ["\""])) {
                    maxAge = Swift.max(0, seconds)
                }
            case "no-cache", "no-store": maxAge = maxAge ?? 0
            default: continue
            }
        }
        return maxAge
    }

    /// `Retry-After` as a date: delay-seconds counted from `now`, or an HTTP-date (RFC 9110 section 10.2.3).
    func retryAfter(now: Date) -> Date? {
        guard let raw = value(for: "Retry-After")?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Int(raw) { return now.addingTimeInterval(TimeInterval(Swift.max(0, seconds))) }
        return HTTPDate.parse(raw)
    }
}

/// The `charset` parameter of a media type such as `text/xml; charset="windows-1251"` (RFC 9110 section 8.3.1).
enum ContentTypeCharset {
    static func charset(in contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2,
                parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset"
            else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\"", "'"])
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
