import Crypto
import Foundation

/// Signing and verifying per the Standard Webhooks spec: the signed content is `id.timestamp.body`, the
/// signature is `v1,` + base64(HMAC-SHA256(secret, content)), sent in `webhook-signature` beside
/// `webhook-id` and `webhook-timestamp` (Unix seconds). Receivers reject timestamps outside a tolerance
/// (5 minutes in the spec's libraries) to stop replays, so each attempt is signed with its own timestamp,
/// while the id stays the same on every retry so receivers can drop duplicates.
public enum StandardWebhooks {
    public static let idHeader = "webhook-id"
    public static let timestampHeader = "webhook-timestamp"
    public static let signatureHeader = "webhook-signature"
    /// The spec's libraries' default replay window.
    public static let defaultTolerance: Int64 = 5 * 60

    /// `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`.
    public static func signature(id: String, timestamp: Int64, body: Data, secret: WebhookSecret) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: signedContent(id: id, timestamp: timestamp, body: body),
                                                  using: secret.key)
        return "v1," + Data(mac).base64EncodedString()
    }

    /// The three headers of a signed message.
    public static func headers(id: String, timestamp: Int64, body: Data, secret: WebhookSecret) -> [HTTPHeader] {
        [
            HTTPHeader(idHeader, id),
            HTTPHeader(timestampHeader, String(timestamp)),
            HTTPHeader(signatureHeader, signature(id: id, timestamp: timestamp, body: body, secret: secret)),
        ]
    }

    /// Verifies a received message as a receiver would: the timestamp within `tolerance` of `now`, and one of
    /// the space-separated `v1,` signatures matching (compared in constant time).
    public static func verify(id: String, timestamp: String, signatures: String, body: Data, secret: WebhookSecret,
                              now: Date = Date(), tolerance: Int64 = defaultTolerance) throws {
        guard let seconds = Int64(timestamp) else { throw SinkError.badSignature("timestamp '\(timestamp)' is not a number") }
        let current = Int64(now.timeIntervalSince1970)
        guard abs(current - seconds) <= tolerance else { throw SinkError.staleTimestamp(seconds, now: current) }
        let content = signedContent(id: id, timestamp: seconds, body: body)
        for candidate in signatures.split(separator: " ") {
            let parts = candidate.split(separator: ",", maxSplits: 1)
            guard parts.count == 2, parts[0] == "v1", let mac = Data(base64Encoded: String(parts[1])) else { continue }
            if HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: content, using: secret.key) {
                return
            }
        }
        throw SinkError.badSignature("no v1 signature matches")
    }

    static func signedContent(id: String, timestamp: Int64, body: Data) -> Data {
        var content = Data("\(id).\(timestamp).".utf8)
        content.append(body)
        return content
    }
}
