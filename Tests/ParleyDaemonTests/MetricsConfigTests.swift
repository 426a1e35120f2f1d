import Foundation
import Testing
@testable import ParleyDaemon

/// The `metrics` section: off unless present, loopback by default, a non-loopback address only with
/// `allow_remote: true`, and a clear problem for anything that is not HOST:PORT.
@Suite struct MetricsConfigTests {
    static func load(_ metrics: String?) throws(DaemonError) -> DaemonConfig {
        let directory = try? TestDirectory("metrics-config")
        var text = "model: \(DaemonConfigText.seedModel)\nstate_directory: \(directory?.path("state") ?? "")\n"
            + "alert_log: \(directory?.path("alerts.jsonl") ?? "")\nfeeds:\n  - https://news.example/feed.xml\n"
        if let metrics { text += "metrics:\n" + metrics }
        try? directory?.write("parley.yaml", text)
        return try ConfigLoader(modelCheck: ModelFileCheck.standard).load(file: directory?.path("parley.yaml") ?? "")
    }

    static func problem(_ metrics: String) -> ConfigProblem? {
        do {
            _ = try load(metrics)
            return nil
        } catch {
            return error.problems.first
        }
    }

    @Test func offUnlessConfigured() throws {
        #expect(try Self.load(nil).metrics == nil)
    }

    @Test(arguments: [
        ("  {}\n", "127.0.0.1", 9464),
        ("  listen: 127.0.0.1:9464\n", "127.0.0.1", 9464),
        ("  listen: 127.0.0.2:0\n", "127.0.0.2", 0),
        ("  listen: localhost:9100\n", "127.0.0.1", 9100),
        ("  listen: \"[::1]:9464\"\n", "::1", 9464),
        ("  listen: 0.0.0.0:9464\n  allow_remote: true\n", "0.0.0.0", 9464),
        ("  listen: \"[::]:9464\"\n  allow_remote: true\n", "::", 9464),
    ])
    func addressesRead(yaml: String, host: String, port: Int) throws {
        let metrics = try #require(try Self.load(yaml).metrics)
        #expect(metrics.host == host)
        #expect(metrics.port == port)
    }

    @Test(arguments: [
        ("  listen: 0.0.0.0:9464\n", "not a loopback address"),
        ("  listen: 192.168.1.10:9464\n  allow_remote: false\n", "not a loopback address"),
        ("  listen: \"[::]:9464\"\n", "not a loopback address"),
        ("  listen: 9464\n", "expected HOST:PORT"),
        ("  listen: metrics.example:9464\n", "expected HOST:PORT"),
        ("  listen: 127.0.0.1:70000\n", "expected HOST:PORT"),
        ("  listen: \"127.0.0.1:\"\n", "expected HOST:PORT"),
        ("  listen: 300.0.0.1:9464\n", "expected HOST:PORT"),
        ("  listn: 127.0.0.1:9464\n", "did you mean 'listen'"),
        ("  allow_remote: maybe\n", "allow_remote"),
    ])
    func badAddressesAreProblems(yaml: String, message: String) throws {
        let problem = try #require(Self.problem(yaml), "accepted: \(yaml)")
        #expect(problem.path.hasPrefix("metrics"))
        #expect(problem.description.contains(message), "\(problem)")
    }
}
