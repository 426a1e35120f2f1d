import CCurl
import CCurlShim
import Foundation

/// What to do after one hop of a transfer completed: follow a redirect or finish with a result.
enum CurlHop {
    enum Decision {
        case follow(nextURL: String, remaining: Duration)
        case finished(TransferResult)
    }

    static func evaluate(_ transfer: CurlTransfer, code: CURLcode) -> Decision {
        guard let handle = transfer.handle else {
            return .finished(TransferResult(finalURL: transfer.currentURL, failure: .transfer("no handle")))
        }
        var result = TransferResult(finalURL: transfer.currentURL)
        result.status = transfer.status != 0 ? transfer.status : responseCode(handle)
        result.headers = transfer.headers
        result.body = transfer.body
        result.bodyTruncated = transfer.bodyTruncated
        result.redirects = transfer.redirects
        result.timings = timings(handle, transfer)

        guard code == CURLE_OK else {
            let (reason, isLocal) = CurlErrorMapping.reason(for: code, transfer: transfer, handle: handle)
            result.failure = reason
            result.isLocalFailure = isLocal
            return .finished(result)
        }
        guard transfer.spec.followRedirects, [301, 302, 303, 307, 308].contains(result.status),
            let next = redirectURL(handle)
        else { return .finished(result) }

        transfer.redirects.append(RedirectHop(status: result.status, from: transfer.currentURL, to: next))
        result.redirects = transfer.redirects
        let scheme = URLComponents(string: next)?.scheme?.lowercased() ?? ""
        if scheme != "http" && scheme != "https" {
            result.failure = .protocolNotAllowed(scheme: scheme, viaRedirect: true)
        } else if transfer.visited.contains(next) {
            result.failure = .redirectLoop(url: next)
        } else if transfer.redirects.count > transfer.spec.maxRedirects {
            result.failure = .tooManyRedirects(limit: transfer.spec.maxRedirects)
        }
        let elapsed = ContinuousClock.now - (transfer.startedAt ?? transfer.enqueuedAt)
        let remaining = transfer.spec.totalTimeout - elapsed
        if result.failure == nil && remaining <= .zero { result.failure = .totalTimeout(transfer.spec.totalTimeout) }
        if result.failure != nil { return .finished(result) }
        transfer.visited.insert(next)
        return .follow(nextURL: next, remaining: remaining)
    }

    private static func responseCode(_ handle: UnsafeMutableRawPointer) -> Int {
        var code = 0
        _ = parley_curl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    /// CURLINFO_REDIRECT_URL: the Location resolved against the request URL, even with FOLLOWLOCATION off.
    private static func redirectURL(_ handle: UnsafeMutableRawPointer) -> String? {
        var pointer: UnsafePointer<CChar>?
        guard parley_curl_easy_getinfo_string(handle, CURLINFO_REDIRECT_URL, &pointer) == CURLE_OK,
            let pointer
        else { return nil }
        let url = String(cString: pointer)
        return url.isEmpty ? nil : url
    }

    private static func timings(_ handle: UnsafeMutableRawPointer, _ transfer: CurlTransfer) -> FetchTimings {
        func micros(_ info: CURLINFO) -> Duration {
            var value: Int64 = 0
            _ = parley_curl_easy_getinfo_off_t(handle, info, &value)
            return .microseconds(value)
        }
        var timings = FetchTimings()
        timings.nameLookup = micros(CURLINFO_NAMELOOKUP_TIME_T)
        timings.connect = micros(CURLINFO_CONNECT_TIME_T)
        let appConnect = micros(CURLINFO_APPCONNECT_TIME_T)
        timings.tlsHandshake = appConnect > timings.connect ? appConnect - timings.connect : .zero
        timings.firstByte = micros(CURLINFO_STARTTRANSFER_TIME_T)
        let started = transfer.startedAt ?? transfer.enqueuedAt
        timings.total = ContinuousClock.now - started
        timings.queued = started - transfer.enqueuedAt
        return timings
    }
}
