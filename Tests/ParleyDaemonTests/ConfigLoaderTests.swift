import Foundation
import ParleyStore
import Testing
@testable import ParleyDaemon

/// Config files with one kind of problem each (Fixtures/config, named after the behaviour): every problem is
/// reported with its line:column and setting path, and a valid file yields exactly the values written.
@Suite("Config loading and validation")
struct ConfigLoaderTests {
    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/config")

    static func load(_ name: String) throws(DaemonError) -> DaemonConfig {
        try ConfigLoader(modelCheck: ModelFileCheck.standard)
            .load(file: directory.appendingPathComponent(name).path)
    }

    static func problems(_ name: String) -> [ConfigProblem] {
        do {
            _ = try load(name)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func fullConfigReadsEveryValue() throws {
        let config = try Self.load("valid-full.yaml")
        let base = Self.directory.standardizedFileURL.path
        #expect(config.modelFiles == [base + "/model.json"])
        #expect(config.stateDirectory == base + "/state")
        #expect(config.alertLog == base + "/alerts.jsonl")
        #expect(config.logLevel == .debug)
        #expect(config.limits.concurrency == 4)
        #expect(config.limits.perHostConcurrency == 1)
        #expect(config.limits.connectTimeout == .seconds(5))
        #expect(config.limits.requestTimeout == .seconds(60))
        #expect(config.limits.maxBodyBytes == 2 * 1024 * 1024)
        #expect(config.limits.minPollInterval == .seconds(60))
        #expect(config.limits.maxPollInterval == .seconds(7200))
        #expect(config.limits.allowPrivateAddresses)
        #expect(config.limits.shutdownTimeout == .milliseconds(1500))
        #expect(config.feeds == [
            FeedConfig(url: "https://news.example.org/rss.xml", name: "Example News", interval: .seconds(300),
                       tags: ["wire", "europe"]),
            FeedConfig(url: "http://other.example.net/atom"),
            FeedConfig(url: "file:///srv/feeds/local.xml", tags: ["local"]),
        ])
        #expect(config.webhookRetry.initialDelay == .milliseconds(100))
        #expect(config.webhookRetry.maxDelay == .seconds(2))
        #expect(config.webhookRetry.maxAttempts == 5)
        #expect(config.webhookRetry.timeout == .seconds(3))
        #expect(config.webhooks == [
            WebhookConfig(name: "desk", url: "https://hooks.example.com/parley", format: .generic,
                          secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", headers: ["Authorization": "Bearer abc"]),
            WebhookConfig(name: "https://hooks.slack.com/services/T/B/X", url: "https://hooks.slack.com/services/T/B/X",
                          format: .slack),
        ])
    }

    @Test func minimalConfigTakesDefaults() throws {
        let config = try Self.load("valid-minimal.yaml")
        #expect(config.limits == LimitsConfig())
        #expect(config.logLevel == .info)
        #expect(config.webhooks.isEmpty)
        #expect(config.feeds.map(\.url) == ["https://news.example.org/rss.xml"])
    }

    /// (fixture, [(line, column, path, part of the message)]): every problem, in file order.
    static let brokenCases: [(String, [(Int?, Int?, String, String)])] = [
        ("unknown-keys.yaml", [
            (9, 1, "webhooks", "unknown key 'webhooks'"),
            (5, 3, "limits.concurency", "unknown key 'concurency'; did you mean 'concurrency'?"),
            (8, 5, "feeds[0].intervall", "unknown key 'intervall'"),
        ]),
        ("wrong-types.yaml", [
            (4, 12, "log_level", "unknown log level 'loud'"),
            (6, 16, "limits.concurrency", "expected a whole number, found 'many'"),
            (7, 20, "limits.request_timeout", "expected a duration"),
            (9, 19, "limits.max_body_bytes", "expected a size"),
            (8, 28, "limits.allow_private_addresses", "expected true or false, found 'perhaps'"),
            (11, 10, "feeds[0].url", "expected a text value, found a list"),
            (13, 11, "feeds[1].tags", "expected a list of words, found a mapping"),
        ]),
        ("bad-urls.yaml", [
            (5, 10, "feeds[0].url", "scheme 'ftp' not allowed"),
            (6, 10, "feeds[1].url", "URL has no host"),
            (7, 10, "feeds[2].url", "file URL needs an absolute path"),
            (8, 10, "feeds[3].url", "not a URL"),
            (11, 12, "sinks.webhooks[0].url", "scheme 'file' not allowed"),
        ]),
        ("duplicate-feeds.yaml", [
            (7, 10, "feeds[1].url", "duplicate feed: same URL as feeds[0]"),
            (9, 11, "feeds[2].name", "duplicate feed name 'News'"),
        ]),
        ("missing-model.yaml", [(1, 8, "model", "file not found")]),
        ("not-a-model.yaml", [(1, 8, "model", "not a usable negotiation model")]),
        ("bad-secrets.yaml", [
            (10, 15, "sinks.webhooks[0].secret", "must start with 'whsec_'"),
            (13, 15, "sinks.webhooks[1].secret", "not valid base64"),
            (16, 15, "sinks.webhooks[2].secret", "decodes to 5 bytes"),
            (17, 15, "sinks.webhooks[2].format", "unknown format 'teams'"),
            (19, 9, "sinks.webhooks[2].headers.webhook-id", "set by Parley itself"),
        ]),
        ("yaml-syntax-error.yaml", [(5, 1, "", "YAML syntax")]),
        ("models-and-model.yaml", [(2, 1, "models", "give either model (one file) or models (a list), not both")]),
        ("models-empty.yaml", [(1, 9, "models", "no models: list at least one model file")]),
        ("models-same-negotiation.yaml", [
            (4, 5, "models[2]", "negotiation 'fixture-negotiation' is also the one of models[0]"),
            (5, 5, "models[3]", "duplicate model file: same file as models[0]"),
        ]),
        ("models-broken-entries.yaml", [
            (3, 5, "models[1]", "file not found"),
            (4, 5, "models[2]", "not a usable negotiation model"),
        ]),
        ("models-unknown-negotiation.yaml", [
            (10, 33, "sinks.webhooks[0].negotiations[1]",
             "unknown negotiation 'north-south': the models followed are 'fixture-negotiation', 'east-west'"),
            (13, 21, "sinks.webhooks[1].negotiations", "an empty list would send this webhook nothing"),
        ]),
        ("interval-out-of-bounds.yaml", [
            (5, 22, "limits.min_poll_interval", "10m is longer than max_poll_interval 5m"),
            (9, 15, "feeds[0].interval", "30s is outside limits"),
        ]),
        ("missing-required.yaml", [
            (1, 1, "models", "required"),
            (1, 1, "feeds", "required"),
        ]),
    ]

    @Test(arguments: brokenCases)
    func brokenConfigListsEveryProblemWithItsLocation(fixture: String, expected: [(Int?, Int?, String, String)]) {
        let problems = Self.problems(fixture)
        #expect(problems.count == expected.count, "\(fixture): \(problems.map(\.description))")
        for (line, column, path, message) in expected {
            let match = problems.first { $0.path == path && $0.message.contains(message) }
            #expect(match != nil, "\(fixture): no problem at \(path) saying '\(message)' in \(problems)")
            if let match {
                #expect(match.line == line, "\(fixture) \(path): line")
                #expect(match.column == column, "\(fixture) \(path): column")
                #expect(match.description.hasPrefix(Self.directory.appendingPathComponent(fixture).path
                    + ":\(line.map(String.init) ?? "")"))
            }
        }
    }

    @Test func severalModelsAndWebhookSubscriptions() throws {
        let config = try Self.load("models-valid.yaml")
        let base = Self.directory.standardizedFileURL.path
        #expect(config.modelFiles == [base + "/model.json", base + "/model-east.json"])
        #expect(config.webhooks.map(\.negotiations) == [["east-west"], nil])
        #expect(SinkFactory.sinkRoutes(config) == [
            SinkRoute("log"), SinkRoute("east-desk", negotiations: ["east-west"]), SinkRoute("everything"),
        ])
    }

    /// The bar of issue 12: one daemon config following all four seed negotiations (Config/parley-four.yaml).
    @Test func theFourNegotiationExampleIsValid() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Config/parley-four.yaml").standardizedFileURL.path
        let config = try ConfigLoader(modelCheck: ModelFileCheck.standard).load(file: file)
        #expect(config.modelFiles.map { URL(fileURLWithPath: $0).lastPathComponent } == [
            "russia-ukraine.model.json", "armenia-azerbaijan.model.json", "drc-rwanda.model.json",
            "iran-nuclear.model.json",
        ])
        #expect(config.webhooks.map(\.negotiations) == [
            nil, ["russia-ukraine", "armenia-azerbaijan"], ["drc-rwanda"], ["iran-nuclear"],
        ])
    }

    @Test func oneModelStaysTheOneModelForm() throws {
        let config = try Self.load("valid-minimal.yaml")
        #expect(config.modelFiles == [Self.directory.standardizedFileURL.path + "/model.json"])
    }

    @Test func unreadableFileIsAnError() {
        #expect(throws: DaemonError.self) { try Self.load("no-such-file.yaml") }
    }

    @Test(arguments: [
        ("30s", Duration.seconds(30)), ("15m", .seconds(900)), ("2h", .seconds(7200)), ("1h30m", .seconds(5400)),
        ("250ms", .milliseconds(250)), ("90", .seconds(90)), ("1d", .seconds(86400)), ("0.5s", .milliseconds(500)),
    ])
    func durationsParse(text: String, expected: Duration) {
        #expect(ConfigValues.duration(text) == expected)
    }

    @Test(arguments: ["", "m", "5 fortnights", "-3s", "1h-5m"])
    func badDurationsAreRefused(text: String) {
        #expect(ConfigValues.duration(text) == nil)
    }

    @Test(arguments: [("1024", 1024), ("512KB", 524_288), ("10MB", 10_485_760), ("1GiB", 1_073_741_824)])
    func sizesParse(text: String, expected: Int) {
        #expect(ConfigValues.byteSize(text) == expected)
    }
}
