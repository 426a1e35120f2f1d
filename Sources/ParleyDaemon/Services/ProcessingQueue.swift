import Foundation
import ParleyCore
import ParleyFeeds
import ParleyStore
import Synchronization

/// Hands fetched feeds from the poller's concurrent fetch tasks to the single processor task, and each result
/// back to the fetch task that waits for it (the poller stores a feed's new HTTP state only after its items
/// are committed, so a crash in between re-fetches rather than skips them).
///
/// Unlike an `AsyncStream`, closing the queue resumes every waiting submitter with an error, so no fetch task
/// can hang on a job the processor will never take.
final class ProcessingQueue: Sendable {
    enum Job: Sendable {
        /// A fetched feed; entries dated before `quietBefore` (or undated), if given, teach the model without
        /// alerting (a new feed's backlog).
        case feed(ParsedFeed, feedURL: String, feedID: Int64, quietBefore: Date? = nil)
        /// New sinks from a reload; applied between items so every commit sees one consistent list.
        case sinks([SinkRoute])
        /// The model files (loaded) and sinks of a reload, applied together between items: the negotiations
        /// followed from then on (`ItemProcessor.follow`) and the sinks taking them, so no item is committed with
        /// one and not the other.
        case models([NegotiationModel], sinks: [SinkRoute])
    }

    private struct Pending: Sendable {
        let job: Job
        let reply: CheckedContinuation<Result<[Alert], DaemonError>, Never>
    }

    private struct State: Sendable {
        var pending: [Pending] = []
        var taker: CheckedContinuation<Pending?, Never>?
        var closed = false
    }

    private let state = Mutex(State())

    /// Queues a job and waits until the processor has done it.
    func submit(_ job: Job) async throws(DaemonError) -> [Alert] {
        let result = await withCheckedContinuation { (reply: CheckedContinuation<Result<[Alert], DaemonError>, Never>) in
            let pending = Pending(job: job, reply: reply)
            let action: (CheckedContinuation<Pending?, Never>?, Bool) = state.withLock { state in
                if state.closed { return (nil, false) }
                if let taker = state.taker {
                    state.taker = nil
                    return (taker, true)
                }
                state.pending.append(pending)
                return (nil, true)
            }
            switch action {
            case (let taker?, _): taker.resume(returning: pending)
            case (nil, false): reply.resume(returning: .failure(.state("shutting down: item processing has stopped")))
            case (nil, true): break
            }
        }
        return try result.get()
    }

    /// The next job, waiting for one; nil once the queue is closed and drained.
    func next() async -> (job: Job, reply: @Sendable (Result<[Alert], DaemonError>) -> Void)? {
        let pending: Pending? = await withCheckedContinuation { taker in
            let ready: Pending?? = state.withLock { state in
                if !state.pending.isEmpty { return .some(state.pending.removeFirst()) }
                if state.closed { return .some(nil) }
                state.taker = taker
                return .none
            }
            if let ready { taker.resume(returning: ready) }
        }
        guard let pending else { return nil }
        return (pending.job, { pending.reply.resume(returning: $0) })
    }

    /// Stops taking jobs; jobs already queued are still handed out by `next()`.
    func close() {
        let taker = state.withLock { state -> CheckedContinuation<Pending?, Never>? in
            state.closed = true
            defer { state.taker = nil }
            return state.pending.isEmpty ? state.taker : nil
        }
        taker?.resume(returning: nil)
    }

    /// Fails every job still queued (after a cancellation, when nothing will process them).
    func failRemaining() {
        let remaining = state.withLock { state -> [Pending] in
            state.closed = true
            defer { state.pending.removeAll() }
            return state.pending
        }
        for pending in remaining {
            pending.reply.resume(returning: .failure(.state("cancelled before processing")))
        }
    }
}
