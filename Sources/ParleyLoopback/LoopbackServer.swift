import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// Answers one request; runs as a Swift task, so it may suspend (sleep, await an actor holding test state).
public typealias LoopbackHandler = @Sendable (LoopbackRequest) async -> LoopbackResponse

/// A small HTTP/1.1 server on a loopback address and an ephemeral port, for tests, `parley bench` and the demo.
///
/// It serves whatever the handler returns, including slow, trickling, endless and silent responses (see
/// `LoopbackResponse`), keeps connections alive as HTTP/1.1 clients expect, and records every request so it can
/// stand in for a webhook receiver. It binds only to 127.0.0.0/8 or ::1: nothing here ever listens beyond the machine.
public final class LoopbackServer: Sendable {
    private struct State: Sendable {
        var group: MultiThreadedEventLoopGroup?
        var serverChannel: (any Channel)?
        var acceptTask: Task<Void, Never>?
        var port: Int?
        var requests: [LoopbackRequest] = []
        var requestCount = 0
        var connectionCount = 0
    }

    private let host: String
    private let threads: Int
    private let recordsRequests: Bool
    private let handler: LoopbackHandler
    private let state = Mutex(State())

    /// - Parameters:
    ///   - host: a loopback address to bind (127.0.0.1 by default; any 127.x.y.z or ::1).
    ///   - threads: event-loop threads (1 is plenty for tests; the bench server uses more).
    ///   - recordsRequests: keep every request for `recordedRequests` (turn off for long benchmark runs).
    ///   - handler: produces the response for each request.
    public init(
        host: String = "127.0.0.1", threads: Int = 1, recordsRequests: Bool = true,
        handler: @escaping LoopbackHandler
    ) {
        self.host = host
        self.threads = max(1, threads)
        self.recordsRequests = recordsRequests
        self.handler = handler
    }

    /// Binds and starts accepting; returns the port (ephemeral unless `port` is given).
    @discardableResult
    public func start(port: Int = 0) async throws -> Int {
        guard host.hasPrefix("127.") || host == "::1" || host == "localhost" else {
            throw LoopbackError("refusing to bind \(host): the loopback server listens on loopback addresses only")
        }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let server: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>
        do {
            server = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 1024)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
                .bind(host: host, port: port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(
                            wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            try? await group.shutdownGracefully()
            throw LoopbackError("cannot bind \(host):\(port): \(error)")
        }
        let boundPort = server.channel.localAddress?.port ?? port
        let task = Task { [self] in
            await withDiscardingTaskGroup { connections in
                try? await server.executeThenClose { inbound in
                    for try await connection in inbound {
                        let number = state.withLock { state -> Int in
                            state.connectionCount += 1
                            return state.connectionCount
                        }
                        connections.addTask { await self.serve(connection, number: number) }
                    }
                }
                connections.cancelAll()
            }
        }
        state.withLock {
            $0.group = group
            $0.serverChannel = server.channel
            $0.acceptTask = task
            $0.port = boundPort
        }
        return boundPort
    }

    /// Stops accepting, ends every open connection (including stalled and endless ones) and frees the threads.
    public func shutdown() async {
        let (group, channel, task) = state.withLock { state in
            defer {
                state.group = nil
                state.serverChannel = nil
                state.acceptTask = nil
            }
            return (state.group, state.serverChannel, state.acceptTask)
        }
        task?.cancel()
        try? await channel?.close()
        // Let cancelled connections close their channels before the event loops go away; a connection that
        // ignores cancellation for two seconds is closed by the loop shutdown instead.
        if let task {
            await withTaskGroup(of: Void.self) { race in
                race.addTask { await task.value }
                race.addTask { try? await Task.sleep(for: .seconds(2)) }
                await race.next()
                race.cancelAll()
            }
        }
        try? await group?.shutdownGracefully()
        await task?.value
    }

    /// The bound port, once started.
    public var port: Int? { state.withLock { $0.port } }

    /// `http://HOST:PORT` of the running server.
    public var baseURL: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "http://\(hostPart):\(port ?? 0)"
    }

    /// An absolute URL on this server for `path` (which starts with `/`).
    public func url(_ path: String) -> String { baseURL + path }

    /// Every request received so far, in arrival order (empty when recording is off).
    public var recordedRequests: [LoopbackRequest] { state.withLock { $0.requests } }

    /// How many requests and connections the server has seen (counted even when recording is off).
    public var requestCount: Int { state.withLock { $0.requestCount } }
    public var connectionCount: Int { state.withLock { $0.connectionCount } }

    /// Waits until at least `count` requests were recorded or `timeout` passed; returns what was recorded.
    public func waitForRequests(count: Int, timeout: Duration) async -> [LoopbackRequest] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let requests = recordedRequests
            if requests.count >= count { return requests }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return recordedRequests
    }

    func record(_ request: LoopbackRequest) {
        state.withLock { state in
            state.requestCount += 1
            if recordsRequests { state.requests.append(request) }
        }
    }

    func respond(to request: LoopbackRequest) async -> LoopbackResponse {
        await handler(request)
    }
}

/// The module's one error type: what went wrong with which address.
public struct LoopbackError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = "loopback: " + description }
}
