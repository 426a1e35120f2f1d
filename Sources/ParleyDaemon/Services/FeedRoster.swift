import Foundation
import HeapModule
import ParleyStore
import Synchronization

/// The feeds being polled: each configured feed with its stored state, kept in memory so the poller's
/// once-a-tick "what is due" never reads the database. A reload replaces the configured set; feeds dropped
/// from the config stop being polled but keep their stored state (seen items stay seen).
///
/// What is due comes from a due-queue: a min-heap of (next poll, feed id) keys, so a tick costs O(log n) per
/// feed it starts, not O(n) over every feed (issue 14: 8.4 ms per poll at 2,000 feeds). A feed's key is pushed
/// whenever its next poll changes; keys that no longer match the feed (polled since, removed, retired) are
/// dropped lazily when they reach the top.
public final class FeedRoster: Sendable {
    /// A feed being polled: its configuration (name, interval, tags) beside its state (`FeedState`, the one type
    /// for it, as the store keeps it); nothing is copied between the two.
    public struct Entry: Sendable, Hashable {
        public var config: FeedConfig
        public var state: FeedState
        public var id: Int64 { state.id ?? -1 }
        /// How logs and errors name the feed.
        public var label: String { config.name ?? config.url }
        /// When it is due: its next poll, or at once for a feed never polled.
        var due: Date { state.nextPollAt ?? .distantPast }
    }

    struct DueKey: Comparable, Sendable {
        var due: Date
        var id: Int64

        static func < (lhs: DueKey, rhs: DueKey) -> Bool { (lhs.due, lhs.id) < (rhs.due, rhs.id) }
    }

    private struct Schedule: Sendable {
        var entries: [Int64: Entry] = [:]
        var queue = Heap<DueKey>()

        /// Whether `key` still describes a feed waiting for its poll.
        func isCurrent(_ key: DueKey) -> Bool {
            guard let entry = entries[key.id], !entry.state.retired else { return false }
            return entry.due == key.due
        }

        mutating func push(_ entry: Entry) {
            guard !entry.state.retired else { return }
            queue.insert(DueKey(due: entry.due, id: entry.id))
        }

        /// Drops stale keys from the top; returns the first current one.
        mutating func top() -> DueKey? {
            while let key = queue.min {
                if isCurrent(key) { return key }
                _ = queue.removeMin()
            }
            return nil
        }
    }

    private let schedule = Mutex(Schedule())

    public init() {}

    /// Registers the configured feeds in the store (idempotent) and makes them the polled set.
    /// Returns the ids added and removed compared with the previous set.
    @discardableResult
    public func replace(with feeds: [FeedConfig], store: any StateStore) async throws
        -> (added: [Int64], removed: [Int64]) {
        var fresh: [Int64: Entry] = [:]
        for feed in feeds {
            let state = try await store.registerFeed(configURL: feed.url, tags: feed.tags)
            guard let id = state.id else { continue }
            fresh[id] = Entry(config: feed, state: state)
        }
        return schedule.withLock { schedule in
            let current = schedule.entries
            let added = fresh.keys.filter { current[$0] == nil }.sorted()
            let removed = current.keys.filter { fresh[$0] == nil }.sorted()
            // Feeds that stay keep the in-memory state (it may be newer than the store's during a poll).
            for (id, entry) in fresh {
                if let kept = current[id] { fresh[id]?.state = kept.state }
                fresh[id]?.config = entry.config
            }
            schedule.entries = fresh
            // A reload is rare: rebuild the queue (a feed being polled gets a key too; the poller skips it
            // as busy and its update pushes the next one).
            schedule.queue = Heap(fresh.values.filter { !$0.state.retired }.map { DueKey(due: $0.due, id: $0.id) })
            return (added, removed)
        }
    }

    /// Feeds due at `now`, not retired, not in `busy`, soonest first, at most `limit`. Costs O(k log n) for
    /// the k keys it looks at (the busy ones and those returned, which all stay queued), whatever n.
    public func due(at now: Date, excluding busy: Set<Int64>, limit: Int) -> [Entry] {
        guard limit > 0 else { return [] }
        return schedule.withLock { schedule in
            var result: [Entry] = []
            var looked: [DueKey] = []
            var seen = Set<Int64>()
            while result.count < limit, let key = schedule.top(), key.due <= now {
                _ = schedule.queue.removeMin()
                guard seen.insert(key.id).inserted else { continue }  // a duplicate key: drop it
                looked.append(key)
                if !busy.contains(key.id), let entry = schedule.entries[key.id] { result.append(entry) }
            }
            for key in looked { schedule.queue.insert(key) }
            return result
        }
    }

    /// The earliest next poll among active feeds waiting in the queue, for the poller's sleep.
    public func nextDue() -> Date? {
        schedule.withLock { $0.top()?.due }
    }

    /// Records a feed's state after a poll, unless the feed was removed meanwhile, and queues its next poll.
    public func update(_ state: FeedState) {
        guard let id = state.id else { return }
        schedule.withLock { schedule in
            guard schedule.entries[id] != nil else { return }
            schedule.entries[id]?.state = state
            if let entry = schedule.entries[id] { schedule.push(entry) }
        }
    }

    public func contains(_ id: Int64) -> Bool { schedule.withLock { $0.entries[id] != nil } }

    /// How many feeds are configured (cheap, unlike `all`).
    public var count: Int { schedule.withLock { $0.entries.count } }

    public var all: [Entry] { schedule.withLock { Array($0.entries.values).sorted { $0.id < $1.id } } }
}
