import Foundation
import ParleyCore
@testable import ParleySinks
import Testing

@Suite("Webhook message formats")
struct WebhookMessageTests {
    static let alert = SinkFixtures.alert(
        "a1", summary: "Ceasefire <!channel> & <@here> duration: 30 -> 60 days",
        evidence: ["Both sides agreed to extend the ceasefire to 60 days.", "Kyiv said it would comply."],
        severity: .major)

    func json(_ format: WebhookFormat, _ alert: Alert = alert) throws -> [String: Any] {
        let body = try WebhookMessage.body(alertJSON: try AlertCoding.line(alert), format: format)
        return try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    }

    @Test("generic is the alert record, byte for byte the log line")
    func generic() throws {
        let line = try AlertCoding.line(Self.alert)
        #expect(try WebhookMessage.body(alertJSON: line, format: .generic) == Data(line.utf8))
        let decoded = try AlertCoding.decoder().decode(Alert.self, from: WebhookMessage.body(alertJSON: line,
                                                                                             format: .generic))
        #expect(decoded == Self.alert)
    }

    @Test("slack: summary, quoted evidence and a source link; mentions escaped")
    func slack() throws {
        let message = try json(.slack)
        let text = try #require(message["text"] as? String)
        #expect(text.contains("&lt;!channel&gt; &amp; &lt;@here&gt;"))
        #expect(!text.contains("<!channel>"))
        let blocks = try #require(message["blocks"] as? [[String: Any]])
        let rendered = String(decoding: try JSONSerialization.data(withJSONObject: blocks), as: UTF8.self)
        #expect(rendered.contains("> Both sides agreed to extend the ceasefire to 60 days."))
        #expect(rendered.contains("> Kyiv said it would comply."))
        #expect(rendered.contains("<https:\\/\\/news.example\\/a1|Report a1>"))
        #expect(rendered.contains("Major · prisoner-exchange · party ukraine · confidence 0.80"))
        #expect(message["unfurl_links"] as? Bool == false)
    }

    @Test("discord: one embed linking the report, evidence, no mentions allowed")
    func discord() throws {
        let message = try json(.discord)
        #expect((message["content"] as? String)?.hasPrefix("Parley: Ceasefire") == true)
        let embed = try #require((message["embeds"] as? [[String: Any]])?.first)
        #expect(embed["url"] as? String == "https://news.example/a1")
        // Markdown and mention syntax from feed text is escaped; no mention is allowed to ping.
        #expect(embed["title"] as? String == #"Ceasefire \<!channel\> & \<@here\> duration: 30 -\> 60 days"#)
        #expect((embed["description"] as? String)?.contains("> Kyiv said it would comply.") == true)
        #expect((embed["description"] as? String)?.contains("[Report a1](https://news.example/a1)") == true)
        #expect(embed["color"] as? Int == 0xE74C3C)
        #expect(embed["timestamp"] as? String == AlertCoding.rfc3339(SinkFixtures.epoch))
        let mentions = try #require(message["allowed_mentions"] as? [String: Any])
        #expect((mentions["parse"] as? [Any])?.isEmpty == true)
    }

    @Test("chat formats keep within the services' field limits", arguments: [WebhookFormat.slack, .discord])
    func limits(format: WebhookFormat) throws {
        let long = SinkFixtures.alert("a2", summary: String(repeating: "s", count: 5000),
                                      evidence: [String(repeating: "e", count: 9000)])
        let message = try json(format, long)
        if format == .discord {
            let embed = try #require((message["embeds"] as? [[String: Any]])?.first)
            #expect((embed["title"] as? String)?.count == 256)
            #expect((embed["description"] as? String)?.count == 4096)
            #expect((message["content"] as? String)?.count == 2000)
        } else {
            let blocks = try #require(message["blocks"] as? [[String: Any]])
            for block in blocks {
                let text = (block["text"] as? [String: Any])?["text"] as? String ?? ""
                #expect(text.count <= 3000)
            }
        }
    }

    @Test("a stored line that is not an alert cannot be formatted for chat")
    func badLine() {
        #expect(throws: (any Error).self) { try WebhookMessage.body(alertJSON: "{}", format: .slack) }
    }
}
