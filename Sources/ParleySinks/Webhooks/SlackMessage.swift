import Foundation
import ParleyCore

/// A Slack incoming-webhook message: `text` is the notification fallback (the summary), `blocks` the readable
/// body: the title line in bold over the summary, the evidence quoted, and a context line with the source
/// (https://api.slack.com/messaging/webhooks, Block Kit `section` and `context` blocks).
///
/// Slack's rules (https://api.slack.com/reference/surfaces/formatting):
/// - `&`, `<` and `>` are Slack's control characters and the only ones to escape, as `&amp;`, `&lt;`, `&gt;`:
///   feed text escaped so can never become `<!channel>`, a mention or a link of its own.
/// - A link is `<url|label>`: the URL is cut at the first `|` or `>`, so those (and `<`, spaces and the other
///   characters not allowed in a URI) are percent-encoded in it, and its `&` is written `&amp;` like anywhere
///   else. A report link that is not `http(s)` (an entry's `urn:uuid:` id) is shown as its title, unlinked.
/// - A text object holds at most 3,000 characters: longer text is cut at a character boundary with "…".
struct SlackMessage: Encodable {
    /// Slack's limit on a text object in a `section` or `context` block, and the cap used for `text`.
    static let textLimit = 3000

    struct Text: Encodable {
        var type = "mrkdwn"
        var text: String
    }

    struct Block: Encodable {
        var type: String
        var text: Text?
        var elements: [Text]?
    }

    var text: String
    var blocks: [Block]
    /// Feed text must not turn into previews Slack guesses.
    var unfurl_links = false
    var unfurl_media = false

    init(_ alert: Alert) {
        let summary = ChatText.oneLine(alert.summary)
        text = ChatText.clip("Parley: " + summary, Self.textLimit, escape: Self.escape)
        // The title line in bold over the summary; a record without a title has its summary in bold.
        var head = "*" + ChatText.clip(summary, Self.textLimit - 2, escape: Self.escape) + "*"
        if let title = alert.title.map(ChatText.oneLine), !title.isEmpty {
            let bold = "*" + ChatText.clip(title, 300, escape: Self.escape) + "*\n"
            head = bold + ChatText.clip(summary, Self.textLimit - ChatText.length(bold), escape: Self.escape)
        }
        var blocks = [Block(type: "section", text: Text(text: head))]
        let evidence = Self.quotes(alert.evidence, limit: Self.textLimit)
        if !evidence.isEmpty { blocks.append(Block(type: "section", text: Text(text: evidence))) }
        blocks.append(Block(type: "context", elements: [Text(text: Self.contextLine(alert))]))
        self.blocks = blocks
    }

    /// Each sentence as one quoted line ("> …"), as many as fit in `limit`; the last one that does not fit is cut.
    static func quotes(_ sentences: [String], limit: Int) -> String {
        var lines: [String] = []
        var used = 0
        for sentence in sentences {
            let separator = lines.isEmpty ? 0 : 1
            let room = limit - used - separator - 2
            guard room > 20 else { break }
            let line = "> " + ChatText.clip(ChatText.oneLine(sentence), room, escape: escape)
            lines.append(line)
            used += separator + ChatText.length(line)
        }
        return lines.joined(separator: "\n")
    }

    /// "Notable · prisoner-exchange · party ukraine · confidence 0.80 · Source: <url|title>".
    static func contextLine(_ alert: Alert) -> String {
        let context = escapeAll(WebhookMessage.context(alert)) + " · Source: "
        let title = ChatText.oneLine(alert.report.title).trimmingCharacters(in: .whitespaces)
        let label = ChatText.clip(title.isEmpty ? "report" : title, 500, escape: escape)
        let room = textLimit - ChatText.length(context) - ChatText.length(label) - 3
        if let url = link(alert.report.url), ChatText.length(url) <= room {
            return context + "<\(url)|\(label)>"
        }
        return context + label
    }

    /// The report URL as it may stand inside `<…|…>`, or `nil` when it is not a web link.
    static func link(_ url: String) -> String? {
        ChatText.webLink(url).map(escapeAll)
    }

    /// Slack's escaping of one character of feed text.
    static func escape(_ character: Character) -> String {
        switch character {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        default: String(character)
        }
    }

    static func escapeAll(_ text: String) -> String {
        text.map(escape).joined()
    }
}
