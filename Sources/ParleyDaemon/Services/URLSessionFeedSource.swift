import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ParleyStore

/// INTERIM (not for main): a plain URLSession source so the daemon runs end to end before ParleyFetch lands.
struct URLSessionFeedSource: FeedSource {
    func poll(_ feed: FeedRoster.Entry, limits: LimitsConfig) async -> PollStep {
        let state = feed.state
        var request = URLRequest(url: URL(string: state.url)!)
        if let etag = state.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        request.timeoutInterval = 5
        let interval = Double(limits.defaultPollInterval.components.seconds)
            + Double(limits.defaultPollInterval.components.attoseconds) / 1e18
        do {
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as? HTTPURLResponse
            var next = state
            next.nextPollAt = Date().addingTimeInterval(interval)
            if http?.statusCode == 304 { return .finished(next, .notModified) }
            guard let http, (200..<300).contains(http.statusCode) else {
                next.errorCount += 1
                next.lastError = "HTTP \(http?.statusCode ?? 0)"
                return .finished(next, .failed(next.lastError!))
            }
            let etag = http.value(forHTTPHeaderField: "ETag")
            let base = next
            return .fetched(FetchedFeed(body: data, charset: nil, documentURL: state.url, success: { _ in
                var ok = base
                ok.etag = etag
                ok.errorCount = 0
                ok.lastError = nil
                return ok
            }, failure: { reason in
                var bad = base
                bad.errorCount += 1
                bad.lastError = reason
                return bad
            }))
        } catch {
            var next = state
            next.errorCount += 1
            next.lastError = "\(error)"
            next.nextPollAt = Date().addingTimeInterval(interval)
            return .finished(next, .failed("\(error)"))
        }
    }
}
