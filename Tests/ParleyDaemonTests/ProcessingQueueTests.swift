import Foundation
import ParleyFeeds
import Testing
@testable import ParleyDaemon

/// The hand-off between fetch tasks and the single processor: jobs are taken in order, each submitter gets its
/// own result, jobs queued before a close are still handed out, and nothing waits forever after a close.
@Suite("Processing queue")
struct ProcessingQueueTests {
    static let feed = ParsedFeed(format: .rss20, entries: [])

    @Test func jobsAreTakenInOrderAndAnsweredToTheirSubmitter() async throws {
        let queue = ProcessingQueue()
        let first = Task { try await queue.submit(.sinks(["a"])) }
        try await Task.sleep(for: .milliseconds(20))
        let second = Task { try await queue.submit(.feed(Self.feed, feedURL: "https://b.example/", feedID: 2)) }
        try await Task.sleep(for: .milliseconds(20))

        let one = try #require(await queue.next())
        guard case .sinks(let names) = one.job else { Issue.record("first job should be the sinks"); return }
        #expect(names == ["a"])
        one.reply(.success([]))
        let two = try #require(await queue.next())
        guard case .feed(_, let url, let id, _) = two.job else { Issue.record("second job should be the feed"); return }
        #expect(url == "https://b.example/" && id == 2)
        two.reply(.failure(.state("disk full")))

        #expect(try await first.value.isEmpty)
        await #expect(throws: DaemonError.self) { try await second.value }
    }

    @Test func closeDrainsQueuedJobsThenEnds() async throws {
        let queue = ProcessingQueue()
        let queued = Task { try await queue.submit(.sinks(["x"])) }
        try await Task.sleep(for: .milliseconds(20))
        queue.close()
        let job = try #require(await queue.next())
        job.reply(.success([]))
        #expect(try await queued.value.isEmpty)
        #expect(await queue.next() == nil)
        await #expect(throws: DaemonError.self) { try await queue.submit(.sinks([])) }
    }

    @Test func failRemainingAnswersEveryWaitingSubmitter() async throws {
        let queue = ProcessingQueue()
        let a = Task { try await queue.submit(.sinks(["a"])) }
        let b = Task { try await queue.submit(.sinks(["b"])) }
        try await Task.sleep(for: .milliseconds(50))
        queue.failRemaining()
        await #expect(throws: DaemonError.self) { try await a.value }
        await #expect(throws: DaemonError.self) { try await b.value }
    }
}
