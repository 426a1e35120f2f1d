import Foundation
import ParleyCore

/// Renders an alert for a person reading a terminal: what changed, the report's own words, and where it came
/// from. The JSON-lines log carries the machine form (`AlertCoding`); this is only its readable twin.
///
/// Feed text reaches the terminal only through `clean`: its control characters (an escape sequence in a
/// title could recolour or rewrite the screen) become spaces. Lines are wrapped by display columns, a
/// double-width character (CJK, most emoji) taking two, and a word wider than a line is broken between
/// characters.
struct AlertPrinter: Sendable {
    var style: TerminalStyle
    /// Column to wrap evidence at; `COLUMNS` when the shell exports it, else 100.
    var width: Int
    /// Outlet names by feed URL, so a source reads "Kestrel Wire" rather than a feed address.
    var outlets: [String: String]

    init(style: TerminalStyle, width: Int = 100, outlets: [String: String] = [:]) {
        self.style = style
        self.width = max(40, width)
        self.outlets = outlets
    }

    /// The alert as lines of text, without a trailing newline.
    func render(_ alert: Alert) -> String {
        let indent = "   "
        var lines: [String] = []

        let party = alert.party ?? "issue as a whole"
        let badge = style.boldColor(" \(alert.severity.rawValue.uppercased()) ", Self.color(of: alert.severity))
        // The title line when the alert has one ("Ceasefire: Russia changes its position"), the ids after it.
        if let title = alert.title.map(Self.clean), !title.isEmpty {
            lines.append("\(badge) \(style.bold(title))  "
                         + style.dim("\(Self.clean(alert.issue)) · \(Self.clean(party)) · \(alert.kind.rawValue)"))
        } else {
            lines.append("\(badge) \(style.bold(Self.clean(alert.issue))) · \(Self.clean(party)) · "
                         + style.dim(alert.kind.rawValue))
        }
        lines += wrap(Self.clean(alert.summary), indent: indent).map { style.bold($0) }

        if alert.before != nil || alert.after != nil {
            let before = Self.text(of: alert.before)
            let after = Self.text(of: alert.after)
            // Objects name their own fields; a bare value needs the attribute it belongs to.
            let bare = [alert.before, alert.after].allSatisfy { if case .object? = $0 { false } else { true } }
            let attribute = bare ? alert.attribute.map { "\($0): " } ?? "" : ""
            lines += wrap(Self.clean("\(attribute)\(before) → \(after)"), indent: indent)
        }

        for sentence in alert.evidence {
            lines += wrap("“\(Self.clean(sentence))”", indent: indent + "  ").map { style.color($0, .cyan) }
        }

        var source = "— "
        if let feed = alert.report.feed, let outlet = outlets[feed] { source += "\(outlet), " }
        if let published = alert.report.published { source += "\(Self.shortDate(published)): " }
        source += alert.report.title
        lines += wrap(Self.clean(source), indent: indent)
        // The link stays whole on one line, so a terminal can still open it.
        lines.append(indent + "  " + style.dim(Self.clean(alert.report.url).replacingOccurrences(of: " ", with: "%20")))

        let sources = alert.corroboratingSources == 1 ? "1 source" : "\(alert.corroboratingSources) sources"
        let confidence = String(format: "%.2f", alert.confidence)
        lines.append(indent + style.dim("confidence \(confidence) · \(sources) · id \(Self.clean(alert.id))"))
        return lines.joined(separator: "\n")
    }

    /// Word-wraps one paragraph to `width`, every line starting with `indent`.
    func wrap(_ text: String, indent: String) -> [String] {
        Self.wrap(text, width: width, indent: indent)
    }

    static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        let limit = max(20, width - columns(indent))
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            for piece in pieces(of: String(word), limit: limit) {
                let size = columns(piece)
                if current.isEmpty {
                    current = piece
                    used = size
                } else if used + 1 + size <= limit {
                    current += " " + piece
                    used += 1 + size
                } else {
                    lines.append(indent + current)
                    current = piece
                    used = size
                }
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(indent + current) }
        return lines
    }

    /// A word as pieces of at most `limit` columns, cut between characters (a run of CJK has no spaces).
    static func pieces(of word: String, limit: Int) -> [String] {
        guard columns(word) > limit else { return [word] }
        var pieces: [String] = []
        var current = ""
        var used = 0
        for character in word {
            let size = columns(character)
            if used + size > limit, !current.isEmpty {
                pieces.append(current)
                current = ""
                used = 0
            }
            current.append(character)
            used += size
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Terminal columns `text` takes: two for a wide character, one for any other.
    static func columns(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns($1) }
    }

    static func columns(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        return wideRanges.contains { $0.contains(first.value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode UAX #11), enough for Hangul, CJK, kana and fullwidth forms.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Feed text made safe to print: control characters (ESC, CR, backspace, C1 controls...) become spaces.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        }))
    }

    static func color(of severity: Alert.Severity) -> TerminalStyle.Color {
        switch severity {
        case .major: return .red
        case .notable: return .yellow
        case .minor: return .blue
        }
    }

    /// `before`/`after` as a person would write them: "stance accepts, quantities 1,200 prisoners, dates 2025-06-02".
    static func text(of value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return "none"
        case .bool(let flag)?: return flag ? "yes" : "no"
        case .number(let number)?: return self.number(number)
        case .string(let string)?: return string
        case .array(let items)?: return items.map { text(of: $0) }.joined(separator: ", ")
        case .object(let fields)?:
            // A quantity: {"value": 1200, "unit": "prisoners"}.
            if case .number(let number)? = fields["value"], Set(fields.keys).isSubset(of: ["value", "unit"]) {
                if case .string(let unit)? = fields["unit"] { return "\(self.number(number)) \(unit)" }
                return self.number(number)
            }
            let shown = fields.keys.sorted { (keyOrder[$0] ?? keyOrder.count, $0) < (keyOrder[$1] ?? keyOrder.count, $1) }
                .filter { !hiddenKeys.contains($0) && !isEmpty(fields[$0]) }
            return shown.isEmpty ? "none" : shown.map { "\($0) \(text(of: fields[$0]))" }.joined(separator: ", ")
        }
    }

    /// Whole numbers with thousands separators ("1,200"), whatever the locale; others as Swift writes them.
    static func number(_ value: Double) -> String {
        guard value.rounded() == value, abs(value) < 1e18 else { return String(value) }
        let digits = String(Int64(value).magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// The order fields of a state are shown in; others follow alphabetically.
    static let keyOrder: [String: Int] = ["stance": 0, "status": 1, "quantities": 2, "dates": 3, "places": 4]

    /// Keys of a `before`/`after` object that repeat what the alert shows elsewhere (its evidence, party, source).
    static let hiddenKeys: Set<String> = ["evidence", "party", "source", "outlet", "sentence", "id", "version"]

    private static func isEmpty(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: return true
        case .string(let string)?: return string.isEmpty
        case .array(let items)?: return items.isEmpty
        case .object(let fields)?: return fields.isEmpty
        default: return false
        }
    }

    /// "7 Jun 2025 16:20 UTC": unambiguous, and the same on every machine whatever its locale.
    static func shortDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let month = months[(c.month ?? 1) - 1]
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        return "\(c.day ?? 0) \(month) \(c.year ?? 0) \(time) UTC"
    }
}
