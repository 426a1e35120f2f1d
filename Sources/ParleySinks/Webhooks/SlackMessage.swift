import Foundation
import ParleyCore

/// A Slack incoming-webhook message: `text` is the notification fallback, `blocks` the readable body
/// (https://api.slack.com/messaging/webhooks, Block Kit `section` and `context` blocks; a section's text
/// holds at most 3,000 characters).
struct SlackMessage: Encodable {
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
    /// Feed text must not ping anyone or turn into links Slack guesses.
    var unfurl_links = false

    init(_ alert: Alert) {
        let summary = Self.escape(alert.summary)
        text = "Parley: \(summary)"
        let evidence = alert.evidence.map { "> " + Self.escape($0) }.joined(separator: "\n")
        let source = "<\(alert.report.url)|\(Self.escape(alert.report.title))>"
        blocks = [
            Block(type: "section", text: Text(text: WebhookMessage.clip("*\(summary)*", 3000))),
            Block(type: "section", text: Text(text: WebhookMessage.clip(evidence, 3000))),
            Block(type: "context", elements: [
                Text(text: WebhookMessage.clip("\(WebhookMessage.context(alert)) · Source: \(source)", 3000)),
            ]),
        ]
    }

    /// Slack's mrkdwn control characters (https://api.slack.com/reference/surfaces/formatting#escaping):
    /// `<` and `>` would start links or mentions such as `<!channel>`.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
