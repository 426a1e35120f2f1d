import Foundation

/// Config files for daemon runs in tests: loopback feeds and webhook, fast polling and retries, the seed model.
enum DaemonConfigText {
    static let seedModel = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../seeds/russia-ukraine.model.json").standardizedFileURL.path
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../seeds").standardizedFileURL

    /// A seed model file by negotiation, e.g. `iran-nuclear`.
    static func seedModel(_ name: String) -> String {
        seeds.appendingPathComponent("\(name).model.json").path
    }

    /// The sinks section up to its webhook list: fast retries, for tests.
    static let sinksHeader = """
        sinks:
          retry:
            initial_delay: 100ms
            max_delay: 400ms
            max_attempts: 10000
            timeout: 3s
          webhooks:

        """

    /// A webhook of a multi-negotiation config: its name, URL and the negotiations it takes (nil: all).
    struct Hook {
        var name: String
        var url: String
        var negotiations: [String]?
    }

    /// A config following several negotiations (`models:`), with webhooks subscribed to some of them.
    static func make(directory: TestDirectory, models: [String], feeds: [String], hooks: [Hook],
                     logLevel: String = "info") -> String {
        var text = make(directory: directory, feeds: feeds, hookURL: nil, logLevel: logLevel)
        text = text.replacingOccurrences(of: "model: \(seedModel)\n", with: "models:\n"
            + models.map { "  - \($0)\n" }.joined())
        guard !hooks.isEmpty else { return text }
        text += sinksHeader
        for hook in hooks {
            text += """
                    - name: \(hook.name)
                      url: \(hook.url)
                      secret: \(secret)

                """
            if let negotiations = hook.negotiations {
                text += "      negotiations: [\(negotiations.joined(separator: ", "))]\n"
            }
        }
        return text
    }

    /// `alertBacklog`: the fixture reports are dated 2025 and served as news, so by default every item of a
    /// feed's first fetch alerts (`all`), as before issue 14; nil leaves the daemon's default (48h).
    static func make(directory: TestDirectory, feeds: [String], hookURL: String?, logLevel: String = "info",
                     requestTimeout: String = "5s", alertBacklog: String? = "all") -> String {
        var text = """
            model: \(seedModel)
            state_directory: \(directory.path("state"))
            alert_log: \(directory.path("log/alerts.jsonl"))
            log_level: \(logLevel)

            """
        if let alertBacklog { text += "alert_backlog: \(alertBacklog)\n" }
        text += """
            limits:
              concurrency: 4
              allow_private_addresses: true
              connect_timeout: 2s
              request_timeout: \(requestTimeout)
              default_poll_interval: 150ms
              min_poll_interval: 100ms
              max_poll_interval: 1s
              shutdown_timeout: 5s
            feeds:

            """
        for url in feeds { text += "  - url: \(url)\n" }
        if let hookURL {
            text += sinksHeader + """
                    - name: receiver
                      url: \(hookURL)
                      format: generic
                      secret: \(secret)

                """
        }
        return text
    }
}
