import Foundation
@testable import ParleySinks
import Testing

@Suite("Standard Webhooks signing")
struct StandardWebhooksTests {
    // The example of the Standard Webhooks spec and its reference libraries' tests.
    static let specSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    static let specID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    static let specTimestamp: Int64 = 1_614_265_330
    static let specBody = Data(#"{"test": 2432232314}"#.utf8)

    @Test("signs the spec's test vector")
    func specVector() throws {
        let secret = try WebhookSecret(Self.specSecret)
        #expect(StandardWebhooks.signature(id: Self.specID, timestamp: Self.specTimestamp, body: Self.specBody,
                                           secret: secret) == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }

    @Test("verifies its own signature, and several space-separated ones")
    func verifiesOwn() throws {
        let secret = WebhookSecret.random()
        let now = Date(timeIntervalSince1970: TimeInterval(Self.specTimestamp))
        let signature = StandardWebhooks.signature(id: "msg_1", timestamp: Self.specTimestamp, body: Self.specBody,
                                                   secret: secret)
        try StandardWebhooks.verify(id: "msg_1", timestamp: String(Self.specTimestamp), signatures: signature,
                                    body: Self.specBody, secret: secret, now: now)
        try StandardWebhooks.verify(id: "msg_1", timestamp: String(Self.specTimestamp),
                                    signatures: "v1,bm90IGl0 \(signature)", body: Self.specBody, secret: secret,
                                    now: now)
    }

    struct Tamper: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var id = "msg_1"
        var timestamp = "1614265330"
        var body = StandardWebhooksTests.specBody
        var secret = try! WebhookSecret(StandardWebhooksTests.specSecret)
        var nowOffset: TimeInterval = 0
    }

    static let tampered: [Tamper] = [
        Tamper(testDescription: "another id", id: "msg_2"),
        Tamper(testDescription: "another body", body: Data(#"{"test": 2432232315}"#.utf8)),
        Tamper(testDescription: "another secret", secret: WebhookSecret.random()),
        Tamper(testDescription: "a replay 6 minutes late", nowOffset: 360),
        Tamper(testDescription: "a timestamp from the future", nowOffset: -360),
        Tamper(testDescription: "a timestamp that is no number", timestamp: "yesterday"),
    ]

    @Test("rejects", arguments: tampered)
    func rejects(_ tamper: Tamper) throws {
        let signature = StandardWebhooks.signature(id: "msg_1", timestamp: Self.specTimestamp, body: Self.specBody,
                                                   secret: try WebhookSecret(Self.specSecret))
        let now = Date(timeIntervalSince1970: TimeInterval(Self.specTimestamp) + tamper.nowOffset)
        #expect(throws: SinkError.self) {
            try StandardWebhooks.verify(id: tamper.id, timestamp: tamper.timestamp, signatures: signature,
                                        body: tamper.body, secret: tamper.secret, now: now)
        }
    }

    @Test("secrets: whsec_ prefix optional, bad base64 refused, text round-trips")
    func secrets() throws {
        let secret = try WebhookSecret(Self.specSecret)
        #expect(secret.text == Self.specSecret)
        #expect(try WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") == secret)
        #expect(throws: SinkError.self) { try WebhookSecret("whsec_not base64!") }
        #expect(throws: SinkError.self) { try WebhookSecret("whsec_") }
        #expect(WebhookSecret.random(count: 24).bytes.count == 24)
    }
}
