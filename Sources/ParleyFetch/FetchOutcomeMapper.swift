import Foundation
import ParleyCore

/// Maps a finished transfer to what the poller needs: body and new validators, not-modified, or a failure.
enum FetchOutcomeMapper {
    static func outcome(for request: FetchRequest, result: TransferResult) -> FetchOutcome {
        let info = makeInfo(request: request, result: result)
        let url = request.state.url
        if let reason = result.failure {
            return .failed(
                FetchError(
                    url: url, feedName: request.feedName, reason: reason, isLocalFailure: result.isLocalFailure,
                    info: result.status == 0 ? nil : info))
        }
        // Stored URL: a chain of only permanent redirects moves the feed; any temporary hop keeps the old URL.
        let storedURL = info.permanentRedirectURL ?? url
        switch result.status {
        case 0, 200...299:  // 0: file://, which has no status
            let newState = FeedHTTPState(
                url: storedURL, etag: result.headers.value(for: "ETag"),
                lastModified: result.headers.value(for: "Last-Modified"))
            let charset = ContentTypeCharset.charset(in: info.contentType) ?? request.charsetHint
            return .fetched(body: result.body, contentCharset: charset, newState: newState, info: info)
        case 304:
            // RFC 9110 section 15.4.5: a 304 may carry updated validators; keep the stored ones otherwise.
            let newState = FeedHTTPState(
                url: storedURL, etag: result.headers.value(for: "ETag") ?? request.state.etag,
                lastModified: result.headers.value(for: "Last-Modified") ?? request.state.lastModified)
            return .notModified(newState: newState, info: info)
        case 410:
            return .failed(FetchError(url: url, feedName: request.feedName, reason: .gone, info: info))
        default:
            return .failed(
                FetchError(url: url, feedName: request.feedName, reason: .httpStatus(result.status), info: info))
        }
    }

    static func makeInfo(request: FetchRequest, result: TransferResult) -> FetchInfo {
        var permanentURL: String?
        for hop in result.redirects {
            guard hop.isPermanent else { break }
            permanentURL = hop.to
        }
        return FetchInfo(
            status: result.status,
            finalURL: result.finalURL,
            permanentRedirectURL: permanentURL,
            redirects: result.redirects,
            headers: result.headers,
            contentType: result.headers.value(for: "Content-Type"),
            retryAfter: result.headers.retryAfter(now: result.receivedAt),
            maxAge: result.headers.cacheMaxAge,
            expires: result.headers.value(for: "Expires").flatMap(HTTPDate.parse),
            bodyBytes: result.body.count,
            timings: result.timings)
    }
}
