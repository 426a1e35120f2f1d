import ArgumentParser
import Foundation
import ParleyStore

/// `parley deliveries retry`: puts dead letters (failed and dead, or the states given) back in the queue.
struct DeliveriesRetryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Queue failed and dead deliveries again (attempts reset); with --state pending, make queued "
            + "ones due now.")

    @OptionGroup var state: StateOptions
    @OptionGroup var filters: DeliveryFilterOptions

    func run() async throws {
        let store = try state.openStore()
        let count = try await store.requeue(matching: filters.filter(defaultStates: DeliveryState.deadLetters),
                                            at: Date())
        print("\(count) deliver\(count == 1 ? "y" : "ies") queued")
    }
}

/// `parley deliveries drop`: deletes dead letters (failed and dead); the alerts stay in the store and the log.
struct DeliveriesDropCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drop",
        abstract: "Delete failed and dead deliveries (never pending or delivered ones); the alerts themselves stay.")

    @OptionGroup var state: StateOptions
    @OptionGroup var filters: DeliveryFilterOptions

    func run() async throws {
        let store = try state.openStore()
        let count = try await store.drop(matching: filters.filter(defaultStates: DeliveryState.deadLetters))
        print("\(count) deliver\(count == 1 ? "y" : "ies") dropped")
    }
}
