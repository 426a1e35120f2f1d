import Foundation
import Testing

extension DaemonProcesses {
    /// Issue 14: every problem with the state or log paths is a configuration problem: `parley run` exits 78
    /// (EX_CONFIG, which the unit's `RestartPreventExitStatus=78` does not restart) and `check-config` refuses
    /// the config (exit 1), both naming the path. The cases hold as root too (no reliance on permissions).
    @Suite("Unusable state and log paths")
    struct StatePathExitTests {
        enum Case: String, CaseIterable, Sendable {
            case stateUnderAFile, stateNotWritable, logUnderAFile, logNotWritable, databaseIsGarbage,
                 databaseIsADirectory, databaseCorruptPastItsHeader
        }

        /// Sets the case up in `directory`; returns (state_directory, alert_log, what the message must say,
        /// whether check-config can tell without opening the database).
        static func arrange(_ kind: Case, in directory: TestDirectory) throws
            -> (state: String, log: String, says: String, checkSees: Bool) {
            try directory.write("plain-file", "not a directory\n")
            let state = directory.path("state")
            let log = directory.path("log/alerts.jsonl")
            let database = state + "/parley.sqlite"
            switch kind {
            case .stateUnderAFile:
                return (directory.path("plain-file/state"), log, "plain-file is not a directory", true)
            case .stateNotWritable:
                // procfs refuses to create files, even for root.
                return ("/proc", log, "state_directory /proc is not writable", true)
            case .logUnderAFile:
                return (state, directory.path("plain-file/log/alerts.jsonl"), "plain-file is not a directory", true)
            case .logNotWritable:
                return (state, "/proc/parley-alerts.jsonl", "alert_log directory /proc is not writable", true)
            case .databaseIsGarbage:
                try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
                try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: database))
                return (state, log, "is not an SQLite database", true)
            case .databaseIsADirectory:
                try FileManager.default.createDirectory(atPath: database, withIntermediateDirectories: true)
                return (state, log, "parley.sqlite is a directory", true)
            case .databaseCorruptPastItsHeader:
                try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
                var bytes = Data("SQLite format 3\0".utf8)
                bytes.append(Data(repeating: 0xA5, count: 8192))
                try bytes.write(to: URL(fileURLWithPath: database))
                return (state, log, "cannot open the state", false)
            }
        }

        @Test(.timeLimit(.minutes(2)), DaemonProcess.available, arguments: Case.allCases)
        func unusablePathExits78(kind: Case) async throws {
            let directory = try TestDirectory("state-path")
            let (state, log, says, checkSees) = try Self.arrange(kind, in: directory)
            try directory.write("parley.yaml", """
                model: \(DaemonConfigText.seedModel)
                state_directory: \(state)
                alert_log: \(log)
                limits:
                  allow_private_addresses: true
                feeds:
                  - url: http://127.0.0.1:9/feed.xml

                """)
            let config = directory.path("parley.yaml")

            let run = try DaemonProcess(["run", "--config", config],
                                        stderrPath: directory.url.appendingPathComponent("run.log"))
            let exit = await run.wait(timeout: .seconds(60))
            if exit == nil { await run.kill9() }
            #expect(exit?.status == 78 && exit?.signaled == false,
                    "\(kind): run exited \(String(describing: exit)):\n\(run.output.suffix(2000))")
            #expect(run.output.contains(says), "\(kind): run did not say '\(says)':\n\(run.output.suffix(2000))")
            #expect(!run.output.contains("daemon ready"))

            let check = try DaemonProcess(["check-config", config],
                                          stderrPath: directory.url.appendingPathComponent("check.log"))
            let checked = await check.wait(timeout: .seconds(60))
            if checkSees {
                #expect(checked?.status == 1, "\(kind): check-config exited \(String(describing: checked))")
                #expect(check.output.contains(says), "\(kind): check-config said:\n\(check.output)")
            }
        }

        @Test(DaemonProcess.available) func usablePathsPassCheckConfigWithoutCreatingThem() async throws {
            let directory = try TestDirectory("state-path-ok")
            try directory.write("parley.yaml", """
                model: \(DaemonConfigText.seedModel)
                state_directory: \(directory.path("state"))
                alert_log: \(directory.path("log/alerts.jsonl"))
                feeds:
                  - url: https://news.example/feed.xml

                """)
            let check = try DaemonProcess(["check-config", directory.path("parley.yaml")],
                                          stderrPath: directory.url.appendingPathComponent("check.log"))
            let checked = await check.wait(timeout: .seconds(60))
            #expect(checked?.status == 0, "\(check.output)")
            #expect(!FileManager.default.fileExists(atPath: directory.path("state")))
            #expect(!FileManager.default.fileExists(atPath: directory.path("log")))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("")).sorted()
                    == ["check.log", "parley.yaml"])
        }
    }
}
