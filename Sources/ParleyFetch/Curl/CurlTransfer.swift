import CCurl
import CCurlShim
import Foundation

/// One transfer's mutable state while the curl loop runs it. Confined to the loop thread once submitted (hence
/// `@unchecked Sendable`: it crosses into the loop exactly once, through the loop's locked inbox).
final class CurlTransfer: @unchecked Sendable {
    let id: UInt64
    let spec: TransferSpec
    let hostKey: String
    let enqueuedAt = ContinuousClock.now
    private let completion: @Sendable (TransferResult) -> Void

    var handle: UnsafeMutableRawPointer?
    var startedAt: ContinuousClock.Instant?
    var currentURL: String
    var visited: Set<String>
    var redirects: [RedirectHop] = []

    // Per-hop response state, filled by libcurl's callbacks.
    var status = 0
    var headers: [HTTPHeaderField] = []
    var body = Data()
    var bodyTruncated = false
    var bodyOverflowed = false
    var refusedAddress: String?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    init(id: UInt64, spec: TransferSpec, completion: @escaping @Sendable (TransferResult) -> Void) {
        self.id = id
        self.spec = spec
        self.completion = completion
        self.currentURL = spec.url
        self.visited = [spec.url]
        self.hostKey = Self.hostKey(of: spec.url)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        if let headerList { curl_slist_free_all(headerList) }
        errorBuffer.deallocate()
    }

    /// scheme://host:port, the unit of the per-host limit.
    static func hostKey(of url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        return "\(components.scheme ?? "")://\(components.host?.lowercased() ?? ""):\(components.port ?? 0)"
    }

    var errorMessage: String { String(cString: errorBuffer) }

    func complete(_ result: TransferResult) { completion(result) }

    /// Sets every option for the next hop on `handle` (freshly reset). Options follow libcurl 7.88's
    /// curl_easy_setopt pages; strings are copied by libcurl, the header list must outlive the hop.
    func configure(_ handle: UnsafeMutableRawPointer, hop: Int, remaining: Duration) {
        self.handle = handle
        status = 0
        headers = []
        body = Data()
        bodyOverflowed = false
        refusedAddress = nil
        errorBuffer[0] = 0
        let context = Unmanaged.passUnretained(self).toOpaque()

        setString(handle, CURLOPT_URL, currentURL)
        setLong(handle, CURLOPT_NOSIGNAL, 1)  // threads: no SIGALRM for DNS timeouts
        // Hop 0 may be file:// (demo, tests); redirects lead to http and https only, never file:// or others.
        let protocols = hop == 0 && spec.allowFileURLs ? "http,https,file" : "http,https"
        setString(handle, CURLOPT_PROTOCOLS_STR, protocols)
        setString(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        setLong(handle, CURLOPT_FOLLOWLOCATION, 0)  // redirects are followed here, hop by hop, to check each one
        setString(handle, CURLOPT_ACCEPT_ENCODING, "")  // every encoding this libcurl decodes (gzip, br, zstd)
        setString(handle, CURLOPT_USERAGENT, spec.userAgent)
        setLong(handle, CURLOPT_SSL_VERIFYPEER, 1)
        setLong(handle, CURLOPT_SSL_VERIFYHOST, 2)
        setLong(handle, CURLOPT_CONNECTTIMEOUT_MS, max(1, spec.connectTimeout.milliseconds))
        setLong(handle, CURLOPT_TIMEOUT_MS, max(1, remaining.milliseconds))
        setLong(handle, CURLOPT_LOW_SPEED_LIMIT, spec.lowSpeedBytesPerSecond)
        setLong(handle, CURLOPT_LOW_SPEED_TIME, max(1, Int(spec.lowSpeedTime.components.seconds)))
        if spec.overflow == .fail {
            // Refuses early when Content-Length already says too much; the write callback counts decoded bytes.
            _ = parley_curl_easy_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, Int64(spec.maxBodyBytes))
        }
        _ = parley_curl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)

        _ = parley_curl_easy_setopt_write_function(handle) { data, size, count, context in
            guard let context else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
            return transfer.receiveBody(data, size * count)
        }
        _ = parley_curl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = parley_curl_easy_setopt_header_function(handle) { data, size, count, context in
            guard let context else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
            transfer.receiveHeader(data, size * count)
            return size * count
        }
        _ = parley_curl_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        if !spec.allowPrivateAddresses {
            _ = parley_curl_easy_setopt_opensocket_function(handle) { context, _, address in
                guard let context, let address else { return CURL_SOCKET_BAD }
                let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
                return transfer.openCheckedSocket(address)
            }
            _ = parley_curl_easy_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, context)
        }

        var requestHeaders = spec.headers
        requestHeaders.append(HTTPHeaderField("Expect", ""))  // no 100-continue round trip for POST bodies
        if let headerList { curl_slist_free_all(headerList) }
        headerList = nil
        for field in requestHeaders {
            let line = field.value.isEmpty ? "\(field.name):" : "\(field.name): \(field.value)"
            headerList = curl_slist_append(headerList, line)
        }
        _ = parley_curl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList)

        if let requestBody = spec.body, hop == 0 {
            _ = parley_curl_easy_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, Int64(requestBody.count))
            requestBody.withUnsafeBytes { bytes in
                // COPYPOSTFIELDS copies the bytes (POSTFIELDSIZE set first, so NULs are fine).
                _ = parley_curl_easy_setopt_pointer(
                    handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
            }
            if spec.method != "POST" { setString(handle, CURLOPT_CUSTOMREQUEST, spec.method) }
        } else if spec.method == "HEAD" {
            setLong(handle, CURLOPT_NOBODY, 1)
        } else if spec.method != "GET" {
            setString(handle, CURLOPT_CUSTOMREQUEST, spec.method)
        } else {
            setLong(handle, CURLOPT_HTTPGET, 1)
        }
    }

    /// Body bytes as libcurl decoded them; returning less than `count` aborts the transfer (CURLE_WRITE_ERROR).
    private func receiveBody(_ data: UnsafeMutablePointer<CChar>?, _ count: Int) -> Int {
        guard let data, count > 0 else { return count }
        if spec.followRedirects, (300..<400).contains(status) { return count }  // a redirect's body is not kept
        if body.count + count > spec.maxBodyBytes {
            switch spec.overflow {
            case .fail:
                bodyOverflowed = true
                return 0
            case .truncate:
                let room = spec.maxBodyBytes - body.count
                if room > 0 { body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: room) }
                bodyTruncated = true
                return count
            }
        }
        body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: count)
        return count
    }

    /// Header lines of every response of the hop; a new status line (after 100 Continue) starts a new set.
    private func receiveHeader(_ data: UnsafeMutablePointer<CChar>?, _ count: Int) {
        guard let data, count > 0 else { return }
        let line = String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2)
            status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            headers = []
        } else if let colon = line.firstIndex(of: ":") {
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            headers.append(HTTPHeaderField(name, value))
        }
    }

    private func setString(_ handle: UnsafeMutableRawPointer, _ option: CURLoption, _ value: String) {
        _ = value.withCString { parley_curl_easy_setopt_string(handle, option, $0) }
    }

    private func setLong(_ handle: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Int) {
        _ = parley_curl_easy_setopt_long(handle, option, value)
    }
}
