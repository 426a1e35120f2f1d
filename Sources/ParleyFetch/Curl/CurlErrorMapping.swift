import CCurl
import CCurlShim
import Foundation

/// Turns a libcurl result code into the specific reason a user can act on (libcurl-errors(3)).
enum CurlErrorMapping {
    static func reason(
        for code: CURLcode, transfer: CurlTransfer, handle: UnsafeMutableRawPointer
    ) -> (FetchError.Reason, isLocal: Bool) {
        let message = transfer.errorMessage.isEmpty
            ? String(cString: curl_easy_strerror(code)) : transfer.errorMessage
        let spec = transfer.spec
        switch code {
        case CURLE_WRITE_ERROR where transfer.bodyOverflowed, CURLE_FILESIZE_EXCEEDED:
            return (.bodyTooLarge(limit: spec.maxBodyBytes), false)
        case CURLE_OPERATION_TIMEDOUT:
            return (timeoutReason(message, spec: spec, handle: handle), false)
        case CURLE_COULDNT_CONNECT:
            if let refused = transfer.refusedAddress { return (.addressNotAllowed(address: refused), false) }
            let error = osErrno(handle)
            if error == ENETUNREACH || error == ENETDOWN { return (.networkDown(message), LocalNetwork.isDown()) }
            if error == ECONNREFUSED { return (.connectionRefused, false) }
            return (.connectionFailed(message), LocalNetwork.isDown())
        case CURLE_COULDNT_RESOLVE_HOST:
            return (.dns(message), LocalNetwork.isDown())
        case CURLE_UNSUPPORTED_PROTOCOL:
            let scheme = URLComponents(string: transfer.currentURL)?.scheme ?? "?"
            return (.protocolNotAllowed(scheme: scheme, viaRedirect: !transfer.redirects.isEmpty), false)
        case CURLE_URL_MALFORMAT:
            return (.invalidURL, false)
        case CURLE_FILE_COULDNT_READ_FILE:
            return (.fileNotReadable(message), false)
        case CURLE_BAD_CONTENT_ENCODING:
            return (.badContentEncoding(message), false)
        case CURLE_ABORTED_BY_CALLBACK:
            return (.cancelled, false)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_ENGINE_NOTFOUND,
            CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_USE_SSL_FAILED:
            return (.tls(message), false)
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
            return (.connectionFailed(message), false)
        default:
            return (.transfer(message), false)
        }
    }

    /// CURLE_OPERATION_TIMEDOUT covers the connect timeout, the total timeout and the low-speed limit; libcurl's
    /// error buffer says which ("Connection timed out after", "Operation too slow", "Operation timed out after").
    private static func timeoutReason(
        _ message: String, spec: TransferSpec, handle: UnsafeMutableRawPointer
    ) -> FetchError.Reason {
        let lowered = message.lowercased()
        if lowered.contains("too slow") {
            return .tooSlow(
                bytesPerSecond: spec.lowSpeedBytesPerSecond, seconds: Int(spec.lowSpeedTime.components.seconds))
        }
        if lowered.contains("resolving timed out") { return .dns(message) }
        var connectMicros: Int64 = 0
        _ = parley_curl_easy_getinfo_off_t(handle, CURLINFO_CONNECT_TIME_T, &connectMicros)
        if lowered.contains("connection timed out") || lowered.contains("connect") && connectMicros == 0 {
            return .connectTimeout(spec.connectTimeout)
        }
        return .totalTimeout(spec.totalTimeout)
    }

    private static func osErrno(_ handle: UnsafeMutableRawPointer) -> Int32 {
        var value = 0
        _ = parley_curl_easy_getinfo_long(handle, CURLINFO_OS_ERRNO, &value)
        return Int32(value)
    }
}
