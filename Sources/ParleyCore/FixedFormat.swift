import Foundation

/// `String(format:)`'s `%+.1f`, `%.0f` and `%04d` written without Foundation's formatter, which cost more than the
/// scoring around them (every reason of every claim is a formatted weight). Byte for byte what `String(format:)`
/// prints (glibc's printf: the exact binary value rounded half to even), checked against it in `FixedFormatTests`;
/// values it does not cover (not finite, too large to count in tenths exactly) go to `String(format:)` itself.
/// Hand-written: the package mirror has no formatter of this kind.

enum FixedFormat {
    /// `String(format: "%.Nf", value)` (`sign`: `"%+.Nf"`) for `digits` (N) from 0 to 3.
    static func fixed(_ value: Double, digits: Int, sign: Bool = false) -> String {
        let scale: Double = digits == 0 ? 1 : digits == 1 ? 10 : digits == 2 ? 100 : 1000
        let magnitude = value.magnitude
        guard value.isFinite, digits >= 0, digits <= 3, magnitude * scale < 0x1p52 else {
            return String(format: "%\(sign ? "+" : "").\(digits)f", value)
        }
        // The exact magnitude * scale is product + error: fma gives the product's rounding error exactly.
        let product = magnitude * scale
        let error = (-product).addingProduct(magnitude, scale)
        let floor = product.rounded(.down)
        // The sign of (exact value - floor - 0.5): near the half `product - floor - 0.5` is exact and `error` tiny,
        // so adding it cannot flip the sign; zero is an exact tie, which goes to the even neighbour.
        let past = ((product - floor) - 0.5) + error
        var units = Int(floor)
        if past > 0 || past == 0 && units % 2 == 1 { units += 1 }
        var text = String(units)
        if digits > 0 {
            if text.count <= digits { text = String(repeating: "0", count: digits + 1 - text.count) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
        }
        let negative = value.sign == .minus
        return (negative ? "-" : sign ? "+" : "") + text
    }

    /// `String(format: "%0Nd", value)`: at least `width` digits, zeros in front.
    static func padded(_ value: Int, _ width: Int) -> String {
        guard value >= 0 else { return String(format: "%0\(width)d", value) }
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
