import Foundation
import Logging
import ParleyCore
import ParleyFeeds
import ParleyFetch
import ParleyStore
import ServiceLifecycle

extension PollerService {
    /// One poll of one feed, start to end, in the order it happens:
    ///
    /// 1. fetch: a conditional GET with the feed's URL and validators (libcurl, bounded by the fetch timeouts);
    /// 2. parse the body (libxml2) into entries;
    /// 3. process the new entries: the single processor task maps them to reports, runs every negotiation's
    ///    tracker (extraction, diff) and
    /// 4. commits each item in one store transaction (seen mark, model versions, alerts, one delivery per sink);
    /// 5. update the feed's state (validators, next poll, errors) in the roster and the store. Only now: a crash
    ///    before this re-fetches the same body, whose items are then found already seen, instead of skipping them.
    ///
    /// Not modified, a failed fetch, an unparsable body or items that could not be committed all skip to 5 with the
    /// state `PollPolicy` gives them (`FeedState+Poll.swift`). Never throws: every failure is logged and only moves
    /// this feed's schedule. A body the daemon crashed on before goes through `QuarantineGuard` (issue 15).
    func poll(_ feed: FeedRoster.Entry) async {
        let limits = settings.withLock { $0.limits }
        let fetcher = self.fetcher.withLock { $0 }
        var log = logger
        log[metadataKey: "feed.url"] = "\(feed.state.url)"
        if let name = feed.config.name { log[metadataKey: "feed.name"] = "\(name)" }

        // 1. Fetch. One still waiting for its server when shutdown begins is abandoned (nothing was committed,
        // the next start fetches again); a body already fetched is processed: that is the work SIGTERM drains.
        let request = FetchRequest(state: feed.state.http, feedName: feed.config.name)
        let outcome = await cancelWhenGracefulShutdown { await fetcher.fetch(request) }
        if Task.isShuttingDownGracefully, case .failed(let error) = outcome, error.reason != .gone { return }
        let poll = PolledFeed(feed: feed, limits: limits, fetchedAt: Date())

        let next: FeedState
        switch outcome {
        case .notModified(let http, _):
            metrics?.polled(.notModified)
            log.trace("feed not modified")
            next = poll.notModified(outcome, http: http)
        case .failed(let error):
            next = poll.failed(outcome, error: error)
            if next.retired {
                metrics?.polled(.retired)
                log.error("feed retired: no longer polled", metadata: ["error": "\(error)"])
            } else {
                metrics?.polled(.failed)
                log.warning("poll failed", metadata: [
                    "error": "\(error)", "feed.errors": "\(next.errorCount)", "feed.next_poll": "\(Self.date(next))",
                ])
            }
        case .fetched(let body, let charset, let http, let info):
            next = await QuarantineGuard(store: store, logger: log, metrics: metrics)
                .guarding(body, feedID: feed.id, skipped: poll.fetched(outcome, http: http, ttlMinutes: nil),
                          unnoted: { unusable(poll, reason: $0, event: "feed body left for the next poll", log: log) }) {
                    // 2. Parse.
                    let parsed: ParsedFeed
                    do {
                        parsed = try FeedParser().parse(body, documentURL: info.finalURL, httpCharset: charset)
                    } catch {
                        metrics?.polled(.notParsed)
                        return unusable(poll, reason: "\(error)", event: "feed not parsed", log: log)
                    }
                    if parsed.bozo {
                        log.debug("feed recovered from malformed XML",
                                  metadata: ["feed.bozo": "\(parsed.bozoReason ?? "")"])
                    }
                    // 3 and 4. Process and commit, one item at a time, in the processor task.
                    let alerts: [Alert]
                    do {
                        alerts = try await process(parsed, feed: feed)
                    } catch {
                        metrics?.polled(.notProcessed)
                        return unusable(poll, reason: "\(error)", event: "feed items not processed", log: log)
                    }
                    let fetched = poll.fetched(outcome, http: http, ttlMinutes: parsed.ttlMinutes)
                    metrics?.polled(.fetched)
                    log.debug("feed polled", metadata: [
                        "feed.entries": "\(parsed.entries.count)", "alerts": "\(alerts.count)",
                        "feed.next_poll": "\(Self.date(fetched))",
                    ])
                    return fetched
                }
        }

        // 5. Update the feed's state.
        roster.update(next)
        do {
            try await store.updateFeed(next)
        } catch {
            log.error("cannot store feed state", metadata: ["error": "\(error)"])
        }
    }

    /// Steps 3 and 4: hands the parsed feed to the processor task (`ProcessorService`, through `ProcessingQueue`)
    /// and waits until each new item is committed; returns the alerts. A new feed (never fetched whole before):
    /// its existing items are a backlog, which teaches the model and alerts only when within `alert_backlog`.
    private func process(_ parsed: ParsedFeed, feed: FeedRoster.Entry) async throws(DaemonError) -> [Alert] {
        let backlog = settings.withLock { $0.alertBacklog }
        let quietBefore = feed.state.firstFetchedAt == nil ? backlog.map { Date() - Self.seconds($0) } : nil
        return try await queue.submit(.feed(parsed, feedURL: feed.state.url, feedID: feed.id,
                                            quietBefore: quietBefore))
    }

    /// A body that could not be parsed or processed: logged, and the feed retried with backoff (old validators).
    private func unusable(_ poll: PolledFeed, reason: String, event: String, log: Logger) -> FeedState {
        let next = poll.unusableBody(reason)
        log.warning("\(event)", metadata: [
            "error": "\(reason)", "feed.errors": "\(next.errorCount)", "feed.next_poll": "\(Self.date(next))",
        ])
        return next
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    static func date(_ state: FeedState) -> String {
        state.nextPollAt.map { $0.formatted(.iso8601) } ?? "now"
    }
}
