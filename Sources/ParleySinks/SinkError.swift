import Foundation

/// The one error type of ParleySinks: what failed, for which sink, file or endpoint, and why.
public struct SinkError: Error, CustomStringConvertible, Sendable, Equatable {
    enum Code: Sendable, Equatable {
        case logFile, badSecret, badSignature, staleTimestamp, format, transport
    }

    let code: Code
    public let description: String

    static func logFile(_ path: String, _ action: String, errno code: Int32) -> SinkError {
        SinkError(code: .logFile, description: "alert log: cannot \(action) \(path): \(String(cString: strerror(code)))")
    }

    static func badSecret(_ reason: String) -> SinkError {
        SinkError(code: .badSecret, description: "webhook secret: \(reason) (expected whsec_<base64>)")
    }

    static func badSignature(_ reason: String) -> SinkError {
        SinkError(code: .badSignature, description: "webhook signature: \(reason)")
    }

    static func staleTimestamp(_ timestamp: Int64, now: Int64) -> SinkError {
        SinkError(code: .staleTimestamp,
                  description: "webhook signature: timestamp \(timestamp) is \(abs(now - timestamp))s from now, "
                      + "outside the tolerance")
    }

    static func format(_ sink: String, _ reason: String) -> SinkError {
        SinkError(code: .format, description: "webhook \(sink): cannot format the alert: \(reason)")
    }

    public static func transport(_ url: String, _ reason: String) -> SinkError {
        SinkError(code: .transport, description: "webhook \(url): \(reason)")
    }

    public var isBadSignature: Bool { code == .badSignature || code == .staleTimestamp }
}
