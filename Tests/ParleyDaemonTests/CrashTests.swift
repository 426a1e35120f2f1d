import Foundation
import ParleyCore
import ParleyTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// THE crash test (issue 7): the real `parley run` against a loopback news site that publishes new reports over
    /// time and a loopback webhook receiver that fails some requests, SIGKILLed at random moments 24 times and
    /// restarted. At the end the alert log holds every expected alert exactly once, and the receiver has every alert
    /// at least once, each alert's retries under one webhook-id, every signature valid.
    @Suite("Crash safety", .serialized)
    struct CrashTests {
        @Test(.timeLimit(.minutes(3)), DaemonProcess.available)
        func sigkillAtRandomMomentsLosesNothingAndDuplicatesNothing() async throws {
            let reports = try FixtureFeed.reports()
            let newsroom = Newsroom(failEvery: 4, slowEvery: 3)
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            // Spread over the kill phase, so items arrive while the daemon is being killed and restarted.
            newsroom.schedule(feed: "crash", reports: reports, offset: .milliseconds(300), step: .milliseconds(1800))

            let directory = try TestDirectory("crash")
            let configPath = directory.path("parley.yaml")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, feeds: [newsroom.feedURL("crash")], hookURL: newsroom.hookURL))
            let expected = try await DaemonRunSupport.expectedAlertIDs(
                feedURL: newsroom.feedURL("crash"), feedTitle: "Newsroom crash", reports: reports)
            #expect(expected.count >= 4, "the fixture reports should make several alerts, made \(expected.count)")

            let seed = UInt64.random(in: 0...UInt64.max)
            var random = SplitMix(seed: seed)
            print("crash test: random seed \(seed), \(reports.count) reports, \(expected.count) expected alerts")
            let stderrPath = directory.url.appendingPathComponent("daemon.log")
            var kills = 0
            while kills < 24 {
                let daemon = try DaemonProcess(["run", "--config", configPath], stderrPath: stderrPath)
                // Anywhere from mid-startup to well into polling, committing and delivering.
                try await Task.sleep(for: .milliseconds(Int64(random.next() % 1400) + 30))
                await daemon.kill9()
                kills += 1
            }

            // The last run: until everything is published, logged and delivered, then a clean SIGTERM.
            let daemon = try DaemonProcess(["run", "--config", configPath],
                                           stderrPath: directory.url.appendingPathComponent("daemon-final.log"))
            let logPath = directory.path("log/alerts.jsonl")
            let settled = await DaemonRunSupport.eventually(timeout: .seconds(60)) {
                // Ready first: a SIGTERM before the signal handlers exist would take the default action.
                guard daemon.output.contains("msg=\"daemon ready\""), newsroom.allPublished else { return false }
                let logged = DaemonRunSupport.loggedAlertIDs([logPath])
                let delivered = (try? DaemonRunSupport.deliveries(newsroom.hookRequests, secret: DaemonConfigText.secret))
                return Set(logged).isSuperset(of: expected)
                    && Set(delivered?.webhookIDs.keys.map { $0 } ?? []).isSuperset(of: expected)
            }
            daemon.signal(SIGTERM)
            let exit = await daemon.wait(timeout: .seconds(15))
            if exit == nil { await daemon.kill9() }

            let logged = DaemonRunSupport.loggedAlertIDs([logPath])
            let deliveries = try DaemonRunSupport.deliveries(newsroom.hookRequests, secret: DaemonConfigText.secret)
            let killedOutput = (try? String(contentsOf: stderrPath, encoding: .utf8)) ?? ""
            print("crash test: \(kills) kills; alert batches committed before a kill: "
                  + "\(killedOutput.components(separatedBy: "msg=\"new alerts\"").count - 1); log recoveries after a "
                  + "crash: \(killedOutput.components(separatedBy: "recovered lines written before a crash").count - 1); "
                  + "webhook requests: \(newsroom.hookRequests.count) for \(deliveries.webhookIDs.count) alerts")
            #expect(settled, "not every alert was logged and delivered in time; daemon output:\n\(daemon.output.suffix(4000))")
            #expect(kills >= 20)
            #expect(exit?.status == 0 && exit?.signaled == false,
                    "SIGTERM should exit 0, got \(String(describing: exit)):\n\(daemon.output.suffix(3000))")
            #expect(logged.count == Set(logged).count, "duplicate lines in the alert log: \(logged)")
            #expect(Set(logged) == Set(expected), "logged \(logged.sorted()) expected \(expected.sorted())")
            #expect(Set(deliveries.webhookIDs.keys).isSuperset(of: expected))
            for (alertID, webhookIDs) in deliveries.webhookIDs {
                #expect(webhookIDs.count == 1, "alert \(alertID) delivered under several webhook-ids: \(webhookIDs)")
            }
            #expect(deliveries.badSignatures.isEmpty, "\(deliveries.badSignatures)")
            #expect(deliveries.undecodable == 0)
        }
    }
}
