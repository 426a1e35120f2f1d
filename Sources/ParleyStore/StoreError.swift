/// The one error type of ParleyStore: what failed, on which database, and why.
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    enum Code: Sendable, Equatable {
        case open, migrate, database, unknownFeed, unknownDelivery, encoding, modelChain
    }

    let code: Code
    public let description: String

    static func open(_ path: String, _ error: any Error) -> StoreError {
        StoreError(code: .open, description: "store: cannot open database \(path): \(error)")
    }

    static func migrate(_ path: String, _ error: any Error) -> StoreError {
        StoreError(code: .migrate, description: "store: cannot migrate database \(path): \(error)")
    }

    static func database(_ path: String, _ operation: String, _ error: any Error) -> StoreError {
        StoreError(code: .database, description: "store: \(operation) failed on \(path): \(error)")
    }

    public static func unknownFeed(_ id: Int64?) -> StoreError {
        StoreError(code: .unknownFeed, description: "store: no feed with id \(id.map(String.init) ?? "nil")")
    }

    public static func unknownDelivery(_ id: Int64) -> StoreError {
        StoreError(code: .unknownDelivery, description: "store: no delivery with id \(id)")
    }

    public static func encoding(_ what: String, _ error: any Error) -> StoreError {
        StoreError(code: .encoding, description: "store: cannot encode \(what): \(error)")
    }

    public static func modelChain(_ negotiation: String, _ reason: String) -> StoreError {
        StoreError(code: .modelChain, description: "store: stored model of '\(negotiation)': \(reason)")
    }

    public var isUnknownFeed: Bool { code == .unknownFeed }
}
