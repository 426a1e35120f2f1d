/// Shared or exclusive admission to body processing, first come first served: ordinary bodies are processed side
/// by side; a suspect body (see `QuarantineGuard`) waits until none is in flight and holds the others off.
actor ProcessingGate {
    static let shared = ProcessingGate()

    private var sharedCount = 0
    private var exclusive = false
    private var waiting: [(exclusive: Bool, continuation: CheckedContinuation<Void, Never>)] = []

    func enter(exclusive wantsExclusive: Bool) async {
        if waiting.isEmpty, canEnter(wantsExclusive) {
            take(wantsExclusive)
            return
        }
        await withCheckedContinuation { waiting.append((wantsExclusive, $0)) }
    }

    func leave(exclusive wasExclusive: Bool) {
        if wasExclusive { exclusive = false } else { sharedCount -= 1 }
        while let first = waiting.first, canEnter(first.exclusive) {
            waiting.removeFirst()
            take(first.exclusive)
            first.continuation.resume()
        }
    }

    private func canEnter(_ wantsExclusive: Bool) -> Bool {
        wantsExclusive ? !exclusive && sharedCount == 0 : !exclusive
    }

    private func take(_ wantsExclusive: Bool) {
        if wantsExclusive { exclusive = true } else { sharedCount += 1 }
    }
}
