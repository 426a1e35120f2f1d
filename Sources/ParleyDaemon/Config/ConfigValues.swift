import Foundation

/// Parsers for the value syntaxes the config file accepts. Each returns nil on bad input; the caller reports
/// the problem with its location.
enum ConfigValues {
    /// `250ms`, `30s`, `15m`, `2h`, `1d`, combinations such as `1h30m`, or a bare number of seconds.
    static func duration(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let seconds = Double(trimmed), seconds.isFinite, seconds >= 0 {
            return .milliseconds(Int64((seconds * 1000).rounded()))
        }
        var total: Int64 = 0
        var number = ""
        var unit = ""
        var parts: [(String, String)] = []
        for character in trimmed {
            if character.isNumber || character == "." {
                if !unit.isEmpty {
                    parts.append((number, unit))
                    number = ""
                    unit = ""
                }
                number.append(character)
            } else if character.isLetter {
                guard !number.isEmpty else { return nil }
                unit.append(character)
            } else if character != " " {
                return nil
            }
        }
        guard !number.isEmpty, !unit.isEmpty else { return nil }
        parts.append((number, unit))
        for (numberText, unitText) in parts {
            guard let value = Double(numberText) else { return nil }
            let scale: Double
            switch unitText {
            case "ms": scale = 1
            case "s", "sec", "secs", "second", "seconds": scale = 1000
            case "m", "min", "mins", "minute", "minutes": scale = 60_000
            case "h", "hour", "hours": scale = 3_600_000
            case "d", "day", "days": scale = 86_400_000
            default: return nil
            }
            total += Int64((value * scale).rounded())
        }
        return .milliseconds(total)
    }

    /// `1048576`, `512KB`, `10MB`, `10MiB`, `1GB` (KB/MB/GB are powers of 1024, as most operators expect).
    static func byteSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        if let bytes = Int(trimmed) { return bytes >= 0 ? bytes : nil }
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
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
        return Int(value * scale)
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
