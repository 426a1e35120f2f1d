import NIOCore
import NIOHTTP1

extension LoopbackServer {
    /// Reads requests off one connection in order and answers each; keeps the connection for the next request
    /// unless the client or the response asks to close it (RFC 9112 section 9.3).
    func serve(
        _ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, number: Int
    ) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body: [UInt8] = []
            for try await part in inbound {
                switch part {
                case .head(let requestHead):
                    head = requestHead
                    body = []
                case .body(var buffer):
                    body += buffer.readBytes(length: buffer.readableBytes) ?? []
                case .end:
                    guard let requestHead = head else { continue }
                    let request = Self.makeRequest(requestHead, body: body, connection: number)
                    record(request)
                    let response = await respond(to: request)
                    let reusable = try await write(response, for: requestHead, to: outbound)
                    if !reusable || !requestHead.isKeepAlive { return }
                    head = nil
                }
            }
        }
    }

    private static func makeRequest(_ head: HTTPRequestHead, body: [UInt8], connection: Int) -> LoopbackRequest {
        let target = head.uri
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return LoopbackRequest(
            method: head.method.rawValue,
            path: String(parts.first ?? ""),
            query: parts.count > 1 ? String(parts[1]) : nil,
            headers: head.headers.map { LoopbackHeader($0.name, $0.value) },
            body: body,
            connectionNumber: connection)
    }

    /// Writes one response with its behaviour; returns whether the connection can carry another request.
    private func write(
        _ response: LoopbackResponse, for request: HTTPRequestHead,
        to outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>
    ) async throws -> Bool {
        if response.stallBeforeHeaders {
            await Self.sleepUntilCancelled()
            return false
        }
        if response.delayBeforeHeaders > .zero { try await Task.sleep(for: response.delayBeforeHeaders) }

        var headers = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
        // RFC 9110 section 6.4.1: 1xx, 204 and 304 responses and answers to HEAD carry no content.
        let bodyAllowed = !(response.status == 204 || response.status == 304 || (100..<200).contains(response.status))
            && request.method != .HEAD
        var payload: [UInt8] = []
        switch response.body {
        case .bytes(let bytes), .trickle(let bytes, _, _):
            payload = response.encoding == .gzip ? GzipEncoder.encode(bytes) : bytes
            if response.encoding == .gzip { headers.replaceOrAdd(name: "Content-Encoding", value: "gzip") }
            if bodyAllowed, !headers.contains(name: "Content-Length") {
                headers.replaceOrAdd(name: "Content-Length", value: String(payload.count))
            }
        case .endless, .stallAfterHeaders:
            if bodyAllowed, !headers.contains(name: "Content-Length") {
                headers.replaceOrAdd(name: "Transfer-Encoding", value: "chunked")
            }
        }
        let status = HTTPResponseStatus(statusCode: response.status)
        try await outbound.write(.head(HTTPResponseHead(version: request.version, status: status, headers: headers)))
        guard bodyAllowed else {
            try await outbound.write(.end(nil))
            return true
        }

        switch response.body {
        case .bytes:
            if !payload.isEmpty { try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: payload)))) }
        case .trickle(_, let bytesPerChunk, let interval):
            var offset = 0
            while offset < payload.count {
                let end = min(payload.count, offset + max(1, bytesPerChunk))
                try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: payload[offset..<end]))))
                offset = end
                if offset < payload.count { try await Task.sleep(for: interval) }
            }
        case .endless(let chunk, let interval):
            let buffer = ByteBuffer(bytes: chunk.isEmpty ? [0x20] : chunk)
            while !Task.isCancelled {
                try await outbound.write(.body(.byteBuffer(buffer)))
                if interval > .zero { try await Task.sleep(for: interval) }
            }
            return false
        case .stallAfterHeaders:
            await Self.sleepUntilCancelled()
            return false
        }
        try await outbound.write(.end(nil))
        return !headers[canonicalForm: "connection"].contains { $0.lowercased() == "close" }
    }

    private static func sleepUntilCancelled() async {
        while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
    }
}
