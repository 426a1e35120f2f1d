import Foundation
import ParleyCore
import ParleyTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// Issue 12: one daemon following two negotiations (`models:`) on one loopback feed mixing their news, with
    /// two webhook receivers each subscribed to one negotiation: every alert is logged once under its
    /// negotiation, and each receiver gets exactly its negotiation's alerts.
    @Suite("Several negotiations in one daemon", .serialized)
    struct MultiNegotiationDaemonTests {
        static let negotiations = ["russia-ukraine", "iran-nuclear"]

        @Test(.timeLimit(.minutes(2)), DaemonProcess.available)
        func eachAlertLandsUnderItsNegotiationAndWebhook() async throws {
            // Both negotiations' news on one wire, in publication order.
            let reports = try (FixtureFeed.reports() + FixtureFeed.reports(in: FixtureFeed.multiDirectory))
                .sorted { ($0.published ?? .distantPast) < ($1.published ?? .distantPast) }
            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.publish(feed: "wire", reports: reports)
            let models = Self.negotiations.map(DaemonConfigText.seedModel)
            let expected = try await DaemonRunSupport.expectedAlerts(
                modelFiles: models, feedURL: newsroom.feedURL("wire"), feedTitle: "Newsroom wire", reports: reports)
            let expectedIDs = Dictionary(grouping: expected, by: \.negotiation).mapValues { Set($0.map(\.id)) }
            for negotiation in Self.negotiations {
                #expect(!(expectedIDs[negotiation] ?? []).isEmpty, "no \(negotiation) alert expected: a weak test")
            }

            let directory = try TestDirectory("multi")
            let logPath = directory.path("log/alerts.jsonl")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, models: models, feeds: [newsroom.feedURL("wire")],
                hooks: [.init(name: "ru-desk", url: newsroom.hookURL("ru"), negotiations: ["russia-ukraine"]),
                        .init(name: "ir-desk", url: newsroom.hookURL("ir"), negotiations: ["iran-nuclear"])]))
            let daemon = try DaemonProcess(["run", "--config", directory.path("parley.yaml")],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"))
            let allIDs = Set(expected.map(\.id))
            let delivered = await DaemonRunSupport.eventually(timeout: .seconds(30)) {
                guard Set(DaemonRunSupport.loggedNegotiations(logPath).keys) == allIDs else { return false }
                let ru = try? DaemonRunSupport.deliveries(newsroom.hookRequests("ru"), secret: DaemonConfigText.secret)
                let ir = try? DaemonRunSupport.deliveries(newsroom.hookRequests("ir"), secret: DaemonConfigText.secret)
                return Set(ru?.webhookIDs.keys.map { $0 } ?? []) == expectedIDs["russia-ukraine"]
                    && Set(ir?.webhookIDs.keys.map { $0 } ?? []) == expectedIDs["iran-nuclear"]
            }
            // Let any stray delivery arrive before counting.
            try await Task.sleep(for: .milliseconds(500))
            daemon.signal(SIGTERM)
            let exit = await daemon.wait(timeout: .seconds(15))
            #expect(delivered, "alerts not all logged and delivered:\n\(daemon.output.suffix(3000))")
            #expect(exit?.status == 0, "SIGTERM should exit 0:\n\(daemon.output.suffix(2000))")

            // The log: every alert once, under its own negotiation.
            let logged = DaemonRunSupport.loggedAlertIDs([logPath])
            #expect(logged.count == Set(logged).count, "an alert was logged twice")
            let negotiationOf = DaemonRunSupport.loggedNegotiations(logPath)
            for alert in expected {
                #expect(negotiationOf[alert.id] == alert.negotiation, "\(alert.id) logged under the wrong negotiation")
            }
            // Each receiver: its negotiation's alerts, each once, signed; nothing of the other.
            for (hook, negotiation) in [("ru", "russia-ukraine"), ("ir", "iran-nuclear")] {
                let requests = newsroom.hookRequests(hook)
                let got = try DaemonRunSupport.deliveries(requests, secret: DaemonConfigText.secret)
                #expect(Set(got.webhookIDs.keys) == expectedIDs[negotiation], "\(hook) got another negotiation's alerts")
                #expect(requests.count == expectedIDs[negotiation]?.count, "\(hook) got a delivery twice")
                #expect(got.badSignatures.isEmpty && got.undecodable == 0)
            }
            #expect(newsroom.hookRequests.isEmpty)
            #expect(daemon.output.contains("russia-ukraine v") && daemon.output.contains("iran-nuclear v"),
                    "the start line should name both negotiations")
        }

        /// The crash test with two negotiations: SIGKILLed at random moments while items about both arrive, one
        /// item's alerts for every negotiation commit together, so the log ends with every expected alert exactly
        /// once and each subscribed receiver with its negotiation's alerts, none of the other's.
        @Test(.timeLimit(.minutes(3)), DaemonProcess.available)
        func sigkillLosesAndRepeatsNothingForEitherNegotiation() async throws {
            let reports = try (FixtureFeed.reports() + FixtureFeed.reports(in: FixtureFeed.multiDirectory))
                .sorted { ($0.published ?? .distantPast) < ($1.published ?? .distantPast) }
            let newsroom = Newsroom(failEvery: 4, slowEvery: 3)
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.schedule(feed: "wire", reports: reports, offset: .milliseconds(300), step: .milliseconds(1000))
            let models = Self.negotiations.map(DaemonConfigText.seedModel)
            let expected = try await DaemonRunSupport.expectedAlerts(
                modelFiles: models, feedURL: newsroom.feedURL("wire"), feedTitle: "Newsroom wire", reports: reports)
            let expectedIDs = Dictionary(grouping: expected, by: \.negotiation).mapValues { Set($0.map(\.id)) }

            let directory = try TestDirectory("multi-crash")
            let configPath = directory.path("parley.yaml")
            try directory.write("parley.yaml", DaemonConfigText.make(
                directory: directory, models: models, feeds: [newsroom.feedURL("wire")],
                hooks: [.init(name: "ru-desk", url: newsroom.hookURL("ru"), negotiations: ["russia-ukraine"]),
                        .init(name: "ir-desk", url: newsroom.hookURL("ir"), negotiations: ["iran-nuclear"])]))
            let seed = UInt64.random(in: 0...UInt64.max)
            var random = SplitMix(seed: seed)
            print("multi crash test: random seed \(seed), \(reports.count) reports, \(expected.count) expected alerts")
            let stderrPath = directory.url.appendingPathComponent("daemon.log")
            for _ in 0..<12 {
                let daemon = try DaemonProcess(["run", "--config", configPath], stderrPath: stderrPath)
                try await Task.sleep(for: .milliseconds(Int64(random.next() % 1200) + 30))
                await daemon.kill9()
            }
            let daemon = try DaemonProcess(["run", "--config", configPath],
                                           stderrPath: directory.url.appendingPathComponent("daemon-final.log"))
            let logPath = directory.path("log/alerts.jsonl")
            let received = { (hook: String) in
                Set((try? DaemonRunSupport.deliveries(newsroom.hookRequests(hook), secret: DaemonConfigText.secret))?
                    .webhookIDs.keys.map { $0 } ?? [])
            }
            let settled = await DaemonRunSupport.eventually(timeout: .seconds(60)) {
                guard daemon.output.contains("msg=\"daemon ready\""), newsroom.allPublished else { return false }
                return Set(DaemonRunSupport.loggedAlertIDs([logPath])).isSuperset(of: expected.map(\.id))
                    && received("ru").isSuperset(of: expectedIDs["russia-ukraine"] ?? [])
                    && received("ir").isSuperset(of: expectedIDs["iran-nuclear"] ?? [])
            }
            daemon.signal(SIGTERM)
            let exit = await daemon.wait(timeout: .seconds(15))
            if exit == nil { await daemon.kill9() }
            #expect(settled, "not every alert was logged and delivered:\n\(daemon.output.suffix(3000))")
            let logged = DaemonRunSupport.loggedAlertIDs([logPath])
            #expect(logged.count == Set(logged).count, "duplicate lines in the alert log")
            #expect(Set(logged) == Set(expected.map(\.id)))
            #expect(received("ru") == expectedIDs["russia-ukraine"], "ru-desk got another negotiation's alert")
            #expect(received("ir") == expectedIDs["iran-nuclear"], "ir-desk got another negotiation's alert")
        }
    }
}
