import Foundation
import ParleyCore
import ParleyLoopback
import ParleyStore
@testable import ParleySinks
import ParleyTestSupport
import Testing

/// The awkward alerts delivered for real: the outbox, the webhook sinks and libcurl posting to two loopback
/// receivers that answer as strictly as Slack and Discord document (400 for a payload over a limit, a
/// non-http(s) embed url, an allowed mention). Every delivery must be accepted on its first attempt, and each
/// body must be the golden payload the format tests hold.
@Suite("Chat payloads delivered to strict loopback receivers")
struct ChatLoopbackTests {
    /// 204 when the body keeps the service's rules, else 400 with the reason in the recorded request.
    static func answer(_ request: LoopbackRequest) -> LoopbackResponse {
        guard let object = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
            return .status(400)
        }
        let length = { (text: Any?) in (text as? String)?.utf16.count ?? 0 }
        switch request.path {
        case "/slack":
            let blocks = object["blocks"] as? [[String: Any]] ?? []
            let texts = blocks.flatMap { block in
                [(block["text"] as? [String: Any])?["text"]] + ((block["elements"] as? [[String: Any]]) ?? []).map { $0["text"] }
            }
            let ok = length(object["text"]) <= 3000 && blocks.count <= 50 && texts.allSatisfy { length($0) <= 3000 }
            return .status(ok ? 204 : 400)
        case "/discord":
            let embeds = object["embeds"] as? [[String: Any]] ?? []
            let mentions = (object["allowed_mentions"] as? [String: Any])?["parse"] as? [Any]
            var ok = length(object["content"]) <= 2000 && embeds.count <= 10 && mentions?.isEmpty == true
            for embed in embeds {
                let title = length(embed["title"]), description = length(embed["description"])
                let footer = length((embed["footer"] as? [String: Any])?["text"])
                ok = ok && title <= 256 && description <= 4096 && footer <= 2048 && title + description + footer <= 6000
                if let url = embed["url"] as? String {
                    ok = ok && (url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://"))
                }
            }
            return .status(ok ? 204 : 400)
        default:
            return .status(404)
        }
    }

    @Test("every awkward alert is accepted by both receivers at once, as the golden payload")
    func deliver() async throws {
        let alerts = try Golden.awkwardAlertLines().map {
            try AlertCoding.decoder().decode(Alert.self, from: Data($0.utf8))
        }
        let store: any StateStore = MemoryStateStore()
        let feedID = try await store.registerFeed(configURL: "https://news.example/feed", tags: []).id!
        for alert in alerts {
            let key = ItemKey(feedID: feedID, guid: alert.id, contentHash: ItemKey.contentHash(title: alert.id, text: ""))
            _ = try await store.commit(ItemCommit(key: key, reportURL: alert.report.url, seenAt: SinkFixtures.epoch,
                                                  model: nil, alerts: [alert], sinks: ["slack", "discord"]))
        }
        let server = LoopbackServer { Self.answer($0) }
        try await server.start()
        // One attempt each: a refused payload fails at once instead of being retried.
        let policy = RetryPolicy(initialDelay: .milliseconds(10), maxDelay: .milliseconds(10), maxAttempts: 1, jitter: 0)
        let sinks = [("slack", WebhookFormat.slack), ("discord", .discord)].map { name, format in
            WebhookSink(endpoint: WebhookEndpoint(name: name, url: server.url("/\(name)"), format: format,
                                                  timeout: .seconds(5)),
                        store: store, transport: CurlWebhookTransport(), logger: SinkFixtures.logger, policy: policy,
                        pollInterval: .milliseconds(20))
        }
        let loops = sinks.map { sink in Task { await sink.run() } }
        try await waitUntil {
            let slack = try await store.pendingDeliveries(sink: "slack", limit: 1)
            let discord = try await store.pendingDeliveries(sink: "discord", limit: 1)
            return slack.isEmpty && discord.isEmpty
        }
        for loop in loops { loop.cancel() }
        for loop in loops { await loop.value }
        let requests = server.recordedRequests
        await server.shutdown()

        #expect(try await store.deliveries(state: .failed, sink: nil).isEmpty)
        for name in ["slack", "discord"] {
            #expect(try await store.deliveries(state: .delivered, sink: name).count == alerts.count)
            #expect(requests.filter { $0.path == "/\(name)" }.count == alerts.count, "\(name): one attempt each")
        }
        for (request, alert) in zip(requests.filter { $0.path == "/discord" }, alerts) {
            let expected = try WebhookMessage.body(alertJSON: try AlertCoding.line(alert), format: .discord)
            #expect(Data(request.body) == expected, "\(alert.id)")
        }
    }
}
