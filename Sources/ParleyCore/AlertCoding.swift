import Foundation

/// The one JSON encoding of alerts used by the log, webhooks and `parley replay`:
/// RFC 3339 UTC dates, sorted keys, no escaped slashes. Keys are sorted because swift-corelibs-foundation's
/// JSONEncoder does not keep a keyed container's order: sorting is the only way to get the same bytes every run.
public enum AlertCoding {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(rfc3339(date))
        }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let date = parseRFC3339(text) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an RFC 3339 date: \(text)")
            }
            return date
        }
        return decoder
    }

    /// One alert as one line of JSON (no trailing newline).
    public static func line(_ alert: Alert) throws -> String {
        String(decoding: try encoder().encode(alert), as: UTF8.self)
    }

    public static func rfc3339(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    public static func parseRFC3339(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
