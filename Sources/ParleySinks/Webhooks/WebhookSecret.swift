import Crypto
import Foundation

/// A Standard Webhooks signing secret: `whsec_` followed by the base64 of the key bytes
/// (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#signature-scheme).
public struct WebhookSecret: Sendable, Hashable {
    /// The raw key bytes (what follows `whsec_`, base64-decoded).
    public let bytes: Data

    public init(_ text: String) throws {
        // The prefix is a convention for humans; the spec's libraries accept the bare base64 too.
        let base64 = text.hasPrefix("whsec_") ? String(text.dropFirst(6)) : text
        guard let bytes = Data(base64Encoded: base64) else { throw SinkError.badSecret("not valid base64") }
        guard !bytes.isEmpty else { throw SinkError.badSecret("empty key") }
        self.bytes = bytes
    }

    public init(bytes: Data) {
        self.bytes = bytes
    }

    /// A new random secret of `count` bytes (the spec recommends 24 to 64).
    public static func random(count: Int = 32) -> WebhookSecret {
        WebhookSecret(bytes: SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Data($0) })
    }

    /// The secret as it is written in a config file.
    public var text: String { "whsec_" + bytes.base64EncodedString() }

    var key: SymmetricKey { SymmetricKey(data: bytes) }
}
