import Logging
import ParleySinks
import ServiceLifecycle
import Synchronization

/// Runs each sink's delivery loop (the alert log and every webhook) as its own task, so a dead endpoint never
/// delays the log or the other endpoints. A reload hands it the new set: loops whose sink is gone or changed
/// are cancelled, new ones started; unchanged ones keep running untouched. Sinks are keyed by `key`, which
/// holds everything about their configuration, so "changed" means "different key".
final class SinkSupervisor: Service {
    struct Member: Sendable {
        let key: String
        let sink: any AlertSink
    }

    private let desired = AsyncStream<[Member]>.makeStream(bufferingPolicy: .bufferingNewest(1))
    private let running = Mutex<[String: (member: Member, task: Task<Void, Never>)]>([:])
    private let logger: Logger

    init(initial: [Member], logger: Logger) {
        self.logger = logger
        desired.continuation.yield(initial)
    }

    /// Replaces the running set (applied by `run()` in order).
    func apply(_ members: [Member]) {
        desired.continuation.yield(members)
    }

    /// Wakes every delivery loop: new deliveries were committed.
    func ringAll() {
        for entry in running.withLock({ Array($0.values) }) { entry.member.sink.doorbell.ring() }
    }

    /// The running sink with this name, e.g. the alert log for a reopen.
    func sink(named name: String) -> (any AlertSink)? {
        running.withLock { $0.values.first { $0.member.sink.name == name }?.member.sink }
    }

    func run() async throws {
        for await members in desired.stream.cancelOnGracefulShutdown() {
            await reconcile(members)
        }
        // Shutdown: stop every loop; undelivered deliveries stay in the outbox for the next start.
        let tasks = running.withLock { running in
            defer { running.removeAll() }
            return running.values.map(\.task)
        }
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }

    private func reconcile(_ members: [Member]) async {
        let wanted = Dictionary(members.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let stopped = running.withLock { running in
            let gone = running.keys.filter { wanted[$0] == nil }
            return gone.compactMap { running.removeValue(forKey: $0) }
        }
        for entry in stopped {
            entry.task.cancel()
            await entry.task.value
            logger.info("sink stopped", metadata: ["sink.name": "\(entry.member.sink.name)"])
        }
        for member in members {
            let isNew = running.withLock { running in
                guard running[member.key] == nil else { return false }
                let sink = member.sink
                running[member.key] = (member, Task { await sink.run() })
                return true
            }
            if isNew { logger.info("sink started", metadata: ["sink.name": "\(member.sink.name)"]) }
        }
    }
}
