import Foundation
import Logging
import ParleySinks
import ParleyStore
import ServiceLifecycle
import Synchronization

/// Checks the feeds' health (`FeedHealthMonitor`) from the state database at a steady pace, logs each change
/// once, and POSTs it to the webhooks whose `events` include `feed_health` (`FeedHealthMessage`). These
/// notices are best effort: tried three times over about a minute, not kept in the outbox, since the log and
/// `parley status` hold the same facts.
final class FeedHealthService: Service {
    private let store: any StateStore
    private let roster: FeedRoster
    private let transport: any WebhookTransport
    private let logger: Logger
    private let state: Mutex<(monitor: FeedHealthMonitor, endpoints: [WebhookEndpoint])>

    init(config: FeedHealthConfig, endpoints: [WebhookEndpoint], store: any StateStore, roster: FeedRoster,
         transport: any WebhookTransport, logger: Logger, started: Date = Date()) {
        self.store = store
        self.roster = roster
        self.transport = transport
        self.logger = logger
        state = Mutex((FeedHealthMonitor(config: config, started: started), endpoints))
    }

    /// The endpoints (from the config) that receive feed-health events.
    static func endpoints(_ config: DaemonConfig) throws(DaemonError) -> [WebhookEndpoint] {
        var endpoints: [WebhookEndpoint] = []
        for hook in config.webhooks where hook.events.contains(.feedHealth) {
            endpoints.append(try SinkFactory.endpoint(hook, timeout: config.webhookRetry.timeout))
        }
        return endpoints
    }

    /// A reload: new thresholds (what was reported stays reported) and endpoints.
    func update(config: FeedHealthConfig, endpoints: [WebhookEndpoint]) {
        state.withLock { state in
            if state.monitor.config != config {
                state.monitor = FeedHealthMonitor(config: config, started: state.monitor.started)
            }
            state.endpoints = endpoints
        }
    }

    /// A quarter of the shorter threshold, between 100 ms and a minute.
    private var checkInterval: Duration {
        let config = state.withLock { $0.monitor.config }
        let shorter = min(FeedHealthMonitor.seconds(config.failingAfter), FeedHealthMonitor.seconds(config.silentAfter))
        return .milliseconds(Int64(min(60, max(0.1, shorter / 4)) * 1000))
    }

    func run() async throws {
        await withDiscardingTaskGroup { sends in
            while !Task.isShuttingDownGracefully && !Task.isCancelled {
                try? await Task.sleep(for: checkInterval)
                if Task.isShuttingDownGracefully || Task.isCancelled { break }
                for (event, endpoints) in await check() {
                    for endpoint in endpoints {
                        sends.addTask { await self.send(event, to: endpoint) }
                    }
                }
            }
            sends.cancelAll()
        }
    }

    /// One look at the state: logs and returns the new events with the endpoints to tell.
    func check() async -> [(FeedHealthEvent, [WebhookEndpoint])] {
        guard let sqlite = store as? SQLiteStateStore else { return [] }
        let status: StoreStatus
        do {
            status = try await sqlite.status()
        } catch {
            logger.warning("feed health: cannot read the state", metadata: ["error": "\(error)"])
            return []
        }
        let names = Dictionary(roster.all.map { ($0.id, $0.config.name) }, uniquingKeysWith: { first, _ in first })
        let (events, endpoints) = state.withLock { state in
            (state.monitor.evaluate(status.feeds, names: names, now: Date()), state.endpoints)
        }
        for event in events { log(event) }
        return events.map { ($0, endpoints) }
    }

    private func log(_ event: FeedHealthEvent) {
        var metadata: Logger.Metadata = [
            "event": "\(event.kind.rawValue)", "feed.url": "\(event.feedURL)",
            "since": "\(event.since.formatted(.iso8601))",
        ]
        if let name = event.feedName { metadata["feed.name"] = "\(name)" }
        switch event.kind {
        case .failing:
            metadata["feed.errors"] = "\(event.errors)"
            if let error = event.lastError { metadata["error"] = "\(error)" }
            logger.warning("feed failing", metadata: metadata)
        case .recovered:
            logger.notice("feed recovered", metadata: metadata)
        case .silent:
            logger.warning("feed silent: no new item", metadata: metadata)
        case .active:
            logger.notice("feed active again", metadata: metadata)
        }
    }

    private func send(_ event: FeedHealthEvent, to endpoint: WebhookEndpoint) async {
        let request: WebhookRequest
        do {
            request = try FeedHealthMessage.request(event, endpoint: endpoint, now: Date())
        } catch {
            logger.error("feed health: cannot build the webhook body", metadata: ["error": "\(error)"])
            return
        }
        var failure = ""
        for (attempt, pause) in [Duration.zero, .seconds(5), .seconds(60)].enumerated() {
            if pause > .zero { try? await Task.sleep(for: pause) }
            if Task.isCancelled { return }
            do {
                let response = try await transport.send(request)
                if response.isSuccess { return }
                failure = "HTTP \(response.status)"
                if !response.isTransientFailure { break }
            } catch {
                failure = "\(error)"
            }
            logger.debug("feed health notice not delivered", metadata: [
                "sink.name": "\(endpoint.name)", "attempt": "\(attempt + 1)", "error": "\(failure)",
            ])
        }
        logger.warning("feed health notice not delivered", metadata: [
            "sink.name": "\(endpoint.name)", "event": "\(event.kind.rawValue)", "feed.url": "\(event.feedURL)",
            "error": "\(failure)",
        ])
    }
}
