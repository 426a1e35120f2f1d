import Foundation
import Logging
import ParleyTestSupport
import ServiceLifecycle
import Testing
@testable import ParleyDaemon
#if canImport(Glibc)
import Glibc
#endif

/// The metrics endpoint's own HTTP server: it serves at most `maxConnections` connections at once (more are closed
/// on accept) and closes a kept-alive connection idle for `idleTimeout`, so scrapers that never hang up cannot pile
/// up sockets in the daemon.
@Suite("Metrics server connections")
struct MetricsServerConnectionTests {
    @Test(.timeLimit(.minutes(1)))
    func connectionsAreCappedAndIdleOnesClosed() async throws {
        let server = try await MetricsServer(
            config: MetricsConfig(listen: "127.0.0.1:0", host: "127.0.0.1", port: 0), metrics: DaemonMetrics(),
            store: MemoryStateStore(), roster: FeedRoster(), logger: Logger(label: "test"),
            maxConnections: 2, idleTimeout: .milliseconds(600))
        let port = try #require(Int(server.boundAddress.split(separator: ":").last ?? ""))
        let group = ServiceGroup(services: [server], logger: Logger(label: "test"))
        let running = Task { try await group.run() }
        defer { running.cancel() }

        // Two kept-alive scrapers, each answered: both are being served now.
        let first = try RawConnection(port: port), second = try RawConnection(port: port)
        #expect(try first.get("/metrics").hasPrefix("HTTP/1.1 200"))
        #expect(try second.get("/metrics").hasPrefix("HTTP/1.1 200"))
        // A third is closed at once, without an answer.
        let third = try RawConnection(port: port)
        #expect(try third.receive() == "")
        // Idle past the timeout, the two are closed by the server; their slots are free again.
        try await Task.sleep(for: .milliseconds(1200))
        #expect(try first.receive() == "")
        #expect(try second.receive() == "")
        let fourth = try RawConnection(port: port)
        #expect(try fourth.get("/metrics").hasPrefix("HTTP/1.1 200"))

        await group.triggerGracefulShutdown()
        try await running.value
    }
}

/// A plain TCP client to 127.0.0.1 (POSIX sockets, so the test sees exactly when the server closes).
final class RawConnection {
    private let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket: errno \(errno)") }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { close(fd); throw TestFailure("connect: errno \(errno)") }
    }

    deinit { close(fd) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else {
            throw TestFailure("send: errno \(errno)")
        }
    }

    /// What arrives next: "" when the server closed the connection; throws after 5 s of silence.
    func receive() throws -> String {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var count = recv(fd, &buffer, buffer.count, 0)
        while count < 0 && errno == EINTR { count = recv(fd, &buffer, buffer.count, 0) }
        if count == 0 || (count < 0 && errno == ECONNRESET) { return "" }
        guard count > 0 else { throw TestFailure("recv: errno \(errno)") }
        return String(decoding: buffer[..<count], as: UTF8.self)
    }

    /// One kept-alive request; the whole answer (head and Content-Length bytes of body).
    func get(_ path: String) throws -> String {
        try send("GET \(path) HTTP/1.1\r\nHost: t\r\n\r\n")
        var answer = ""
        while true {
            let part = try receive()
            guard !part.isEmpty else { throw TestFailure("closed after \(answer.utf8.count) bytes: \(answer)") }
            answer += part
            guard let end = answer.range(of: "\r\n\r\n") else { continue }
            let length = answer[..<end.lowerBound].split(separator: "\r\n")
                .first { $0.lowercased().hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if answer[end.upperBound...].utf8.count >= length { return answer }
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
