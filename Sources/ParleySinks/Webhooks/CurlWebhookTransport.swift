import CCurl
import CCurlShim
import Foundation

/// Posts webhooks through libcurl, one easy handle per request off the cooperative pool (`curl_easy_perform`
/// blocks, and must not block Swift's cooperative pool). Only http and https, no redirects followed (a
/// webhook URL that moved is a configuration to fix, and a redirect must not carry the signed body
/// elsewhere), bounded by the request's timeout. The response body is read and discarded: only the status
/// decides (Standard Webhooks: 2xx is delivered).
///
/// Interim home: the fetch adapter's one-shot request API is meant to carry this later; the protocol
/// `WebhookTransport` keeps the sink independent of where it lives.
public struct CurlWebhookTransport: WebhookTransport {
    public var userAgent: String

    public init(userAgent: String = "Parley/0.1 (webhooks)") {
        self.userAgent = userAgent
        _ = Self.globalInit
    }

    /// curl_global_init is not thread-safe in older libcurl versions: call it once, lazily (Swift globals
    /// are initialised exactly once).
    private static let globalInit: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    public func send(_ request: WebhookRequest) async throws -> WebhookResponse {
        let agent = userAgent
        return try await withCheckedThrowingContinuation { continuation in
            // A serial queue of its own targets dispatch's overcommit pool: a thread is always given, and the
            // blocking call never occupies one of Swift concurrency's cooperative threads.
            DispatchQueue(label: "parley.webhook").async {
                continuation.resume(with: Result { try Self.perform(request, userAgent: agent) })
            }
        }
    }

    static func perform(_ request: WebhookRequest, userAgent: String) throws -> WebhookResponse {
        guard let handle = curl_easy_init() else { throw SinkError.transport(request.url, "curl_easy_init failed") }
        defer { curl_easy_cleanup(handle) }
        var headers: UnsafeMutablePointer<curl_slist>?
        for header in request.headers {
            headers = curl_slist_append(headers, "\(header.name): \(header.value)")
        }
        // libcurl adds "Expect: 100-continue" to larger POSTs; receivers answer faster without it.
        headers = curl_slist_append(headers, "Expect:")
        defer { curl_slist_free_all(headers) }
        let timeout = Int(request.timeout.components.seconds * 1000
                          + request.timeout.components.attoseconds / 1_000_000_000_000_000)
        var codes = [
            parley_curl_easy_setopt_string(handle, CURLOPT_URL, request.url),
            parley_curl_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"),
            parley_curl_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0),
            parley_curl_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1),
            parley_curl_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, timeout),
            parley_curl_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, min(timeout, 10_000)),
            parley_curl_easy_setopt_string(handle, CURLOPT_USERAGENT, userAgent),
            parley_curl_easy_setopt_long(handle, CURLOPT_POST, 1),
            parley_curl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headers),
            parley_curl_easy_setopt_write_function(handle) { _, size, count, _ in size * count },
        ]
        let result: CURLcode = request.body.withUnsafeBytes { body in
            codes.append(parley_curl_easy_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, Int64(body.count)))
            codes.append(parley_curl_easy_setopt_pointer(handle, CURLOPT_POSTFIELDS,
                                                         UnsafeMutableRawPointer(mutating: body.baseAddress)))
            if let failed = codes.first(where: { $0 != CURLE_OK }) {
                return failed
            }
            return curl_easy_perform(handle)
        }
        guard result == CURLE_OK else {
            throw SinkError.transport(request.url, String(cString: curl_easy_strerror(result)))
        }
        var status = 0
        _ = parley_curl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return WebhookResponse(status: status)
    }
}
