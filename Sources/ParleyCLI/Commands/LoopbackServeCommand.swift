import ArgumentParser
import Foundation
import ParleyBench
import ParleyLoopback

/// `parley loopback-serve` (hidden): serves the bench feeds on 127.0.0.1 in a process of its own, so that its CPU
/// and memory do not count against the fetcher being measured. Prints the port on the first line of stdout and
/// serves until its standard input closes (so it never outlives the bench that started it).
struct LoopbackServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loopback-serve", abstract: "Serve the bench feeds on 127.0.0.1 (used by parley bench).",
        shouldDisplay: false)

    @Option(help: "Event-loop threads.")
    var threads = 1

    func run() async throws {
        let server = LoopbackServer(threads: threads, recordsRequests: false, handler: BenchFeedServer.handler())
        let port = try await server.start()
        // Written straight to the descriptor: stdout is a pipe, so print() would buffer the port.
        FileHandle.standardOutput.write(Data("\(port)\n".utf8))
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                _ = FileHandle.standardInput.readDataToEndOfFile()
                continuation.resume()
            }
            thread.start()
        }
        await server.shutdown()
    }
}
