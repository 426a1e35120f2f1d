import Foundation
import ParleyCore

/// Renders an alert for a person reading a terminal: what changed, the report's own words, and where it came
/// from. The JSON-lines log carries the machine form (`AlertCoding`); this is only its readable twin.
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
        lines.append("\(badge) \(style.bold(alert.issue)) · \(party) · \(style.dim(alert.kind.rawValue))")
        lines += wrap(alert.summary, indent: indent).map { style.bold($0) }

        if alert.before != nil || alert.after != nil {
            let before = Self.text(of: alert.before)
            let after = Self.text(of: alert.after)
            // Objects name their own fields; a bare value needs the attribute it belongs to.
            let bare = [alert.before, alert.after].allSatisfy { if case .object? = $0 { false } else { true } }
            let attribute = bare ? alert.attribute.map { "\($0): " } ?? "" : ""
            lines += wrap("\(attribute)\(before) → \(after)", indent: indent)
        }

        for sentence in alert.evidence {
            lines += wrap("“\(sentence)”", indent: indent + "  ").map { style.color($0, .cyan) }
        }

        var source = "— "
        if let feed = alert.report.feed, let outlet = outlets[feed] { source += "\(outlet), " }
        if let published = alert.report.published { source += "\(Self.shortDate(published)): " }
        source += alert.report.title
        lines += wrap(source, indent: indent)
        lines.append(indent + "  " + style.dim(alert.report.url))

        let sources = alert.corroboratingSources == 1 ? "1 source" : "\(alert.corroboratingSources) sources"
        let confidence = String(format: "%.2f", alert.confidence)
        lines.append(indent + style.dim("confidence \(confidence) · \(sources) · id \(alert.id)"))
        return lines.joined(separator: "\n")
    }

    /// Word-wraps one paragraph to `width`, every line starting with `indent`.
    func wrap(_ text: String, indent: String) -> [String] {
        Self.wrap(text, width: width, indent: indent)
    }

    static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        let limit = max(20, width - indent.count)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(indent + current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(indent + current) }
        return lines
    }

    static func color(of severity: Alert.Severity) -> TerminalStyle.Color {
        switch severity {
        case .major: return .red
        case .notable: return .yellow
        case .minor: return .blue
        }
    }

    /// `before`/`after` are free-form JSON: show them as a person would write them.
    static func text(of value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return "none"
        case .bool(let flag)?: return flag ? "yes" : "no"
        case .number(let number)?:
            if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .string(let string)?: return string
        case .array(let items)?: return items.map { text(of: $0) }.joined(separator: ", ")
        case .object(let fields)?:
            let shown = fields.keys.sorted().filter { !hiddenKeys.contains($0) && !isEmpty(fields[$0]) }
            return shown.isEmpty ? "none" : shown.map { "\($0) \(text(of: fields[$0]))" }.joined(separator: ", ")
        }
    }

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
