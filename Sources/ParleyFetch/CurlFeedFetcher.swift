import Foundation
import ParleyCore
import Logging

/// The feed fetcher on libcurl: conditional GET, every encoding libcurl decodes, redirects checked hop by hop,
/// hard limits, many feeds at once under a global and a per-host limit (see `FetchConfiguration`).
public final class CurlFeedFetcher: FeedFetcher {
    public let configuration: FetchConfiguration
    private let loop: CurlMultiLoop
    private let logger: Logger

    public init(configuration: FetchConfiguration = FetchConfiguration(), logger: Logger = Logger(label: "parley.fetch")) {
        self.configuration = configuration
        self.logger = logger
        loop = CurlMultiLoop(
            concurrency: configuration.concurrency, perHostConcurrency: configuration.perHostConcurrency)
    }

    deinit { loop.stop() }

    /// Feed documents first, anything else accepted (servers that send text/html for a feed still answer).
    static let accept =
        "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, "
        + "text/xml;q=0.9, */*;q=0.5"

    public func fetch(_ request: FetchRequest) async -> FetchOutcome {
        let url = request.state.url
        let scheme = URLComponents(string: url)?.scheme?.lowercased()
        guard let scheme else {
            return .failed(FetchError(url: url, feedName: request.feedName, reason: .invalidURL))
        }
        guard scheme == "http" || scheme == "https" || (scheme == "file" && configuration.allowFileURLs) else {
            return .failed(
                FetchError(
                    url: url, feedName: request.feedName, reason: .protocolNotAllowed(scheme: scheme, viaRedirect: false)))
        }
        var spec = TransferSpec(url: url, configuration: configuration)
        spec.headers = [HTTPHeaderField("Accept", Self.accept)]
        // RFC 9110 section 13.1: validators from the last 200 make this a conditional GET.
        if let etag = request.state.etag { spec.headers.append(HTTPHeaderField("If-None-Match", etag)) }
        if let lastModified = request.state.lastModified {
            spec.headers.append(HTTPHeaderField("If-Modified-Since", lastModified))
        }
        let result = await CurlRun.run(spec, on: loop)
        let outcome = FetchOutcomeMapper.outcome(for: request, result: result)
        if case .failed(let error) = outcome {
            logger.debug(
                "fetch failed",
                metadata: ["feed.url": "\(url)", "fetch.error": "\(error.shortDescription)"])
        }
        return outcome
    }
}

/// Submits a transfer and waits for it, cancelling it when the calling task is cancelled.
enum CurlRun {
    static func run(_ spec: TransferSpec, on loop: CurlMultiLoop) async -> TransferResult {
        let id = loop.makeID()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<TransferResult, Never>) in
                if Task.isCancelled {
                    continuation.resume(returning: TransferResult(finalURL: spec.url, failure: .cancelled))
                    return
                }
                loop.submit(CurlTransfer(id: id, spec: spec) { continuation.resume(returning: $0) })
            }
        } onCancel: {
            loop.cancel(id)
        }
    }
}
