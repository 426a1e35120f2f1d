import Foundation
import ParleySinks

/// The in-memory twin of `CurlWebhookTransport`: records every request and answers with scripted statuses
/// (then 200), or throws to act as a network failure. For tests of the sink and its neighbours.
public actor RecordingWebhookTransport: WebhookTransport {
    public enum Answer: Sendable {
        case status(Int)
        /// A status with `Retry-After` this far from the request.
        case retryAfter(Int, seconds: TimeInterval)
        case networkError(String)
    }

    public private(set) var requests: [WebhookRequest] = []
    private var script: [Answer]

    public init(script: [Answer] = []) {
        self.script = script
    }

    /// Answers given to later requests, after the current script.
    public func enqueue(_ answers: [Answer]) {
        script.append(contentsOf: answers)
    }

    public func send(_ request: WebhookRequest) async throws -> WebhookResponse {
        requests.append(request)
        let answer = script.isEmpty ? .status(200) : script.removeFirst()
        switch answer {
        case .status(let status): return WebhookResponse(status: status)
        case .retryAfter(let status, let seconds):
            return WebhookResponse(status: status, retryAfter: Date().addingTimeInterval(seconds))
        case .networkError(let reason): throw SinkError.transport(request.url, reason)
        }
    }
}
