/// Deterministic alert ids: FNV-1a (64-bit) over negotiation, report URL, issue and party, so re-processing the
/// same report after a crash yields the same ids (at most one alert per report, issue and party).
enum AlertID {
    static func make(negotiation: String, reportURL: String, issue: String, party: String?) -> String {
        let key = [negotiation, reportURL, issue, party ?? "-"].joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "pa-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
