import Foundation
import ParleyCore

/// A Discord incoming-webhook message with one embed: title = summary linking to the report, description =
/// evidence, footer = context (https://discord.com/developers/docs/resources/webhook#execute-webhook;
/// limits: content 2,000, embed title 256, description 4,096, footer 2,048 characters).
struct DiscordMessage: Encodable {
    struct Embed: Encodable {
        struct Footer: Encodable {
            var text: String
        }

        var title: String
        var url: String
        var description: String
        var color: Int
        var footer: Footer
        var timestamp: String
    }

    struct AllowedMentions: Encodable {
        var parse: [String] = []
    }

    var content: String
    var embeds: [Embed]
    /// Feed text must never ping @everyone or a role.
    var allowed_mentions = AllowedMentions()

    init(_ alert: Alert) {
        content = WebhookMessage.clip("Parley: \(alert.summary)", 2000)
        let evidence = alert.evidence.map { "> " + $0 }.joined(separator: "\n")
        let source = "Source: [\(alert.report.title)](\(alert.report.url))"
        embeds = [Embed(title: WebhookMessage.clip(alert.summary, 256), url: alert.report.url,
                        description: WebhookMessage.clip(evidence + "\n\n" + source, 4096),
                        color: Self.color(alert.severity),
                        footer: Embed.Footer(text: WebhookMessage.clip(WebhookMessage.context(alert), 2048)),
                        timestamp: AlertCoding.rfc3339(alert.detectedAt))]
    }

    static func color(_ severity: Alert.Severity) -> Int {
        switch severity {
        case .minor: 0x95A5A6
        case .notable: 0xF1C40F
        case .major: 0xE74C3C
        }
    }
}
