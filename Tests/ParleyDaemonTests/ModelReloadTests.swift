import Foundation
import ParleyCore
import ParleyDaemon
import ParleyStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension DaemonProcesses {
    /// Issue 12 item 4 on the real daemon: SIGHUP re-reads the model files. An edited vocabulary takes effect, the
    /// facts learned stay (also those the new vocabulary no longer places, logged as warnings), a model removed
    /// from the list stops alerting, and a broken model file is refused with the running config kept.
    @Suite("Model files on reload", .serialized)
    struct ModelReloadTests {
        static let heavyWater = PlainTextReport.parse("""
            url: https://wire.multi.example/2025/07/10/arak
            title: Iran agrees to halt work on Arak heavy water reactor, IAEA says
            outlet: Multi Wire
            published: 2025-07-10T10:00:00Z
            ---
            Iran agreed on Thursday to halt work on the Arak heavy water reactor during the nuclear talks with the \
            United States, the International Atomic Energy Agency said.
            The heavy water reactor will stay shut until a deal is reached, the agency said.
            """, defaultURL: "https://wire.multi.example/arak")

        /// The Iran model file edited: the `missiles` issue (and the file's facts on it) removed, a `heavy-water`
        /// issue added.
        static func editedIran(_ path: String) throws -> Data {
            var model = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
                as? [String: Any])
            let issues = try #require(model["issues"] as? [[String: Any]])
            model["issues"] = issues.filter { $0["id"] as? String != "missiles" } + [[
                "id": "heavy-water", "name": "Heavy water reactor", "covers": "the Arak heavy water reactor",
                "terms": ["heavy water reactor", "heavy water", "Arak reactor"], "severity": "major",
            ]]
            let facts = try #require(model["facts"] as? [[String: Any]])
            model["facts"] = facts.filter { $0["issue"] as? String != "missiles" }
            return try JSONSerialization.data(withJSONObject: model, options: [.prettyPrinted, .sortedKeys])
        }

        @Test(.timeLimit(.minutes(2)), DaemonProcess.available)
        func vocabularyEditsTakeEffectAndLearnedFactsStay() async throws {
            let russia = try FixtureFeed.reports()
            let iran = try FixtureFeed.reports(in: FixtureFeed.multiDirectory)
            let directory = try TestDirectory("model-reload")
            // The model files beside their language and weights files, as installed in /etc/parley.
            for name in ["russia-ukraine.model.json", "iran-nuclear.model.json", "english.language.json",
                         "english.weights.json"] {
                try FileManager.default.copyItem(at: DaemonConfigText.seeds.appendingPathComponent(name),
                                                 to: directory.url.appendingPathComponent(name))
            }
            let russiaFile = directory.path("russia-ukraine.model.json")
            let iranFile = directory.path("iran-nuclear.model.json")
            let missilesFact = try #require(try ModelFiles.load(iranFile).facts.first { $0.issue == "missiles" })

            let newsroom = Newsroom()
            try await newsroom.start()
            defer { Task { await newsroom.shutdown() } }
            newsroom.publish(feed: "wire", reports: [russia[0], iran[0]])
            let logPath = directory.path("log/alerts.jsonl")
            let config = { (models: [String]) in
                DaemonConfigText.make(directory: directory, models: models, feeds: [newsroom.feedURL("wire")],
                                      hooks: [])
            }
            try directory.write("parley.yaml", config([russiaFile, iranFile]))
            let daemon = try DaemonProcess(["run", "--config", directory.path("parley.yaml")],
                                           stderrPath: directory.url.appendingPathComponent("daemon.log"))
            let bothAlerted = await DaemonRunSupport.eventually(timeout: .seconds(20)) {
                Set(DaemonRunSupport.loggedNegotiations(logPath).values) == ["russia-ukraine", "iran-nuclear"]
            }
            #expect(bothAlerted, "both negotiations should alert first:\n\(daemon.output.suffix(3000))")
            let learnedAlert = try #require(DaemonRunSupport.loggedNegotiations(logPath)
                .first { $0.value == "iran-nuclear" }?.key)

            // Edit Iran's vocabulary, stop following Russia, reload.
            try Self.editedIran(iranFile).write(to: URL(fileURLWithPath: iranFile))
            try directory.write("parley.yaml", config([iranFile]))
            daemon.signal(SIGHUP)
            let reloaded = await DaemonRunSupport.eventually(timeout: .seconds(10)) {
                daemon.output.contains("msg=\"config reloaded\"")
            }
            #expect(reloaded, "no reload:\n\(daemon.output.suffix(3000))")
            #expect(daemon.output.contains("no longer placed by the model file's vocabulary"))
            #expect(daemon.output.contains("fact.id=\(missilesFact.id)"), "the orphaned fact is not named")
            #expect(daemon.output.contains("negotiations.removed=russia-ukraine"))

            // The new issue alerts; Russia's news no longer does.
            newsroom.publish(feed: "wire", reports: [russia[2], Self.heavyWater])
            let newIssue = await DaemonRunSupport.eventually(timeout: .seconds(20)) {
                DaemonRunSupport.loggedRecords(logPath).contains { $0["issue"] as? String == "heavy-water" }
            }
            #expect(newIssue, "the added issue did not alert:\n\(daemon.output.suffix(3000))")
            try await Task.sleep(for: .milliseconds(500))
            let records = DaemonRunSupport.loggedRecords(logPath)
            #expect(!records.contains { ($0["report"] as? [String: Any])?["url"] as? String == russia[2].url },
                    "a negotiation removed from models still alerts")
            #expect(records.filter { $0["negotiation"] as? String == "russia-ukraine" }.count == 1)

            // A broken model file is refused; the daemon keeps the running config.
            try directory.write("iran-nuclear.model.json", "{\"id\": \"iran-nuclear\", \"issues\": 3}")
            daemon.signal(SIGHUP)
            let refused = await DaemonRunSupport.eventually(timeout: .seconds(10)) {
                daemon.output.contains("reload refused")
            }
            #expect(refused, "a broken model file was not refused:\n\(daemon.output.suffix(3000))")
            #expect(daemon.process.isRunning)
            daemon.signal(SIGTERM)
            let exit = await daemon.wait(timeout: .seconds(15))
            #expect(exit?.status == 0, "SIGTERM should exit 0:\n\(daemon.output.suffix(2000))")

            // The learned state kept every fact: the one learned before the edit and the one the edit orphaned,
            // whose issue stays (retired) so the stored version still loads.
            let store = try SQLiteStateStore(directory: directory.path("state"))
            defer { try? store.close() }
            let stored = try #require(try await store.latestModelVersion(negotiation: "iran-nuclear"))
            let model = try NegotiationModel.load(from: stored.model,
                                                  language: ModelFiles.language(besideModel: russiaFile))
            #expect(model.facts.contains { $0.id == learnedAlert + "-f" }, "a fact learned before the edit was lost")
            #expect(model.facts.contains { $0.id == missilesFact.id }, "the orphaned fact was dropped")
            #expect(model.issue("missiles")?.terms.isEmpty == true)
            #expect(model.issue("heavy-water") != nil)
        }
    }
}
