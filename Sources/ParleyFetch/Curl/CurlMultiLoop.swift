import CCurl
import CCurlShim
import Foundation
import Synchronization

/// Runs transfers on one libcurl multi handle in a dedicated thread (the pattern of swift-corelibs-foundation's
/// MultiHandle.swift, without its dispatch sources): many feeds at once, one slow server never stalls the others,
/// connections kept alive in the multi handle's cache, easy handles reused. The global and per-host limits are
/// enforced here, before a transfer reaches libcurl, so queueing time never eats into a transfer's timeouts.
final class CurlMultiLoop: @unchecked Sendable {
    private struct Inbox {
        var submitted: [CurlTransfer] = []
        var cancelled: [UInt64] = []
        var stopping = false
    }

    private let inbox = Mutex(Inbox())
    private let nextID = Atomic<UInt64>(1)
    private let multi: UnsafeMutableRawPointer
    private let concurrency: Int
    private let perHostConcurrency: Int

    // Loop-thread state.
    private var queues: [String: TransferQueue] = [:]
    private var hostOrder: [String] = []
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var activePerHost: [String: Int] = [:]
    private var idleHandles: [UnsafeMutableRawPointer] = []
    private var recentUnmatchedCancels: [UInt64] = []

    init(concurrency: Int, perHostConcurrency: Int) {
        CurlGlobal.initialize()
        multi = curl_multi_init()
        self.concurrency = max(1, concurrency)
        self.perHostConcurrency = max(1, perHostConcurrency)
        // Room in the connection cache for every live transfer plus some idle keep-alive connections.
        _ = parley_curl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, max(16, self.concurrency * 2))
        let thread = Thread { [self] in run() }
        thread.name = "parley.curl"
        thread.start()
    }

    func makeID() -> UInt64 { nextID.wrappingAdd(1, ordering: .relaxed).oldValue }

    /// Queues a transfer; its completion runs exactly once, on the loop thread.
    func submit(_ transfer: CurlTransfer) {
        let accepted = inbox.withLock { inbox -> Bool in
            guard !inbox.stopping else { return false }
            inbox.submitted.append(transfer)
            return true
        }
        if accepted {
            curl_multi_wakeup(multi)
        } else {
            transfer.complete(TransferResult(finalURL: transfer.spec.url, failure: .cancelled))
        }
    }

    func cancel(_ id: UInt64) {
        inbox.withLock { $0.cancelled.append(id) }
        curl_multi_wakeup(multi)
    }

    /// Ends the loop: every queued or running transfer completes as cancelled.
    func stop() {
        inbox.withLock { $0.stopping = true }
        curl_multi_wakeup(multi)
    }

    private func run() {
        while true {
            let (submitted, cancelled, stopping) = inbox.withLock { inbox in
                defer {
                    inbox.submitted = []
                    inbox.cancelled = []
                }
                return (inbox.submitted, inbox.cancelled, inbox.stopping)
            }
            for transfer in submitted { enqueue(transfer) }
            for id in cancelled + recentUnmatchedCancels { cancelTransfer(id) }
            if stopping {
                shutDown()
                return
            }
            startWaiting()
            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            drainMessages()
            // Slots freed by finished transfers go to queued ones at once, not after the next socket event.
            if startWaiting() { continue }
            curl_multi_poll(multi, nil, 0, 1000, nil)
        }
    }

    private func enqueue(_ transfer: CurlTransfer) {
        if let index = recentUnmatchedCancels.firstIndex(of: transfer.id) {
            recentUnmatchedCancels.remove(at: index)
            transfer.complete(TransferResult(finalURL: transfer.spec.url, failure: .cancelled))
            return
        }
        if queues[transfer.hostKey] == nil {
            queues[transfer.hostKey] = TransferQueue()
            hostOrder.append(transfer.hostKey)
        }
        queues[transfer.hostKey]?.push(transfer)
    }

    /// Moves queued transfers into libcurl while the limits allow, taking hosts in turn; true if any started.
    @discardableResult
    private func startWaiting() -> Bool {
        var startedAny = false
        var progressed = true
        while progressed && active.count < concurrency && !hostOrder.isEmpty {
            progressed = false
            var remainingHosts: [String] = []
            for host in hostOrder {
                if active.count < concurrency, activePerHost[host, default: 0] < perHostConcurrency,
                    let transfer = queues[host]?.pop()
                {
                    start(transfer)
                    progressed = true
                    startedAny = true
                }
                if queues[host]?.isEmpty == false { remainingHosts.append(host) } else { queues[host] = nil }
            }
            hostOrder = remainingHosts
        }
        return startedAny
    }

    private func start(_ transfer: CurlTransfer) {
        let handle = idleHandles.popLast() ?? curl_easy_init()!
        let now = ContinuousClock.now
        transfer.startedAt = now
        transfer.configure(handle, hop: 0, remaining: transfer.spec.totalTimeout)
        active[handle] = transfer
        activePerHost[transfer.hostKey, default: 0] += 1
        curl_multi_add_handle(multi, handle)
    }

    private func drainMessages() {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                let transfer = active[handle]
            else { continue }
            let code = message.pointee.data.result
            curl_multi_remove_handle(multi, handle)
            switch CurlHop.evaluate(transfer, code: code) {
            case .follow(let nextURL, let remainingTime):
                curl_easy_reset(handle)
                transfer.currentURL = nextURL
                transfer.configure(handle, hop: transfer.redirects.count, remaining: remainingTime)
                curl_multi_add_handle(multi, handle)
            case .finished(let result):
                finish(handle, transfer, result)
            }
        }
    }

    private func finish(_ handle: UnsafeMutableRawPointer, _ transfer: CurlTransfer, _ result: TransferResult) {
        active[handle] = nil
        activePerHost[transfer.hostKey, default: 1] -= 1
        if activePerHost[transfer.hostKey] == 0 { activePerHost[transfer.hostKey] = nil }
        transfer.handle = nil
        curl_easy_reset(handle)
        if idleHandles.count < concurrency { idleHandles.append(handle) } else { curl_easy_cleanup(handle) }
        transfer.complete(result)
    }

    private func cancelTransfer(_ id: UInt64) {
        if let (handle, transfer) = active.first(where: { $0.value.id == id }) {
            curl_multi_remove_handle(multi, handle)
            finish(handle, transfer, TransferResult(finalURL: transfer.currentURL, failure: .cancelled))
            return
        }
        for host in hostOrder {
            if let transfer = queues[host]?.remove(id: id) {
                transfer.complete(TransferResult(finalURL: transfer.spec.url, failure: .cancelled))
                return
            }
        }
        // A cancel can overtake its own submission; remember a few so the transfer is cancelled on arrival.
        if !recentUnmatchedCancels.contains(id) { recentUnmatchedCancels.append(id) }
        if recentUnmatchedCancels.count > 256 { recentUnmatchedCancels.removeFirst(recentUnmatchedCancels.count - 256) }
    }

    private func shutDown() {
        for (handle, transfer) in active {
            curl_multi_remove_handle(multi, handle)
            curl_easy_cleanup(handle)
            transfer.complete(TransferResult(finalURL: transfer.currentURL, failure: .cancelled))
        }
        active = [:]
        for host in hostOrder {
            while let transfer = queues[host]?.pop() {
                transfer.complete(TransferResult(finalURL: transfer.spec.url, failure: .cancelled))
            }
        }
        let late = inbox.withLock { inbox in
            defer { inbox.submitted = [] }
            return inbox.submitted
        }
        for transfer in late { transfer.complete(TransferResult(finalURL: transfer.spec.url, failure: .cancelled)) }
        for handle in idleHandles { curl_easy_cleanup(handle) }
        idleHandles = []
        curl_multi_cleanup(multi)
    }
}

/// A FIFO of transfers for one host.
struct TransferQueue {
    private var items: [CurlTransfer] = []
    private var head = 0

    var isEmpty: Bool { head >= items.count }

    mutating func push(_ transfer: CurlTransfer) { items.append(transfer) }

    mutating func pop() -> CurlTransfer? {
        guard head < items.count else { return nil }
        let transfer = items[head]
        head += 1
        if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        return transfer
    }

    mutating func remove(id: UInt64) -> CurlTransfer? {
        guard let index = items[head...].firstIndex(where: { $0.id == id }) else { return nil }
        return items.remove(at: index)
    }
}

/// curl_global_init once per process, before the first handle (libcurl's rule for threaded programs).
enum CurlGlobal {
    private static let initialized: Bool = {
        parley_curl_global_init_all() == CURLE_OK
    }()

    static func initialize() { _ = initialized }
}
