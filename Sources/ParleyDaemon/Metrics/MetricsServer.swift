import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ParleyStore
import ServiceLifecycle
import Synchronization

/// Serves `GET /metrics` (Prometheus text format) on the `metrics.listen` address; anything else is a 404 (405
/// for another method on `/metrics`). Bound before the services start, so a taken port stops the start with a
/// clear error; closed on shutdown.
///
/// Written on SwiftNIO's HTTP/1.1 codec rather than with a small server package such as FlyingFox: NIO is
/// already built for `ParleyLoopback` (tests, bench, demo), so this adds no package and no build time, and the
/// whole server is one route.
///
/// At most `maxConnections` connections are served at once (a scraper needs one; more are closed as soon as they
/// are accepted) and a kept-alive connection that sends no request for `idleTimeout` is closed, so clients that
/// never hang up cannot pile up sockets and tasks in the daemon.
final class MetricsServer: Service {
    static let defaultMaxConnections = 16
    static let defaultIdleTimeout = TimeAmount.seconds(60)

    private let metrics: DaemonMetrics
    private let store: any StateStore
    /// The configured feeds: only they have per-feed gauges.
    private let roster: FeedRoster
    private let logger: Logger
    private let group: MultiThreadedEventLoopGroup
    private let channel: NIOAsyncChannel<NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, Never>
    /// `host:port` actually bound (the port is the kernel's choice when the config says 0).
    let boundAddress: String
    private let maxConnections: Int
    /// Connections being served.
    private let open = Mutex(0)

    init(config: MetricsConfig, metrics: DaemonMetrics, store: any StateStore, roster: FeedRoster, logger: Logger,
         maxConnections: Int = MetricsServer.defaultMaxConnections,
         idleTimeout: TimeAmount = MetricsServer.defaultIdleTimeout) async throws(DaemonError) {
        self.maxConnections = maxConnections
        self.metrics = metrics
        self.roster = roster
        self.store = store
        self.logger = logger
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 64)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(host: config.host, port: config.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandlers(
                            IdleStateHandler(readTimeout: idleTimeout), CloseWhenIdle())
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(
                            wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            try? await group.shutdownGracefully()
            throw .metrics("cannot listen on \(config.listen): \(error)")
        }
        let port = channel.channel.localAddress?.port ?? config.port
        boundAddress = config.host.contains(":") ? "[\(config.host)]:\(port)" : "\(config.host):\(port)"
    }

    func run() async throws {
        logger.info("metrics endpoint listening", metadata: ["metrics.url": "http://\(boundAddress)/metrics"])
        await withGracefulShutdownHandler { () async -> Void in
            await acceptConnections()
        } onGracefulShutdown: { [channel] in
            channel.channel.close(promise: nil)
        }
        try? await group.shutdownGracefully()
    }

    private func acceptConnections() async {
        await withDiscardingTaskGroup { connections in
            do {
                try await channel.executeThenClose { inbound in
                    for try await connection in inbound {
                        guard admit() else {
                            logger.debug("metrics connection refused: too many open",
                                         metadata: ["metrics.max_connections": "\(maxConnections)"])
                            // Closed through the async channel (closing its channel directly would leave its
                            // writer unfinished, which NIO traps on).
                            connections.addTask { try? await connection.executeThenClose { _, _ in } }
                            continue
                        }
                        connections.addTask {
                            await self.serve(connection)
                            self.open.withLock { $0 -= 1 }
                        }
                    }
                }
            } catch {
                logger.debug("metrics endpoint closed", metadata: ["error": "\(error)"])
            }
            connections.cancelAll()
        }
    }

    /// Counts a new connection in, unless `maxConnections` are open.
    private func admit() -> Bool {
        open.withLock { open in
            guard open < maxConnections else { return false }
            open += 1
            return true
        }
    }

    private func serve(_ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>) async {
        do {
            try await connection.executeThenClose { inbound, outbound async throws -> Void in
                var head: HTTPRequestHead?
                for try await part in inbound {
                    switch part {
                    case .head(let requestHead):
                        head = requestHead
                    case .body:
                        continue
                    case .end:
                        guard let request = head else { continue }
                        let (status, body) = await answer(request)
                        var headers = HTTPHeaders([("Content-Length", String(body.count))])
                        headers.add(name: "Content-Type", value: status == .ok
                                    ? "text/plain; version=0.0.4; charset=utf-8" : "text/plain; charset=utf-8")
                        try await outbound.write(.head(HTTPResponseHead(version: request.version, status: status,
                                                                        headers: headers)))
                        if request.method != .HEAD {
                            try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: body))))
                        }
                        try await outbound.write(.end(nil))
                        if !request.isKeepAlive { return }
                        head = nil
                    }
                }
            }
        } catch {
            logger.debug("metrics connection ended", metadata: ["error": "\(error)"])
        }
    }

    private func answer(_ request: HTTPRequestHead) async -> (HTTPResponseStatus, [UInt8]) {
        let path = request.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard path == "/metrics" else { return (.notFound, Array("not found: try /metrics\n".utf8)) }
        guard request.method == .GET || request.method == .HEAD else {
            return (.methodNotAllowed, Array("only GET /metrics\n".utf8))
        }
        do {
            try await metrics.refresh(from: store, feeds: Set(roster.all.map(\.id)))
        } catch {
            // The counters are still worth serving; the state's gauges keep their last values.
            logger.warning("metrics: cannot read the state", metadata: ["error": "\(error)"])
        }
        return (.ok, metrics.exposition())
    }
}

/// Closes a connection when `IdleStateHandler` reports it idle (no request for the idle timeout).
private final class CloseWhenIdle: ChannelInboundHandler, Sendable {
    typealias InboundIn = NIOAny

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
