import Foundation

/// Wakes a sink's delivery loop as soon as new deliveries are committed, instead of waiting for its next
/// poll of the outbox. A ring while nobody waits is remembered once, so a commit that lands between the
/// loop's "queue empty" check and its wait is never missed.
public final class DeliveryDoorbell: @unchecked Sendable {
    // The lock guards `state`; continuations are resumed outside it.
    private let lock = NSLock()
    private var state = State()

    private struct State {
        var rung = false
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter: UInt64 = 0
    }

    public init() {}

    public func ring() {
        let woken = lock.withLock {
            let woken = state.waiters
            state.waiters.removeAll()
            state.rung = woken.isEmpty
            return woken
        }
        for continuation in woken.values {
            continuation.resume()
        }
    }

    /// Returns when the bell rings, `timeout` passes, or the task is cancelled, whichever is first.
    public func wait(timeout: Duration) async {
        let id = lock.withLock {
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                // Checked under the lock: a cancellation after this point finds the waiter registered.
                let waiting = lock.withLock {
                    if state.rung || Task.isCancelled {
                        state.rung = false
                        return false
                    }
                    state.waiters[id] = continuation
                    return true
                }
                guard waiting else { return continuation.resume() }
                Task { [weak self] in
                    try? await Task.sleep(for: timeout)
                    self?.wake(id)
                }
            }
        } onCancel: {
            wake(id)
        }
    }

    private func wake(_ id: UInt64) {
        let continuation = lock.withLock { state.waiters.removeValue(forKey: id) }
        continuation?.resume()
    }
}
