import Foundation
import Logging
import ParleyCore
import ParleyDaemon
import ParleyFeeds
import ParleyLoopback
import ParleySinks
import ParleyStore
import ParleyTestSupport

/// What the daemon tests read back: the alert log, the webhook deliveries, and the alerts expected.
enum DaemonRunSupport {
    /// Alert ids in the JSON-lines log, in file order (every file given, e.g. a rotated one first).
    static func loggedAlertIDs(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").compactMap { line in
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    return "<not JSON: \(line)>"
                }
                return object["id"] as? String
            }
        }
    }

    /// The alerts the pipeline makes from `reports` published on one feed, computed in-process on the store's
    /// in-memory twin: the same parser, mapping, tracker and seed model the daemon uses.
    static func expectedAlertIDs(feedURL: String, feedTitle: String, reports: [Report]) async throws -> [String] {
        try await expectedAlertIDs([(feedURL, feedTitle, reports)]).flatMap { $0 }
    }

    /// The same for several feeds processed one after the other; one list of ids per feed.
    static func expectedAlertIDs(_ feeds: [(url: String, title: String, reports: [Report])]) async throws
        -> [[String]] {
        let store = MemoryStateStore()
        let model = try await ItemProcessor.startingModel(store: store, modelFile: DaemonConfigText.seedModel)
        var processor = ItemProcessor(store: store, model: model, sinks: ["log"], logger: Logger(label: "expected"))
        var result: [[String]] = []
        for (url, title, reports) in feeds {
            let feed = try await store.registerFeed(configURL: url, tags: [])
            let parsed = try FeedParser().parse(Data(FixtureFeed.rss(title: title, reports).utf8), documentURL: url)
            result.append(try await processor.process(parsed, feedURL: url, feedID: feed.id!).map(\.id))
        }
        return result
    }

    /// The alerts the pipeline makes from `reports` on one feed when following the negotiations of `modelFiles`
    /// (in-process, on the store's in-memory twin, as `expectedAlertIDs`).
    static func expectedAlerts(modelFiles: [String], feedURL: String, feedTitle: String, reports: [Report])
        async throws -> [Alert] {
        let store = MemoryStateStore()
        var models: [NegotiationModel] = []
        for file in modelFiles { models.append(try await ItemProcessor.startingModel(store: store, modelFile: file)) }
        var processor = ItemProcessor(store: store, models: models, sinks: ["log"], logger: Logger(label: "expected"))
        let feed = try await store.registerFeed(configURL: feedURL, tags: [])
        let parsed = try FeedParser().parse(Data(FixtureFeed.rss(title: feedTitle, reports).utf8), documentURL: feedURL)
        return try await processor.process(parsed, feedURL: feedURL, feedID: feed.id!)
    }

    /// Every record of the JSON-lines log, in file order.
    static func loggedRecords(_ path: String) -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// (alert id, negotiation) of every line of the JSON-lines log.
    static func loggedNegotiations(_ path: String) -> [String: String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String else { continue }
            result[id] = object["negotiation"] as? String ?? "<none>"
        }
        return result
    }

    /// Webhook deliveries grouped by alert id: the webhook-ids used, and whether every signature verified.
    struct Deliveries {
        var webhookIDs: [String: Set<String>] = [:]
        var badSignatures: [String] = []
        var undecodable = 0
    }

    static func deliveries(_ requests: [LoopbackRequest], secret: String) throws -> Deliveries {
        let key = try WebhookSecret(secret)
        var result = Deliveries()
        for request in requests {
            let body = Data(request.body)
            guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                  let alertID = object["id"] as? String else {
                result.undecodable += 1
                continue
            }
            let webhookID = request.header("webhook-id") ?? ""
            result.webhookIDs[alertID, default: []].insert(webhookID)
            do {
                try StandardWebhooks.verify(id: webhookID, timestamp: request.header("webhook-timestamp") ?? "",
                                            signatures: request.header("webhook-signature") ?? "", body: body,
                                            secret: key)
            } catch {
                result.badSignatures.append("\(alertID): \(error)")
            }
        }
        return result
    }

    /// Polls `condition` every 100 ms until it holds or `timeout` passes; returns whether it held.
    static func eventually(timeout: Duration, _ condition: () async -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return await condition()
    }
}
