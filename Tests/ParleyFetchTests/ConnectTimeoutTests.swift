import Foundation
import ParleyFetch
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A listener on 127.0.0.1 that never accepts, its accept queue filled: further SYNs are dropped by the kernel, so a
/// client's connect hangs until its own connect timeout. Loopback only, like every network test here.
final class FullBacklogListener {
    let port: Int
    private var descriptors: [Int32] = []

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
        }
        guard bound == 0, listen(listener, 0) == 0 else { throw CocoaError(.featureUnsupported) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        descriptors.append(listener)
        // Fill the accept queue (backlog 0 still admits one or two) with connections nobody accepts.
        for _ in 0..<3 {
            let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            descriptors.append(client)
        }
        usleep(100_000)
    }

    deinit { descriptors.forEach { close($0) } }
}

@Suite struct ConnectTimeoutTests {
    @Test func unansweredConnectHitsTheConnectTimeout() async throws {
        let listener = try FullBacklogListener()
        var configuration = FetchConfiguration.loopbackTest
        configuration.connectTimeout = .seconds(1)
        configuration.lowSpeedTime = .seconds(30)
        let fetcher = CurlFeedFetcher(configuration: configuration)
        let (outcome, elapsed) = await timedFetch(fetcher, FetchRequest(url: "http://127.0.0.1:\(listener.port)/feed"))
        #expect(outcome.error?.reason == .connectTimeout(.seconds(1)))
        #expect(elapsed < .seconds(6))
        withExtendedLifetime(listener) {}
    }
}
