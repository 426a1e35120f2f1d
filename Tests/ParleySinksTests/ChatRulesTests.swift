import Foundation
import ParleyCore
@testable import ParleySinks
import Testing

/// Every Slack and Discord payload made from the awkward fixtures, parsed as JSON and held to the services'
/// documented limits and URL rules (not compared as strings: the golden files do that).
@Suite("Chat payloads keep the services' rules")
struct ChatRulesTests {
    static func cases() throws -> [(Alert, String)] {
        try Golden.awkwardAlertLines().map { (try AlertCoding.decoder().decode(Alert.self, from: Data($0.utf8)), $0) }
    }

    static func object(_ line: String, _ format: WebhookFormat) throws -> [String: Any] {
        let body = try WebhookMessage.body(alertJSON: line, format: format)
        return try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    }

    /// The http(s) URL with a host that a chat link may carry, or nil.
    static func webURL(_ text: String) -> URLComponents? {
        // Letters beyond ASCII (an internationalised host or path) are fine in a chat link; URLComponents wants
        // them percent-encoded.
        let ascii = text.unicodeScalars.map { $0.isASCII ? String($0) : String($0).utf8.map { String(format: "%%%02X", $0) }.joined() }
            .joined()
        guard let components = URLComponents(string: ascii), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", components.host?.isEmpty == false else { return nil }
        return components
    }

    static func isWebLink(_ url: String) -> Bool {
        webURL(url.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "%20")) != nil
    }

    static func length(_ text: String) -> Int { text.utf16.count }

    // MARK: Slack

    /// Slack's limits: a text object 3,000 characters, at most 50 blocks and 10 context elements.
    @Test("slack: limits, escaping and links") func slack() throws {
        for (alert, line) in try Self.cases() {
            let message = try Self.object(line, .slack)
            let text = try #require(message["text"] as? String)
            #expect(Self.length(text) <= 3000, "\(alert.id)")
            #expect(message["unfurl_links"] as? Bool == false)
            let blocks = try #require(message["blocks"] as? [[String: Any]])
            #expect((1...50).contains(blocks.count))
            var texts = [text]
            for block in blocks {
                switch block["type"] as? String {
                case "section":
                    let object = try #require(block["text"] as? [String: Any])
                    #expect(object["type"] as? String == "mrkdwn")
                    texts.append(try #require(object["text"] as? String))
                case "context":
                    let elements = try #require(block["elements"] as? [[String: Any]])
                    #expect((1...10).contains(elements.count))
                    texts += elements.compactMap { $0["text"] as? String }
                default:
                    Issue.record("\(alert.id): unexpected block \(block)")
                }
            }
            var links: [String] = []
            for text in texts {
                #expect(Self.length(text) <= 3000, "\(alert.id): \(text.prefix(60))")
                // "> " opening a line is the quote this code writes; anything else must be escaped.
                let unquoted = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.hasPrefix("> ") ? String($0.dropFirst(2)) : String($0) }.joined(separator: "\n")
                let (rest, found) = Self.slackLinks(in: unquoted)
                links += found
                // Outside links no control character is left raw, and every & starts an entity.
                #expect(!rest.contains("<") && !rest.contains(">"), "\(alert.id): raw < or > in \(rest.prefix(80))")
                #expect(Self.entitiesOnly(rest), "\(alert.id): bare & in \(rest.prefix(80))")
            }
            if Self.isWebLink(alert.report.url) {
                #expect(links.count == 1, "\(alert.id): expected one link to the report")
            } else {
                #expect(links.isEmpty, "\(alert.id): \(alert.report.url) is not a web link but was linked")
            }
            for link in links {
                #expect(!link.contains(" ") && !link.contains("|") && !link.contains("<"), "\(alert.id): \(link)")
                let url = link.replacingOccurrences(of: "&amp;", with: "&")
                #expect(Self.entitiesOnly(link), "\(alert.id): bare & in link \(link)")
                #expect(Self.webURL(url) != nil, "\(alert.id): link \(link) is not http(s)")
                // The link leads where the report is: same address once percent-escapes are undone.
                #expect(url.removingPercentEncoding?.lowercased()
                        == alert.report.url.trimmingCharacters(in: .whitespaces).removingPercentEncoding?.lowercased(),
                        "\(alert.id): \(url)")
            }
        }
    }

    /// Splits out `<url|label>` tokens, returning the text without them and their URLs.
    static func slackLinks(in text: String) -> (String, [String]) {
        var rest = ""
        var links: [String] = []
        var remaining = Substring(text)
        while let open = remaining.firstIndex(of: "<") {
            rest += remaining[..<open]
            guard let close = remaining[open...].firstIndex(of: ">") else {
                rest += remaining[open...]
                return (rest, links)
            }
            let token = remaining[remaining.index(after: open)..<close]
            if let bar = token.firstIndex(of: "|") {
                links.append(String(token[..<bar]))
                rest += token[token.index(after: bar)...]
            } else {
                rest += "<" + token + ">"
            }
            remaining = remaining[remaining.index(after: close)...]
        }
        return (rest + remaining, links)
    }

    static func entitiesOnly(_ text: String) -> Bool {
        var index = text.startIndex
        while let amp = text[index...].firstIndex(of: "&") {
            let after = text[amp...]
            guard after.hasPrefix("&amp;") || after.hasPrefix("&lt;") || after.hasPrefix("&gt;") else { return false }
            index = text.index(after: amp)
        }
        return true
    }

    // MARK: Discord

    @Test("discord: limits, http(s) URLs, escaped Markdown, no mentions") func discord() throws {
        for (alert, line) in try Self.cases() {
            let message = try Self.object(line, .discord)
            let content = try #require(message["content"] as? String)
            #expect(Self.length(content) <= 2000)
            let mentions = try #require(message["allowed_mentions"] as? [String: Any])
            #expect((mentions["parse"] as? [Any])?.isEmpty == true, "\(alert.id)")
            let embeds = try #require(message["embeds"] as? [[String: Any]])
            #expect((1...10).contains(embeds.count))
            for embed in embeds {
                let title = embed["title"] as? String ?? ""
                let description = embed["description"] as? String ?? ""
                let footer = (embed["footer"] as? [String: Any])?["text"] as? String ?? ""
                let author = (embed["author"] as? [String: Any])?["name"] as? String ?? ""
                let fields = embed["fields"] as? [[String: Any]] ?? []
                #expect(Self.length(title) <= 256, "\(alert.id)")
                #expect(Self.length(description) <= 4096, "\(alert.id)")
                #expect(Self.length(footer) <= 2048, "\(alert.id)")
                #expect(Self.length(author) <= 256, "\(alert.id)")
                #expect(fields.count <= 25)
                var total = Self.length(title) + Self.length(description) + Self.length(footer) + Self.length(author)
                for field in fields {
                    let name = field["name"] as? String ?? "", value = field["value"] as? String ?? ""
                    #expect(Self.length(name) <= 256 && Self.length(value) <= 1024)
                    total += Self.length(name) + Self.length(value)
                }
                #expect(total <= 6000, "\(alert.id): embed of \(total) characters")
                if let url = embed["url"] as? String {
                    #expect(Self.webURL(url) != nil, "\(alert.id): embed url \(url)")
                } else {
                    #expect(!Self.isWebLink(alert.report.url), "\(alert.id): web link left out of the embed")
                }
                #expect(Self.allEscaped(title), "\(alert.id): unescaped Markdown in title \(title.prefix(80))")
                #expect(Self.allEscaped(footer))
                // A cut title is the start of the escaped title line (else summary), cut between characters,
                // marked by "…".
                let full = ChatText.oneLine(alert.title ?? alert.summary).map(DiscordMessage.escape).joined()
                if title != full {
                    #expect(title.hasSuffix("…") && full.hasPrefix(title.dropLast()), "\(alert.id): \(title)")
                }
                // Masked links in the description only ever point at http(s).
                for target in Self.maskedLinkTargets(description) {
                    #expect(Self.webURL(target) != nil, "\(alert.id): masked link to \(target)")
                }
            }
            #expect(Self.allEscaped(String(content.dropFirst("Parley: ".count))), "\(alert.id)")
        }
    }

    /// Every Markdown character is preceded by an odd number of backslashes.
    static func allEscaped(_ text: String) -> Bool {
        var backslashes = 0
        for character in text {
            if character == "\\" {
                backslashes += 1
                continue
            }
            if DiscordMessage.markdown.contains(character), backslashes % 2 == 0 { return false }
            backslashes = 0
        }
        return backslashes % 2 == 0
    }

    /// The targets of `](target)` in `text`.
    static func maskedLinkTargets(_ text: String) -> [String] {
        text.components(separatedBy: "](").dropFirst().compactMap { $0.split(separator: ")").first.map(String.init) }
    }

    // MARK: Cutting

    @Test("a cut never splits a character or an escape", arguments: [
        ("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", 12, "👨‍👩‍👧‍👦…"),
        ("e\u{301}e\u{301}e\u{301}", 3, "e\u{301}…"),
        ("a&b&c", 7, "a&amp;…"),
        ("a&b&c", 8, "a&amp;b…"),
        ("short", 5, "short"),
    ] as [(String, Int, String)])
    func clip(text: String, limit: Int, expected: String) {
        let clipped = ChatText.clip(text, limit, escape: SlackMessage.escape)
        #expect(clipped == expected)
        #expect(ChatText.length(clipped) <= limit)
    }

    @Test("only http(s) report links with a host are links", arguments: [
        ("https://news.example/a", "https://news.example/a"),
        ("HTTP://NEWS.EXAMPLE/A", "HTTP://NEWS.EXAMPLE/A"),
        ("https://news.example/a b|c<d>", "https://news.example/a%20b%7Cc%3Cd%3E"),
        ("https://новини.приклад/обмін?q=1", "https://новини.приклад/обмін?q=1"),
        ("https://user@news.example:8443/a", "https://user@news.example:8443/a"),
        ("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", nil),
        ("tag:news.example,2025:1", nil),
        ("javascript:alert(1)//https://x.example", nil),
        ("https:///no-host", nil),
        ("/relative/path", nil),
    ] as [(String, String?)])
    func webLinks(url: String, expected: String?) {
        #expect(ChatText.webLink(url) == expected)
    }
}
