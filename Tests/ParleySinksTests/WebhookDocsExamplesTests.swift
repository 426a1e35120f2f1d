import Foundation
import ParleyCore
import ParleyStore
@testable import ParleySinks
import ParleyTestSupport
import Testing

/// docs/webhooks.md shows verification in Python and in shell with openssl; the same scripts live in
/// docs/examples/. Here they verify a request this code signed, and refuse a tampered one.
@Suite("Webhook docs examples")
struct WebhookDocsExamplesTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/examples")

    static let scripts: [(interpreter: String, script: String)] = [
        ("python3", "verify_webhook.py"),
        ("sh", "verify_webhook.sh"),
    ]

    @Test("the docs' verification scripts accept Parley's signature and refuse a tampered body",
          arguments: scripts.map(\.script))
    func scriptVerifies(script: String) async throws {
        let interpreter = Self.scripts.first { $0.script == script }!.interpreter
        guard Self.which(interpreter) != nil, script.hasSuffix(".py") || Self.which("openssl") != nil else {
            print("skipped: \(interpreter) or openssl not found")
            return
        }
        let secret = WebhookSecret.random()
        let sink = WebhookSink(endpoint: WebhookEndpoint(name: "hook", url: "http://127.0.0.1:9/", secret: secret),
                               store: MemoryStateStore(), transport: RecordingWebhookTransport(),
                               logger: SinkFixtures.logger)
        let alert = SinkFixtures.alert("a1", summary: "Überprüfung: ceasefire 30 → 60 days \"quoted\"")
        let pending = PendingDelivery(
            delivery: Delivery(id: 1, alertID: "a1", sink: "hook", webhookID: "msg_a1",
                               nextAttemptAt: SinkFixtures.epoch, createdAt: SinkFixtures.epoch),
            alertJSON: try AlertCoding.line(alert))
        let request = try sink.makeRequest(pending)
        let dir = try TemporaryDirectory()
        let body = dir.path + "/body.json"
        try request.body.write(to: URL(fileURLWithPath: body))
        let arguments = [Self.examples.appendingPathComponent(script).path, secret.text,
                         try #require(request.header("webhook-id")), try #require(request.header("webhook-timestamp")),
                         try #require(request.header("webhook-signature")), body]
        #expect(try await Self.run(interpreter, arguments) == 0)

        var tampered = request.body
        tampered[tampered.startIndex + 10] ^= 0x01
        try tampered.write(to: URL(fileURLWithPath: body))
        #expect(try await Self.run(interpreter, arguments) != 0)
    }

    @Test("docs/webhooks.md shows the scripts verbatim")
    func docsQuoteScripts() throws {
        let docs = try String(contentsOf: Self.examples.deletingLastPathComponent().appendingPathComponent("webhooks.md"),
                              encoding: .utf8)
        for (_, script) in Self.scripts {
            let text = try String(contentsOf: Self.examples.appendingPathComponent(script), encoding: .utf8)
            #expect(docs.contains(text), "docs/webhooks.md does not quote docs/examples/\(script)")
        }
    }

    static func which(_ program: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program to its end without blocking a cooperative thread (`waitUntilExit` would: on a 2-core
    /// machine that starves the other tests running in parallel).
    static func run(_ program: String, _ arguments: [String]) async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: which(program)!)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }
}
