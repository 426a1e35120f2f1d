import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// One line per event on stderr, every field as `key=value` (logfmt), for journald and grep.
///
/// Why not swift-log's `StreamLogHandler`: it prints `timestamp level label: [meta: value, ...] message`, with
/// the metadata in a bracketed, comma-joined list whose values are not quoted, so `feed.url=...` cannot be
/// matched reliably and a value containing spaces, commas or a newline breaks the line apart. Here every value
/// is quoted when needed and newlines are escaped, so one event is always one parseable line.
///
/// Under journald (`JOURNAL_STREAM` set) the line starts with a `<N>` syslog priority, which journald strips and
/// records as the entry's priority (`journalctl -p warning` works), and no timestamp (journald adds its own).
/// Elsewhere the line starts with an RFC 3339 timestamp in UTC with milliseconds (`2026-12-06T22:17:35.771Z`).
public struct KeyValueLogHandler: LogHandler {
    /// RFC 3339 (ISO 8601 extended), UTC, milliseconds: the zone is always explicit.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    /// Reads and writes the shared `LogLevelControl`, so a reload changes every logger's level.
    public var logLevel: Logger.Level {
        get { levelControl.level }
        set { levelControl.level = newValue }
    }
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let levelControl: LogLevelControl
    private let underJournal: Bool
    private let write: @Sendable (String) -> Void

    public init(label: String, levelControl: LogLevelControl = LogLevelControl(.info),
                environment: [String: String] = ProcessInfo.processInfo.environment,
                write: @escaping @Sendable (String) -> Void = KeyValueLogHandler.writeToStandardError) {
        self.label = label
        self.levelControl = levelControl
        self.underJournal = environment["JOURNAL_STREAM"] != nil
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var line = ""
        if underJournal {
            line += "<\(Self.syslogPriority(event.level))>"
        } else {
            line += Self.timestamp(Date()) + " "
        }
        line += "level=\(event.level.rawValue) logger=\(Self.quoted(label)) msg=\(Self.quoted(event.message.description))"
        for key in merged.keys.sorted() {
            line += " \(Self.key(key))=\(Self.quoted(Self.flatten(merged[key]!)))"
        }
        if event.level >= .error || logLevel <= .debug {
            line += " source=\(Self.quoted("\((event.file as NSString).lastPathComponent):\(event.line)"))"
        }
        write(line + "\n")
    }

    /// Quotes a value when it is empty or holds spaces, quotes, `=` or control characters.
    static func quoted(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.unicodeScalars.contains {
            $0 == " " || $0 == "\"" || $0 == "=" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F
        }
        guard needsQuotes else { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Keys are dotted words; anything else becomes `_` so a key never breaks the line's shape.
    static func key(_ key: String) -> String {
        String(key.unicodeScalars.map { scalar -> Character in
            let ok = CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
            return ok ? Character(scalar) : "_"
        })
    }

    static func flatten(_ value: Logger.Metadata.Value) -> String {
        switch value {
        case .string(let text): return text
        case .stringConvertible(let convertible): return convertible.description
        case .array(let values): return values.map(flatten).joined(separator: ",")
        case .dictionary(let values):
            return values.keys.sorted().map { "\($0):\(flatten(values[$0]!))" }.joined(separator: ",")
        }
    }

    static func syslogPriority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    /// One `write(2)` per line, so lines from concurrent tasks never interleave.
    public static let writeToStandardError: @Sendable (String) -> Void = { line in
        let bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
            }
            if written <= 0 { break }
            offset += written
        }
    }
}
