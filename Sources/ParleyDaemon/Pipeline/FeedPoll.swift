import Foundation
import Logging
import ParleyFeeds
import ParleyStore
import ServiceLifecycle

extension PollerService {
    /// One poll of one feed: fetch (conditional GET), parse, process, then store the feed's new state. Never
    /// throws: every failure is logged and only moves this feed's schedule.
    func poll(_ entry: FeedRoster.Entry) async {
        let limits = settings.withLock { $0.limits }
        let source = self.source.withLock { $0 }
        var log = logger
        log[metadataKey: "feed.url"] = "\(entry.state.url)"
        if let name = entry.config.name { log[metadataKey: "feed.name"] = "\(name)" }
        // A fetch still waiting for its server when shutdown begins is abandoned (nothing was committed, the
        // next start fetches again); a body already fetched is processed, that is the work SIGTERM drains.
        let step = await cancelWhenGracefulShutdown { await source.poll(entry, limits: limits) }
        if Task.isShuttingDownGracefully, case .finished(_, .failed) = step { return }
        let state: FeedState
        switch step {
        case .finished(let next, .notModified):
            metrics?.polled(.notModified)
            log.trace("feed not modified")
            state = next
        case .finished(let next, .failed(let reason)):
            metrics?.polled(.failed)
            log.warning("poll failed", metadata: [
                "error": "\(reason)", "feed.errors": "\(next.errorCount)", "feed.next_poll": "\(Self.date(next))",
            ])
            state = next
        case .finished(let next, .retired(let reason)):
            metrics?.polled(.retired)
            log.error("feed retired: no longer polled", metadata: ["error": "\(reason)"])
            state = next
        case .fetched(let fetched):
            state = await QuarantineGuard(store: store, logger: log, metrics: metrics).guarding(fetched, feedID: entry.id) {
                await process(fetched, entry: entry, log: log)
            }
        }
        roster.update(state)
        do {
            try await store.updateFeed(state)
        } catch {
            log.error("cannot store feed state", metadata: ["error": "\(error)"])
        }
    }

    private func process(_ fetched: FetchedFeed, entry: FeedRoster.Entry, log: Logger) async -> FeedState {
        let parsed: ParsedFeed
        do {
            parsed = try FeedParser().parse(fetched.body, documentURL: fetched.documentURL,
                                            httpCharset: fetched.charset)
        } catch {
            metrics?.polled(.notParsed)
            let next = fetched.failure("\(error)")
            log.warning("feed not parsed", metadata: [
                "error": "\(error)", "feed.errors": "\(next.errorCount)", "feed.next_poll": "\(Self.date(next))",
            ])
            return next
        }
        if parsed.bozo {
            log.debug("feed recovered from malformed XML", metadata: ["feed.bozo": "\(parsed.bozoReason ?? "")"])
        }
        do {
            // A new feed (never fetched whole before): its existing items are a backlog, not news.
            let backlog = settings.withLock { $0.alertBacklog }
            let quietBefore = entry.state.firstFetchedAt == nil ? backlog.map { Date() - Self.seconds($0) } : nil
            let alerts = try await queue.submit(.feed(parsed, feedURL: entry.state.url, feedID: entry.id,
                                                      quietBefore: quietBefore))
            // Only now, with every item committed, is the new HTTP state safe to store.
            let next = fetched.success(parsed.ttlMinutes)
            metrics?.polled(.fetched)
            log.debug("feed polled", metadata: [
                "feed.entries": "\(parsed.entries.count)", "alerts": "\(alerts.count)",
                "feed.next_poll": "\(Self.date(next))",
            ])
            return next
        } catch {
            let next = fetched.failure("\(error)")
            metrics?.polled(.notProcessed)
            log.warning("feed items not processed", metadata: [
                "error": "\(error)", "feed.errors": "\(next.errorCount)", "feed.next_poll": "\(Self.date(next))",
            ])
            return next
        }
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    static func date(_ state: FeedState) -> String {
        state.nextPollAt.map { $0.formatted(.iso8601) } ?? "now"
    }
}
