import Foundation

/// Parsers for the value syntaxes the config file accepts. Each returns nil on bad input; the caller reports
/// the problem with its location.
enum ConfigValues {
    /// Longest duration any setting accepts (a year), so no later arithmetic on a duration can overflow.
    static let maxDuration: Duration = .seconds(365 * 86_400)
    /// Largest size any setting accepts (1 TiB).
    static let maxByteSize = 1 << 40
    /// The accepted ranges as problems name them.
    static let durationRange = "1ms...365d"
    static let byteSizeRange = "1 byte...1TiB"

    /// What a duration text reads as: a duration, text that is no duration, or a number outside `durationRange`.
    enum DurationReading: Equatable {
        case duration(Duration)
        case malformed
        case outOfRange
    }

    /// `250ms`, `30s`, `15m`, `2h`, `1d`, combinations such as `1h30m`, or a bare number of seconds; nil when the
    /// text is malformed or out of range (`readDuration` tells which).
    static func duration(_ text: String) -> Duration? {
        if case .duration(let duration) = readDuration(text) { return duration }
        return nil
    }

    /// Every number is checked against `maxDuration` while still a `Double`, before any integer conversion: `1e30`,
    /// `99999999999999999999h`, `nan`, `inf` and negatives are refused, never trapped on.
    static func readDuration(_ text: String) -> DurationReading {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let maxMilliseconds = Double(maxDuration.components.seconds) * 1000
        // A bare number of seconds, in decimal only (`Double` would also take `0x1p3`, `nan` and `inf`).
        if !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ "0123456789.e+-".unicodeScalars.contains($0) }),
           let seconds = Double(trimmed) {
            let milliseconds = (seconds * 1000).rounded()
            guard milliseconds >= 0, milliseconds <= maxMilliseconds else { return .outOfRange }
            return .duration(.milliseconds(Int64(milliseconds)))
        }
        var number = ""
        var unit = ""
        var parts: [(String, String)] = []
        for character in trimmed {
            if character.isASCII, character.isNumber || character == "." {
                if !unit.isEmpty {
                    parts.append((number, unit))
                    number = ""
                    unit = ""
                }
                number.append(character)
            } else if character.isLetter {
                guard !number.isEmpty else { return .malformed }
                unit.append(character)
            } else if character != " " {
                return .malformed
            }
        }
        guard !number.isEmpty, !unit.isEmpty else { return .malformed }
        parts.append((number, unit))
        var total: Int64 = 0
        for (numberText, unitText) in parts {
            guard let value = Double(numberText) else { return .malformed }
            let scale: Double
            switch unitText {
            case "ms": scale = 1
            case "s", "sec", "secs", "second", "seconds": scale = 1000
            case "m", "min", "mins", "minute", "minutes": scale = 60_000
            case "h", "hour", "hours": scale = 3_600_000
            case "d", "day", "days": scale = 86_400_000
            default: return .malformed
            }
            let milliseconds = (value * scale).rounded()
            guard milliseconds <= maxMilliseconds else { return .outOfRange }
            total += Int64(milliseconds)  // each part and the sum so far at most a year: no overflow
            guard Double(total) <= maxMilliseconds else { return .outOfRange }
        }
        return .duration(.milliseconds(total))
    }

    /// `1048576`, `512KB`, `10MB`, `10MiB`, `1GB` (KB/MB/GB are powers of 1024, as most operators expect); nil when
    /// malformed, negative or over `maxByteSize`.
    static func byteSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        if let bytes = Int(trimmed) { return bytes >= 0 && bytes <= maxByteSize ? bytes : nil }
        let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard let value = Double(digits), value >= 0 else { return nil }
        let scale: Double
        switch unit {
        case "B": scale = 1
        case "K", "KB", "KIB": scale = 1024
        case "M", "MB", "MIB": scale = 1024 * 1024
        case "G", "GB", "GIB": scale = 1024 * 1024 * 1024
        default: return nil
        }
        let bytes = value * scale
        guard bytes <= Double(maxByteSize) else { return nil }  // checked as a Double, before `Int(_:)` can trap
        return Int(bytes)
    }

    /// Human form of a duration for messages: `90s`, `15m`, `250ms`.
    static func describe(_ duration: Duration) -> String {
        let ms = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if ms % 3_600_000 == 0, ms > 0 { return "\(ms / 3_600_000)h" }
        if ms % 60_000 == 0, ms > 0 { return "\(ms / 60_000)m" }
        if ms % 1000 == 0 { return "\(ms / 1000)s" }
        return "\(ms)ms"
    }

    /// Why a URL is unusable for `allowedSchemes`, or nil when it is fine.
    static func urlProblem(_ text: String, allowedSchemes: Set<String>) -> String? {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            return "not a URL: \(text)"
        }
        guard allowedSchemes.contains(scheme) else {
            let allowed = allowedSchemes.sorted().joined(separator: ", ")
            return "scheme '\(scheme)' not allowed (use \(allowed)): \(text)"
        }
        if scheme == "file" {
            return components.path.hasPrefix("/") ? nil : "file URL needs an absolute path: \(text)"
        }
        guard let host = components.host, !host.isEmpty else { return "URL has no host: \(text)" }
        return nil
    }

    /// Identity of a feed URL for duplicate detection: scheme and host lowercased, fragment and a trailing
    /// slash dropped.
    static func feedIdentity(_ text: String) -> String {
        guard var components = URLComponents(string: text) else { return text }
        components.scheme = components.scheme?.lowercased()
        components.host = components.host?.lowercased()
        components.fragment = nil
        var identity = components.string ?? text
        if identity.hasSuffix("/") { identity.removeLast() }
        return identity
    }

    /// A Standard Webhooks secret: `whsec_` then base64 of 24 to 64 random bytes.
    static func secretProblem(_ secret: String) -> String? {
        guard secret.hasPrefix("whsec_") else { return "secret must start with 'whsec_' (Standard Webhooks)" }
        guard let bytes = Data(base64Encoded: String(secret.dropFirst(6))) else {
            return "secret after 'whsec_' is not valid base64"
        }
        guard (24...64).contains(bytes.count) else {
            return "secret decodes to \(bytes.count) bytes; Standard Webhooks wants 24 to 64"
        }
        return nil
    }
}
