import Foundation
@testable import ParleySinks
import Testing

@Suite("Delivery doorbell")
struct DeliveryDoorbellTests {
    @Test("a ring before the wait is remembered once")
    func remembered() async {
        let bell = DeliveryDoorbell()
        bell.ring()
        let start = ContinuousClock.now
        await bell.wait(timeout: .seconds(30))
        #expect(ContinuousClock.now - start < .seconds(10))
        // The ring was used up: the next wait runs to its timeout.
        let second = ContinuousClock.now
        await bell.wait(timeout: .milliseconds(50))
        #expect(ContinuousClock.now - second >= .milliseconds(50))
    }

    @Test("a ring wakes a waiter, and cancellation ends a wait")
    func wakes() async throws {
        let bell = DeliveryDoorbell()
        let waiter = Task { await bell.wait(timeout: .seconds(30)) }
        try await Task.sleep(for: .milliseconds(50))
        let rung = ContinuousClock.now
        bell.ring()
        await waiter.value
        #expect(ContinuousClock.now - rung < .seconds(10))
        let cancelled = Task { await bell.wait(timeout: .seconds(30)) }
        try await Task.sleep(for: .milliseconds(50))
        let start = ContinuousClock.now
        cancelled.cancel()
        await cancelled.value
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
