import Logging
import ParleyCore
import ServiceLifecycle

/// Processes fetched feeds one at a time through the `ItemProcessor` (parse result -> reports -> tracker ->
/// one store transaction per new item). On graceful shutdown it finishes the jobs already queued, then stops;
/// the poller, shut down before it, has stopped submitting by then.
final class ProcessorService: Service {
    let queue = ProcessingQueue()
    private let initial: ItemProcessor
    private let logger: Logger
    private let onAlerts: @Sendable ([Alert]) -> Void

    /// `onAlerts` runs after each commit that produced alerts (wakes the sinks' delivery loops).
    init(processor: ItemProcessor, logger: Logger, onAlerts: @escaping @Sendable ([Alert]) -> Void) {
        self.initial = processor
        self.logger = logger
        self.onAlerts = onAlerts
    }

    func run() async throws {
        var processor = initial
        await withGracefulShutdownHandler {
            while let (job, reply) = await queue.next() {
                switch job {
                case .sinks(let routes):
                    processor.sinks = routes
                    reply(.success([]))
                case .models(let files, let sinks):
                    do throws(DaemonError) {
                        let (added, removed) = try await processor.follow(files)
                        processor.sinks = sinks
                        logger.info("negotiations followed", metadata: [
                            "negotiations": "\(processor.negotiations.joined(separator: ","))",
                            "negotiations.added": "\(added.joined(separator: ","))",
                            "negotiations.removed": "\(removed.joined(separator: ","))",
                        ])
                        reply(.success([]))
                    } catch {
                        reply(.failure(error))
                    }
                case .feed(let feed, let feedURL, let feedID, let quietBefore):
                    do throws(DaemonError) {
                        let alerts = try await processor.process(feed, feedURL: feedURL, feedID: feedID,
                                                                 quietBefore: quietBefore)
                        if !alerts.isEmpty {
                            logger.info("new alerts", metadata: [
                                "feed.url": "\(feedURL)", "alerts": "\(alerts.count)",
                                "alert.ids": "\(alerts.map(\.id).joined(separator: ","))",
                            ])
                            onAlerts(alerts)
                        }
                        reply(.success(alerts))
                    } catch {
                        reply(.failure(error))
                    }
                }
                if Task.isCancelled { break }
            }
        } onGracefulShutdown: { [queue] in
            queue.close()
        }
        queue.failRemaining()
    }
}
