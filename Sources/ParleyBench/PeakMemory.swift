import Foundation
import Glibc

/// Peak resident memory of one piece of work, from the kernel's high-water mark: `/proc/self/clear_refs` with "5"
/// resets `VmHWM` (proc(5)), the work runs, and the growth of `VmHWM` over the resident size before it is the cost.
/// Heap freed by earlier work can be reused without growing the peak, so measure before other work where possible.
public enum PeakMemory {
    /// Bytes by which the process's peak resident size grew while `body` ran (0 when /proc is unavailable).
    public static func measure(_ body: () -> Void) -> Int {
        let reset = (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
        let before = status("VmRSS")
        body()
        let peak = status("VmHWM")
        guard reset, before > 0, peak > 0 else { return 0 }
        return max(0, peak - before)
    }

    /// A `/proc/self/status` field in bytes.
    static func status(_ field: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return digits * 1024
        }
        return 0
    }
}
