import ArgumentParser
import Foundation
import ParleyStore

/// `parley deliveries list|retry|drop`: the outbox seen and worked by an operator, safe while the daemon runs.
struct DeliveriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliveries",
        abstract: "List, retry or drop webhook and alert-log deliveries (dead letters included).",
        discussion: """
            States: pending (queued or being retried), failed (given up after the retry policy's last \
            transient failure), dead (refused for good at once: a 4xx other than 408/429), delivered. \
            Works beside a running daemon: a retried delivery goes out within about a second. \
            Reference: docs/webhooks.md.
            """,
        subcommands: [DeliveriesListCommand.self, DeliveriesRetryCommand.self, DeliveriesDropCommand.self])
}

extension DeliveryState: ExpressibleByArgument {}

/// The filters shared by the three subcommands.
struct DeliveryFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only this endpoint (a webhook's name, or 'log').", valueName: "name"))
    var endpoint: String?

    @Option(name: .long, help: ArgumentHelp("Only deliveries in this state (repeatable): pending, failed, dead, "
                                            + "delivered.", valueName: "state"))
    var state: [DeliveryState] = []

    @Option(name: .long, help: ArgumentHelp("Only the deliveries of this alert id.", valueName: "id"))
    var alert: String?

    func filter(defaultStates: [DeliveryState], limit: Int? = nil) -> DeliveryFilter {
        DeliveryFilter(sink: endpoint, states: state.isEmpty ? defaultStates : state, alertID: alert, limit: limit)
    }
}
