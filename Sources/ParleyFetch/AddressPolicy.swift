/// Decides whether a resolved peer address may be connected to. Feeds come from the internet; a feed URL that
/// resolves to this machine, the LAN or cloud metadata (169.254.169.254) is refused unless the config allows it.
/// Checked on the socket libcurl is about to open, so every redirect hop and every DNS answer is covered.
public enum AddressPolicy {
    /// Why an IPv4 address is special, or nil for an ordinary public address.
    public static func specialUseIPv4(_ bytes: [UInt8]) -> String? {
        guard bytes.count == 4 else { return "malformed" }
        let (a, b) = (bytes[0], bytes[1])
        switch true {
        case a == 0: return "unspecified"  // 0.0.0.0/8
        case a == 10: return "private"  // RFC 1918
        case a == 127: return "loopback"
        case a == 169 && b == 254: return "link-local"
        case a == 172 && (16...31).contains(b): return "private"
        case a == 192 && b == 168: return "private"
        case a == 100 && (64...127).contains(b): return "shared (CGNAT)"  // RFC 6598
        case a == 192 && b == 0 && bytes[2] == 0: return "IETF protocol assignments"
        case a == 198 && (b == 18 || b == 19): return "benchmarking"
        case a >= 224: return "multicast or reserved"
        default: return nil
        }
    }

    /// Why an IPv6 address is special, or nil for an ordinary global address.
    public static func specialUseIPv6(_ bytes: [UInt8]) -> String? {
        guard bytes.count == 16 else { return "malformed" }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF {
            return specialUseIPv4(Array(bytes[12..<16]))  // IPv4-mapped ::ffff:a.b.c.d
        }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) { return bytes[15] == 1 ? "loopback" : "unspecified" }
        if bytes[0] & 0xFE == 0xFC { return "private (ULA)" }  // fc00::/7
        if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 { return "link-local" }  // fe80::/10
        if bytes[0] == 0xFF { return "multicast" }
        if bytes[0..<12].allSatisfy({ $0 == 0 }) { return specialUseIPv4(Array(bytes[12..<16])) }  // IPv4-compatible
        return nil
    }

    static func text(ipv4 bytes: [UInt8]) -> String { bytes.map(String.init).joined(separator: ".") }

    static func text(ipv6 bytes: [UInt8]) -> String {
        stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            .joined(separator: ":")
    }
}
