import ArgumentParser
import Foundation
import ParleyStore

/// `parley status`: the daemon's state at a glance, read from its state database while it runs.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show every feed's health, the deliveries by endpoint and state, and the model versions.",
        discussion: """
            Feed states: ok (last poll succeeded), failing (N consecutive errors), new (not fetched whole yet), \
            retired (410 Gone). Reads the state database beside a running daemon without disturbing it.
            """)

    @OptionGroup var state: StateOptions

    func run() async throws {
        let store = try state.openStore()
        let status = try await store.status()
        print("FEEDS")
        print(["ID", "STATE", "LAST SUCCESS", "LAST NEW ITEM", "NEXT POLL", "ITEMS", "URL", "LAST ERROR"]
            .joined(separator: "\t"))
        for feed in status.feeds {
            let state = feed.state
            print([String(state.id ?? 0), Self.health(state), Self.date(state.lastSuccessAt),
                   Self.date(feed.lastNewItemAt), state.retired ? "never" : Self.date(state.nextPollAt, none: "now"),
                   String(feed.items), state.url,
                   (state.lastError ?? "-").replacingOccurrences(of: "\n", with: " ")].joined(separator: "\t"))
        }
        print("\nDELIVERIES")
        print(["ENDPOINT", "PENDING", "FAILED", "DEAD", "DELIVERED", "OLDEST PENDING"].joined(separator: "\t"))
        for entry in status.outbox {
            let counts = [DeliveryState.pending, .failed, .dead, .delivered].map { String(entry.counts[$0] ?? 0) }
            print(([entry.sink] + counts + [Self.date(entry.oldestPendingAt)]).joined(separator: "\t"))
        }
        print("\nMODELS")
        print(["NEGOTIATION", "VERSION", "UPDATED", "LAST CHANGE"].joined(separator: "\t"))
        for model in status.models {
            print([model.negotiation, String(model.version), Self.date(model.updatedAt), model.reason]
                .joined(separator: "\t"))
        }
        let quarantined = try await store.quarantinedBodies()
        if !quarantined.isEmpty {  // docs/operations.md, "Quarantined bodies"
            print("\nQUARANTINED BODIES (skipped until the feed's content changes)")
            print(["FEED", "SINCE", "INTERRUPTIONS", "BODY HASH", "URL"].joined(separator: "\t"))
            for body in quarantined {
                print([String(body.feedID), Self.date(body.quarantinedAt), String(body.interruptions), body.bodyHash,
                       body.feedURL].joined(separator: "\t"))
            }
        }
    }

    static func health(_ state: FeedState) -> String {
        if state.retired { return "retired" }
        if state.errorCount > 0 { return "failing(\(state.errorCount))" }
        return state.firstFetchedAt == nil ? "new" : "ok"
    }

    static func date(_ date: Date?, none: String = "-") -> String {
        date.map { $0.formatted(.iso8601) } ?? none
    }
}
