import Foundation
import Logging
import ParleyStore

/// Keeps one feed's body from crash-looping the daemon (issue 15). Before a fetched body is parsed and processed,
/// the store durably notes which feed and body it is; the note is cleared when processing ends, however it ends.
/// At start, the notes a previous run left make their bodies suspects; a suspect is processed alone (no other
/// body in flight), and a suspect the daemon stops on again while processing it alone is quarantined: skipped,
/// with a warning, until the feed's content changes. Bodies that were merely in flight beside a crashing one are
/// processed normally once their turn alone has passed. Stores without `QuarantineStore` process every body.
struct QuarantineGuard: Sendable {
    let store: any StateStore
    let logger: Logger
    var metrics: DaemonMetrics? = nil

    /// At start: quarantines the bodies the previous runs kept dying on, logs them and every body still
    /// quarantined; returns how many are.
    static func recoverInterrupted(store: any StateStore, logger: Logger) async -> Int {
        guard let quarantine = store as? any QuarantineStore else { return 0 }
        do {
            for body in try await quarantine.quarantineInterrupted(at: Date()) {
                logger.error("body quarantined: the daemon stopped while processing it", metadata: [
                    "feed.url": "\(body.feedURL)", "body.hash": "\(body.bodyHash)",
                    "interruptions": "\(body.interruptions)",
                ])
            }
            let all = try await quarantine.quarantinedBodies()
            for body in all {
                logger.warning("body quarantined until the feed's content changes", metadata: [
                    "feed.url": "\(body.feedURL)", "body.hash": "\(body.bodyHash)",
                    "quarantined_at": "\(body.quarantinedAt.formatted(.iso8601))",
                ])
            }
            return all.count
        } catch {
            logger.error("cannot read the quarantine", metadata: ["error": "\(error)"])
            return 0
        }
    }

    /// Runs `process` on the body unless it is quarantined; then the feed's state is `skipped` (its HTTP
    /// validators stored, so an unchanged body comes back as 304 Not Modified). When the store cannot say whether
    /// the body is quarantined (nor note it), the body waits for the next poll (`unnoted`, no validators kept):
    /// processing it unguarded could let a quarantined body crash the daemon again.
    func guarding(_ body: Data, feedID: Int64, skipped: FeedState, unnoted: (String) -> FeedState,
                  process: () async -> FeedState) async -> FeedState {
        guard let quarantine = store as? any QuarantineStore else { return await process() }
        let hash = Self.hash(body)
        var suspect = false
        do {
            switch try await quarantine.beginProcessing(feedID: feedID, bodyHash: hash, at: Date()) {
            case .quarantined:
                logger.warning("body quarantined: skipped until the feed's content changes", metadata: [
                    "body.hash": "\(hash)",
                ])
                metrics?.polled(.quarantined)
                return skipped
            case .admitted(let isSuspect):
                suspect = isSuspect
            }
        } catch {
            return unnoted("cannot note the body being processed: \(error)")
        }
        // A suspect is processed with no other body in flight, so that a crash now can only be its own.
        await ProcessingGate.shared.enter(exclusive: suspect)
        if suspect {
            logger.warning("processing alone a body the daemon stopped on before", metadata: ["body.hash": "\(hash)"])
            try? await quarantine.markAlone(feedID: feedID)
        }
        TestCrashHook.crashIfRequested(body)
        let state = await process()
        await ProcessingGate.shared.leave(exclusive: suspect)
        do {
            try await quarantine.endProcessing(feedID: feedID)
        } catch {
            logger.error("cannot clear the processing note", metadata: ["error": "\(error)"])
        }
        return state
    }

    /// FNV-1a over the body, with its length: tells bodies of one feed apart (not a security boundary: a
    /// collision could only make a feed's own body skipped).
    static func hash(_ body: Data) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in body {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return String(h, radix: 16) + "-" + String(body.count)
    }
}

/// Test-only crash hook (debug builds only): with `PARLEY_TEST_CRASH_ON_BODY=TEXT` in the environment, the daemon
/// traps as soon as it starts processing a body that contains TEXT, after the processing note is written, as a
/// parser crash would. Release builds have no hook.
enum TestCrashHook {
    static func crashIfRequested(_ body: Data) {
        #if DEBUG
        if let marker = ProcessInfo.processInfo.environment["PARLEY_TEST_CRASH_ON_BODY"], !marker.isEmpty,
           body.range(of: Data(marker.utf8)) != nil {
            fatalError("PARLEY_TEST_CRASH_ON_BODY: test-only crash on a body containing '\(marker)'")
        }
        #endif
    }
}
