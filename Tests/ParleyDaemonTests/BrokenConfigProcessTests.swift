import Foundation
import Testing

extension DaemonProcesses {
    /// The real executable refuses a broken config: `check-config` and `run` both list every problem with its
    /// line:column and exit non-zero, and `run` starts nothing (no state directory is created).
    @Suite("Broken config on the command line")
    struct BrokenConfigProcessTests {
        static let fixture = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/config/bad-secrets.yaml").path

        @Test(DaemonProcess.available, arguments: [["check-config"], ["run", "--config"]])
        func brokenConfigExitsNonZeroListingEveryProblem(command: [String]) async throws {
            let directory = try TestDirectory("broken")
            let process = try DaemonProcess(command + [Self.fixture],
                                            stderrPath: directory.url.appendingPathComponent("out.log"))
            let exit = try #require(await process.wait(timeout: .seconds(20)))
            #expect(exit.status == (command == ["check-config"] ? 1 : 78))
            let output = process.output
            #expect(output.contains("5 problems"))
            for location in ["bad-secrets.yaml:10:15:", "bad-secrets.yaml:13:15:", "bad-secrets.yaml:16:15:",
                             "bad-secrets.yaml:17:15:", "bad-secrets.yaml:19:9:"] {
                #expect(output.contains(location), "missing \(location) in:\n\(output)")
            }
            let stateDirectory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/config/state").path
            #expect(!FileManager.default.fileExists(atPath: stateDirectory))
        }
    }
}
