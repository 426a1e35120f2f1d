import Foundation
import ParleySinks

/// The webhook request of a feed-health event (docs/webhooks.md#feed-health-events): for `generic` endpoints a
/// `parley.feed_health/v1` JSON object, for `slack` and `discord` one line of text; signed like alerts (Standard
/// Webhooks) with a `webhook-id` derived from the event, so a receiver can drop a repeat.
enum FeedHealthMessage {
    static let schema = "parley.feed_health/v1"

    static func request(_ event: FeedHealthEvent, endpoint: WebhookEndpoint, now: Date) throws -> WebhookRequest {
        let body: Data
        switch endpoint.format {
        case .generic: body = try json(event)
        case .slack: body = try JSONSerialization.data(withJSONObject: ["text": text(event)], options: [.sortedKeys])
        case .discord:
            body = try JSONSerialization.data(withJSONObject: ["content": text(event)], options: [.sortedKeys])
        }
        return WebhookRequest.signed(body: body, id: webhookID(event), at: now, for: endpoint)
    }

    /// The generic body: every field of the event; absent values are null.
    static func json(_ event: FeedHealthEvent) throws -> Data {
        func date(_ value: Date?) -> Any { value.map { $0.formatted(.iso8601) } ?? NSNull() }
        let object: [String: Any] = [
            "schema": schema,
            "event": event.kind.rawValue,
            "feed": ["url": event.feedURL, "name": event.feedName ?? NSNull()] as [String: Any],
            "since": date(event.since),
            "detected_at": date(event.detectedAt),
            "errors": event.errors,
            "last_error": event.lastError ?? NSNull(),
            "last_success_at": date(event.lastSuccessAt),
            "last_new_item_at": date(event.lastNewItemAt),
        ]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// One line for chat: what happened to which feed, since when.
    static func text(_ event: FeedHealthEvent) -> String {
        let feed = event.feedName.map { "\($0) (\(event.feedURL))" } ?? event.feedURL
        let since = event.since.formatted(.iso8601)
        switch event.kind {
        case .failing:
            return "Parley: feed failing since \(since): \(feed), \(event.errors) error(s) in a row"
                + (event.lastError.map { "; last: \($0)" } ?? "")
        case .recovered: return "Parley: feed recovered: \(feed)"
        case .silent: return "Parley: feed silent, no new item since \(since): \(feed)"
        case .active: return "Parley: feed active again: \(feed)"
        }
    }

    /// `fh_` and FNV-1a of the event's kind, feed and start: the same notice always has the same id.
    static func webhookID(_ event: FeedHealthEvent) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(event.kind.rawValue)\u{1F}\(event.feedURL)\u{1F}\(event.since.timeIntervalSince1970)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "fh_" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
