import ArgumentParser
import Foundation
import ParleyStore

/// `parley deliveries list`: one line per delivery (or one JSON object per line with `--json`), oldest first.
struct DeliveriesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List deliveries: pending, failed and dead ones unless --state says otherwise.")

    @OptionGroup var state: StateOptions
    @OptionGroup var filters: DeliveryFilterOptions

    @Flag(name: .long, help: "One JSON object per line, with the endpoint's whole kept answer.")
    var json = false

    @Option(name: .long, help: "At most this many deliveries.")
    var limit: Int = 1000

    func run() async throws {
        let store = try state.openStore()
        let deliveries = try await store.deliveries(
            matching: filters.filter(defaultStates: [.pending] + DeliveryState.deadLetters, limit: limit))
        if json {
            for delivery in deliveries { print(try Self.jsonLine(delivery)) }
            return
        }
        guard !deliveries.isEmpty else {
            FileHandle.standardError.write(Data("no deliveries match\n".utf8))
            return
        }
        print(["ID", "STATE", "ENDPOINT", "ALERT", "ATTEMPTS", "STATUS", "NEXT ATTEMPT", "ERROR"]
            .joined(separator: "\t"))
        for delivery in deliveries { print(Self.row(delivery)) }
    }

    static func row(_ delivery: Delivery) -> String {
        let next = delivery.state == .pending ? delivery.nextAttemptAt.formatted(.iso8601) : "-"
        var error = delivery.lastError ?? "-"
        if let response = delivery.lastResponse, !response.isEmpty {
            error += ": " + String(response.prefix(120)).replacingOccurrences(of: "\n", with: " ")
        }
        return [String(delivery.id ?? 0), delivery.state.rawValue, delivery.sink, delivery.alertID,
                String(delivery.attempts), delivery.lastStatus.map(String.init) ?? "-", next, error]
            .joined(separator: "\t")
    }

    static func jsonLine(_ delivery: Delivery) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(delivery), as: UTF8.self)
    }
}
