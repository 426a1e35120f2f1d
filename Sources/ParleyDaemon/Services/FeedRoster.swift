import Foundation
import ParleyStore
import Synchronization

/// The feeds being polled: each configured feed with its stored state, kept in memory so the poller's
/// once-a-tick "what is due" never reads the database. A reload replaces the configured set; feeds dropped
/// from the config stop being polled but keep their stored state (seen items stay seen).
public final class FeedRoster: Sendable {
    public struct Entry: Sendable, Hashable {
        public var config: FeedConfig
        public var state: FeedState
        public var id: Int64 { state.id ?? -1 }
        /// How logs and errors name the feed.
        public var label: String { config.name ?? config.url }
    }

    private let entries = Mutex<[Int64: Entry]>([:])

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
        return entries.withLock { current in
            let added = fresh.keys.filter { current[$0] == nil }.sorted()
            let removed = current.keys.filter { fresh[$0] == nil }.sorted()
            // Feeds that stay keep the in-memory state (it may be newer than the store's during a poll).
            for (id, entry) in fresh {
                if let kept = current[id] { fresh[id]?.state = kept.state }
                fresh[id]?.config = entry.config
            }
            current = fresh
            return (added, removed)
        }
    }

    /// Feeds due at `now`, not retired, not in `busy`, soonest first, at most `limit`.
    public func due(at now: Date, excluding busy: Set<Int64>, limit: Int) -> [Entry] {
        guard limit > 0 else { return [] }
        return entries.withLock { entries in
            entries.values
                .filter { !$0.state.retired && !busy.contains($0.id) && ($0.state.nextPollAt ?? .distantPast) <= now }
                .sorted { ($0.state.nextPollAt ?? .distantPast, $0.id) < ($1.state.nextPollAt ?? .distantPast, $1.id) }
                .prefix(limit).map { $0 }
        }
    }

    /// The earliest next poll among active feeds, for the poller's sleep.
    public func nextDue() -> Date? {
        entries.withLock { entries in
            entries.values.filter { !$0.state.retired }.map { $0.state.nextPollAt ?? .distantPast }.min()
        }
    }

    /// Records a feed's state after a poll, unless the feed was removed meanwhile.
    public func update(_ state: FeedState) {
        guard let id = state.id else { return }
        entries.withLock { entries in
            entries[id]?.state = state
        }
    }

    public func contains(_ id: Int64) -> Bool { entries.withLock { $0[id] != nil } }

    public var all: [Entry] { entries.withLock { Array($0.values).sorted { $0.id < $1.id } } }
}
