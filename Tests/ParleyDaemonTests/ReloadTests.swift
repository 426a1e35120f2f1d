import Foundation
import ParleyCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// SIGHUP on the real daemon: feeds added and removed and a webhook added without a restart or lost state, a
    /// broken config refused while the daemon keeps running, and logrotate's rename-then-SIGHUP leaving no line
    /// lost or doubled.
    @Suite("Reload and logrotate", .serialized)
    struct ReloadTests {
        @Test(.timeLimit(.minutes(2)), DaemonProcess.available)
        func sighupAddsAndRemovesFeeds() async throws {
            let reports = try FixtureFeed.reports()
            let alpha = Array(reports.prefix(4)), beta = Array(reports.dropFirst(4))
            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.publish(feed: "alpha", reports: alpha)
            newsroom.publish(feed: "beta", reports: beta)
            let expected = try await DaemonRunSupport.expectedAlertIDs([
                (newsroom.feedURL("alpha"), "Newsroom alpha", alpha), (newsroom.feedURL("beta"), "Newsroom beta", beta),
            ])
            #expect(!expected[0].isEmpty && !expected[1].isEmpty)

            let directory = try TestDirectory("reload")
            let configPath = directory.path("parley.yaml")
            let logPath = directory.path("log/alerts.jsonl")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("alpha")], hookURL: nil))
            let daemon = try DaemonProcess(["run", "--config", configPath],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"))
            let alphaDone = await DaemonRunSupport.eventually(timeout: .seconds(20)) {
                Set(DaemonRunSupport.loggedAlertIDs([logPath])) == Set(expected[0])
            }
            #expect(alphaDone, "alpha's alerts were not logged:\n\(daemon.output.suffix(3000))")
            #expect(newsroom.feedRequestCount("beta") == 0)

            // Swap alpha for beta, add a webhook, and reload.
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("beta")], hookURL: newsroom.hookURL))
            daemon.signal(SIGHUP)
            let betaDone = await DaemonRunSupport.eventually(timeout: .seconds(20)) {
                Set(DaemonRunSupport.loggedAlertIDs([logPath])) == Set(expected[0] + expected[1])
            }
            #expect(betaDone, "beta's alerts were not logged after SIGHUP:\n\(daemon.output.suffix(3000))")
            let alphaPolls = newsroom.feedRequestCount("alpha")
            try await Task.sleep(for: .seconds(1))
            #expect(newsroom.feedRequestCount("alpha") <= alphaPolls + 1, "alpha is still polled after its removal")
            #expect(daemon.output.contains("msg=\"config reloaded\""))
            // The webhook added by the reload gets the alerts detected from then on, not the earlier ones.
            let hooked = await DaemonRunSupport.eventually(timeout: .seconds(20)) {
                let delivered = try? DaemonRunSupport.deliveries(newsroom.hookRequests, secret: DaemonConfigText.secret)
                return Set(delivered?.webhookIDs.keys.map { $0 } ?? []) == Set(expected[1])
            }
            #expect(hooked, "the added webhook did not get beta's alerts:\n\(daemon.output.suffix(3000))")

            // A broken config is refused; the daemon keeps running with the previous one.
            try directory.write("parley.yaml", "model: [not, a, path]\nfeeds: 3\n")
            daemon.signal(SIGHUP)
            let refused = await DaemonRunSupport.eventually(timeout: .seconds(10)) {
                daemon.output.contains("reload refused")
            }
            #expect(refused)
            #expect(daemon.process.isRunning)

            daemon.signal(SIGTERM)
            let exit = await daemon.wait(timeout: .seconds(15))
            #expect(exit?.status == 0, "SIGTERM should exit 0:\n\(daemon.output.suffix(2000))")
            let logged = DaemonRunSupport.loggedAlertIDs([logPath])
            #expect(logged.count == Set(logged).count)
        }

        @Test(.timeLimit(.minutes(2)), DaemonProcess.available)
        func logrotateRenameThenSighupLosesAndDoublesNothing() async throws {
            let reports = try FixtureFeed.reports()
            let first = Array(reports.prefix(4)), second = Array(reports.dropFirst(4))
            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.publish(feed: "rotate", reports: first)
            let expected = try await DaemonRunSupport.expectedAlertIDs([
                (newsroom.feedURL("rotate"), "Newsroom rotate", first),
                (newsroom.feedURL("rotate"), "Newsroom rotate", first + second),
            ])

            #expect(!expected[0].isEmpty && !expected[1].isEmpty)
            let directory = try TestDirectory("logrotate")
            let configPath = directory.path("parley.yaml")
            let logPath = directory.path("log/alerts.jsonl")
            let rotatedPath = directory.path("log/alerts.jsonl.1")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("rotate")], hookURL: nil))
            let daemon = try DaemonProcess(["run", "--config", configPath],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"))
            let firstDone = await DaemonRunSupport.eventually(timeout: .seconds(20)) {
                Set(DaemonRunSupport.loggedAlertIDs([logPath])) == Set(expected[0])
            }
            #expect(firstDone, "first alerts not logged:\n\(daemon.output.suffix(3000))")

            // What logrotate does without copytruncate: rename, then postrotate's SIGHUP.
            try FileManager.default.moveItem(atPath: logPath, toPath: rotatedPath)
            daemon.signal(SIGHUP)
            try await Task.sleep(for: .milliseconds(300))
            newsroom.publish(feed: "rotate", reports: second)
            let secondDone = await DaemonRunSupport.eventually(timeout: .seconds(20)) {
                Set(DaemonRunSupport.loggedAlertIDs([logPath])) == Set(expected[1])
            }
            #expect(secondDone, "alerts after the rotation not in the new log:\n\(daemon.output.suffix(3000))")
            daemon.signal(SIGTERM)
            _ = await daemon.wait(timeout: .seconds(15))

            let rotated = DaemonRunSupport.loggedAlertIDs([rotatedPath])
            let current = DaemonRunSupport.loggedAlertIDs([logPath])
            #expect(rotated.sorted() == expected[0].sorted())
            #expect(current.sorted() == expected[1].sorted())
            #expect(Set(rotated).isDisjoint(with: current))
        }
    }
}
