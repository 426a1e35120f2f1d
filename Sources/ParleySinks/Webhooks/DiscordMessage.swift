import Foundation
import ParleyCore

/// A Discord incoming-webhook message with one embed: title = the alert's title line (its summary when it has
/// none) linking to the report, description = summary, evidence and source, footer = context (https://discord.com/developers/docs/resources/webhook#execute-webhook).
///
/// Discord's rules (https://discord.com/developers/docs/resources/message#embed-object-embed-limits):
/// - Limits: content 2,000 characters; embed title 256, description 4,096, field name 256 and value 1,024 (at
///   most 25 fields), footer 2,048, author name 256, and 6,000 in all across an embed's title, description,
///   fields, footer and author. Text over a limit is cut at a character boundary with "…".
/// - The embed `url` must be `http(s)`: an entry whose link is its id (`urn:uuid:…`) gets no `url` and its
///   source is named unlinked.
/// - Feed text is Markdown-escaped with a backslash (`\ * _ ~ ` | > < [ ] #`), so a title cannot bold, strike,
///   spoil, quote or link; `allowed_mentions.parse` is empty, so nothing in it pings `@everyone` or a role.
struct DiscordMessage: Encodable {
    static let contentLimit = 2000
    static let titleLimit = 256
    static let descriptionLimit = 4096
    static let footerLimit = 2048
    static let embedTotalLimit = 6000
    /// Longer embed URLs are left out rather than risk the whole message being refused.
    static let urlLimit = 2048

    struct Embed: Encodable {
        struct Footer: Encodable {
            var text: String
        }

        var title: String
        var url: String?
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
        let summary = ChatText.oneLine(alert.summary)
        content = ChatText.clip("Parley: " + summary, Self.contentLimit, escape: Self.escape)
        let heading = alert.title.map(ChatText.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        let title = ChatText.clip(heading ?? summary, Self.titleLimit, escape: Self.escape)
        let footer = ChatText.clip(WebhookMessage.context(alert), Self.footerLimit, escape: Self.escape)
        let room = min(Self.descriptionLimit,
                       Self.embedTotalLimit - ChatText.length(title) - ChatText.length(footer))
        let link = ChatText.webLink(alert.report.url, extra: ["(", ")"])
        embeds = [Embed(title: title, url: link.flatMap { ChatText.length($0) <= Self.urlLimit ? $0 : nil },
                        description: Self.description(alert, link: link, limit: room, withSummary: heading != nil),
                        color: Self.color(alert.severity), footer: Embed.Footer(text: footer),
                        timestamp: AlertCoding.rfc3339(alert.detectedAt))]
    }

    /// The summary when a title line stands above it, the evidence quoted one sentence a line, then
    /// "Source: [title](url)" (or the bare title when the report has no web link). The source line always stays;
    /// the summary takes at most half of what is left, the evidence the rest, each cut with "…" if need be.
    static func description(_ alert: Alert, link: String?, limit: Int, withSummary: Bool) -> String {
        let title = ChatText.oneLine(alert.report.title).trimmingCharacters(in: .whitespaces)
        let label = ChatText.clip(title.isEmpty ? "report" : title, 500, escape: escape)
        var source = "Source: " + label
        // A link too long to leave room for the evidence is left out (the embed's title still carries it).
        if let link, ChatText.length(link) <= limit / 2 { source = "Source: [\(label)](\(link))" }
        var room = limit - ChatText.length(source)
        var summary = ""
        if withSummary {
            summary = ChatText.clip(ChatText.oneLine(alert.summary), (room - 2) / 2, escape: escape) + "\n\n"
            room -= ChatText.length(summary)
        }
        var lines: [String] = []
        var used = 2
        for sentence in alert.evidence {
            let space = room - used - (lines.isEmpty ? 0 : 1) - 2
            guard space > 20 else { break }
            let line = "> " + ChatText.clip(ChatText.oneLine(sentence), space, escape: escape)
            used += (lines.isEmpty ? 0 : 1) + ChatText.length(line)
            lines.append(line)
        }
        return summary + (lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n\n") + source
    }

    /// Discord Markdown's characters, escaped with a backslash.
    static let markdown: Set<Character> = ["\\", "*", "_", "~", "`", "|", ">", "<", "[", "]", "#"]

    static func escape(_ character: Character) -> String {
        markdown.contains(character) ? "\\" + String(character) : String(character)
    }

    static func color(_ severity: Alert.Severity) -> Int {
        switch severity {
        case .minor: 0x95A5A6
        case .notable: 0xF1C40F
        case .major: 0xE74C3C
        }
    }
}
