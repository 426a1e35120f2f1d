import Foundation
import ParleyStore
import ParleyTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// One clock for the core (issue 14 item 1): the development stream served live from loopback, one item at a
    /// time in order of publication across its ten feeds, to the real `parley run`; its alert log must equal what
    /// `parley replay` prints for the same feed files (ids, issues, parties, in order), with and without SIGKILLs.
    @Suite("Live stream equals replay", .serialized,
           .enabled(if: DevStreamSite.directory != nil, "needs ../shared/eval/dev/feeds beside the repository"))
    struct LiveStreamTests {
        static let seedModel = DaemonConfigText.seedModel

        @Test(.timeLimit(.minutes(3)), DaemonProcess.available)
        func theDaemonAlertsAsTheReplayDoes() async throws {
            try await run(kills: false)
        }

        @Test(.timeLimit(.minutes(3)), DaemonProcess.available)
        func theDaemonAlertsAsTheReplayDoesThoughKilled() async throws {
            try await run(kills: true)
        }

        func run(kills: Bool) async throws {
            let site = try DevStreamSite(directory: try #require(DevStreamSite.directory))
            try await site.start()
            defer { Task { await site.shutdown() } }
            let directory = try TestDirectory(kills ? "live-killed" : "live")
            let expected = try replay(site.feeds.map(\.file.path), directory: directory)
            #expect(expected.count >= 10, "the development stream should alert, replay gave \(expected.count)")

            let configPath = directory.path("parley.yaml")
            try directory.write("parley.yaml", config(directory: directory, feeds: site.feeds.map(site.url)))
            let stderrPath = directory.url.appendingPathComponent("daemon.log")
            var daemon = try DaemonProcess(["run", "--config", configPath], stderrPath: stderrPath)
            #expect(await DaemonRunSupport.eventually(timeout: .seconds(30)) { daemon.output.contains("daemon ready") })
            let store = try SQLiteStateStore(directory: directory.path("state"))
            defer { try? store.close() }

            let seed = UInt64.random(in: 0...UInt64.max)
            var random = SplitMix(seed: seed)
            var killCount = 0, lastKill = -10
            for published in 1...site.itemCount {
                site.publishNext()
                // Now and then, at least three items after the last kill (so a body the kill interrupted has been
                // processed again in between and never becomes a quarantined one), SIGKILL anywhere from just
                // before the new item is fetched to after it is committed, and start again.
                if kills && published - lastKill >= 3 && random.next() % 5 == 0 {
                    try await Task.sleep(for: .milliseconds(Int64(random.next() % 400)))
                    await daemon.kill9()
                    killCount += 1
                    lastKill = published
                    daemon = try DaemonProcess(["run", "--config", configPath], stderrPath: stderrPath)
                }
                let processed = await DaemonRunSupport.eventually(timeout: .seconds(30)) {
                    let seen = (try? await store.status().feeds.reduce(0) { $0 + $1.items }) ?? 0
                    return seen >= published
                }
                let tail = String(daemon.output.suffix(3000))
                try #require(processed, "item \(published) of \(site.itemCount) not processed in 30 s (seed \(seed)):\n\(tail)")
            }
            #expect(await DaemonRunSupport.eventually(timeout: .seconds(30)) {
                DaemonRunSupport.loggedAlertIDs([directory.path("log/alerts.jsonl")]).count >= expected.count
            })
            daemon.signal(SIGTERM)
            if await daemon.wait(timeout: .seconds(15)) == nil { await daemon.kill9() }

            let logged = try alertKeys(String(contentsOfFile: directory.path("log/alerts.jsonl"), encoding: .utf8))
            print("live stream\(kills ? " with \(killCount) SIGKILLs (seed \(seed))" : ""): \(site.itemCount) items, "
                  + "\(logged.count) alerts logged, \(expected.count) replayed")
            let onlyLogged = logged.filter { !expected.contains($0) }, onlyReplayed = expected.filter { !logged.contains($0) }
            #expect(logged == expected, "only logged: \(onlyLogged); only replayed: \(onlyReplayed)")
            #expect(!daemon.output.contains("body quarantined"))
            if kills { #expect(killCount >= 4, "seed \(seed) gave only \(killCount) kills") }
        }

        /// The daemon's config: the ten loopback feeds, polled every 100 ms, every item alerting (`alert_backlog:
        /// all`; nothing is served before the daemon has fetched every feed once anyway).
        func config(directory: TestDirectory, feeds: [String]) -> String {
            """
            model: \(Self.seedModel)
            state_directory: \(directory.path("state"))
            alert_log: \(directory.path("log/alerts.jsonl"))
            alert_backlog: all
            limits:
              concurrency: 4
              allow_private_addresses: true
              connect_timeout: 2s
              request_timeout: 5s
              default_poll_interval: 100ms
              min_poll_interval: 100ms
              max_poll_interval: 300ms
              shutdown_timeout: 5s
            feeds:
            \(feeds.map { "  - url: \($0)" }.joined(separator: "\n"))

            """
        }

        /// `parley replay --model SEED FILES...`: the alerts as "id issue party" lines, in order.
        func replay(_ files: [String], directory: TestDirectory) throws -> [String] {
            let process = Process()
            guard let binary = DaemonProcess.binary else { throw CocoaError(.fileNoSuchFile) }
            process.executableURL = binary
            process.arguments = ["replay", "--model", Self.seedModel] + files
            let output = directory.url.appendingPathComponent("replay.jsonl")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            return try alertKeys(String(contentsOf: output, encoding: .utf8))
        }

        func alertKeys(_ jsonLines: String) throws -> [String] {
            try jsonLines.split(separator: "\n").map { line in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return "\(object["id"] as? String ?? "?") \(object["issue"] as? String ?? "?") "
                    + "\(object["party"] as? String ?? "-")"
            }
        }
    }
}
