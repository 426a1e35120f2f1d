import Foundation

/// Tells whether this machine has any route off itself. When a fetch fails to resolve or connect and there is no
/// default route at all, the failure is the machine's, not the feed's, and must not count against the feed.
enum LocalNetwork {
    static func isDown() -> Bool {
        !hasDefaultRoute(ipv4: "/proc/net/route") && !hasDefaultRoute(ipv6: "/proc/net/ipv6_route")
    }

    /// /proc/net/route: "Iface Destination Gateway ..." with hex fields; a default route has Destination 00000000.
    private static func hasDefaultRoute(ipv4 path: String) -> Bool {
        guard let table = try? String(contentsOfFile: path, encoding: .utf8) else { return true }
        return table.split(separator: "\n").dropFirst().contains { line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            return fields.count > 1 && fields[0] != "lo" && fields[1] == "00000000"
        }
    }

    /// /proc/net/ipv6_route: destination (32 hex) and prefix length first; a default route is ::/0 not on lo.
    private static func hasDefaultRoute(ipv6 path: String) -> Bool {
        guard let table = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        return table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            return fields.count >= 10 && fields[1] == "00" && fields[0].allSatisfy({ $0 == "0" })
                && fields.last != "lo" && fields[8] != "00200200"
        }
    }
}
