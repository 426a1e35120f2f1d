import Foundation

/// Feed dates to UTC: RFC 822/1123 as RSS uses it, with the lenient forms real feeds have (no weekday, missing
/// seconds, two-digit years, named and numeric zones), and RFC 3339 / ISO 8601 (W3C-DTF) as Atom and Dublin Core
/// use it. Calendar arithmetic is done here (days from civil) rather than through `Calendar`, which is slow and
/// locale-dependent.
enum DateParser {
    static func parse(_ string: String) -> Date? {
        let s = string.trimmingSpaces()
        guard let first = s.utf8.first else { return nil }
        if first >= 0x30, first <= 0x39, let iso = iso8601(s) { return iso }
        return rfc822(s) ?? iso8601(s)
    }

    // MARK: RFC 822 / RFC 1123

    /// Month from the first three letters, lower-cased and packed into an integer.
    private static func month(_ t: ArraySlice<UInt8>) -> Int? {
        guard t.count >= 3 else { return nil }
        let i = t.startIndex
        let key = (UInt32(t[i] | 0x20) << 16) | (UInt32(t[i + 1] | 0x20) << 8) | UInt32(t[i + 2] | 0x20)
        switch key {
        case 0x6A616E: return 1   // jan
        case 0x666562: return 2   // feb
        case 0x6D6172: return 3   // mar
        case 0x617072: return 4   // apr
        case 0x6D6179: return 5   // may
        case 0x6A756E: return 6   // jun
        case 0x6A756C: return 7   // jul
        case 0x617567: return 8   // aug
        case 0x736570: return 9   // sep
        case 0x6F6374: return 10  // oct
        case 0x6E6F76: return 11  // nov
        case 0x646563: return 12  // dec
        default: return nil
        }
    }

    /// RFC 822 §5 zones plus the names real feeds use; minutes east of UTC.
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
        "mdt": -360, "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120, "a": -60, "n": 60, "m": -720,
        "y": 720,
    ]

    static func rfc822(_ s: String) -> Date? {
        let bytes = Array(s.utf8)
        var day: Int?, month: Int?, year: Int?
        var h = 0, mi = 0, sec = 0
        var offset = 0
        var sawTime = false
        var i = 0
        while i < bytes.count {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x2C || bytes[i] == 0x09 { i += 1 }
            let start = i
            while i < bytes.count, bytes[i] != 0x20, bytes[i] != 0x2C, bytes[i] != 0x09 { i += 1 }
            guard i > start else { break }
            let token = bytes[start..<i]
            let first = token[start]
            if isDigit(first) {
                if token.contains(0x3A) {
                    guard !sawTime else { continue }
                    // hh:mm[:ss], possibly with a zone glued on ("19:48:21+01:00" is rare; ignore the glue).
                    // Each field is read with `appendingDigit`, so a 20-digit hour is refused, not an overflow.
                    var parts: [Int] = [0]
                    for c in token {
                        if c == 0x3A {
                            parts.append(0)
                        } else if isDigit(c) {
                            guard let v = appendingDigit(c, to: parts[parts.count - 1]) else { return nil }
                            parts[parts.count - 1] = v
                        } else {
                            break
                        }
                    }
                    guard parts.count >= 2 else { return nil }
                    h = parts[0]; mi = parts[1]; sec = parts.count > 2 ? parts[2] : 0
                    sawTime = true
                } else {
                    guard let n = number(token) else { return nil }
                    if day == nil, token.count <= 2 { day = n }
                    else if year == nil { year = token.count <= 2 ? (n < 50 ? 2000 + n : 1900 + n) : n }
                    else { return nil }
                }
            } else if first == 0x2B || first == 0x2D {
                if let o = numericOffset(token.dropFirst(), negative: first == 0x2D) { offset = o }
            } else if let m = Self.month(token), month == nil, token.count <= 9 {
                month = m
            } else {
                let lower = String(decoding: token, as: UTF8.self).lowercased()
                if let z = zones[lower] {
                    offset = z
                } else if lower.count > 3, lower.hasPrefix("gmt") || lower.hasPrefix("utc") {
                    let rest = token.dropFirst(3)
                    if let sign = rest.first, sign == 0x2B || sign == 0x2D,
                       let o = numericOffset(rest.dropFirst(), negative: sign == 0x2D) { offset = o }
                }
            }
        }
        guard let d = day, let m = month, let y = year else { return nil }
        return make(y, m, d, h, mi, sec, offsetMinutes: offset)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Digits as a number, or nil when a byte is not a digit or the value passes `maxField` (no date field is
    /// that long, and a feed's `99999999999999999999` must be refused rather than overflow).
    private static func number(_ t: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for c in t {
            guard isDigit(c), let next = appendingDigit(c, to: v) else { return nil }
            v = next
        }
        return v
    }

    /// Largest value any date field is read as; anything longer is not a date.
    static let maxField = 99_999_999

    /// `v * 10 + digit`, or nil past `maxField`: the only way digits from input become numbers here.
    private static func appendingDigit(_ c: UInt8, to v: Int) -> Int? {
        let next = v * 10 + Int(c - 0x30)
        return next <= maxField ? next : nil
    }

    /// "0100", "01:00", "1" or "01" after the sign, as minutes.
    private static func numericOffset(_ t: ArraySlice<UInt8>, negative: Bool) -> Int? {
        let digits = t.filter { $0 != 0x3A }
        guard !digits.isEmpty, digits.count <= 4, let v = number(digits[...]) else { return nil }
        let minutes = digits.count <= 2 ? v * 60 : (v / 100) * 60 + v % 100
        return negative ? -minutes : minutes
    }

    // MARK: ISO 8601 / RFC 3339

    static func iso8601(_ s: String) -> Date? {
        let b = Array(s.utf8)
        var i = 0
        func number(_ count: Int) -> Int? {
            guard i + count <= b.count else { return nil }
            var v = 0
            for k in i..<(i + count) {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            i += count
            return v
        }
        func skip(_ c: UInt8) -> Bool { if i < b.count, b[i] == c { i += 1; return true }; return false }
        guard let y = number(4) else { return nil }
        var m = 1, d = 1, h = 0, mi = 0, sec = 0, offset = 0
        let dashed = skip(0x2D)
        if let mm = number(2) {
            m = mm
            if !dashed || skip(0x2D), let dd = number(2) { d = dd }
        }
        if i < b.count, b[i] == 0x54 || b[i] == 0x74 || b[i] == 0x20 {
            i += 1
            guard let hh = number(2) else { return nil }
            h = hh
            _ = skip(0x3A)
            if let mm = number(2) { mi = mm }
            if skip(0x3A) || (i < b.count && b[i] >= 0x30 && b[i] <= 0x39) { sec = number(2) ?? 0 }
            if skip(0x2E) || skip(0x2C) { while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 } }
            while i < b.count, b[i] == 0x20 { i += 1 }
            if i < b.count {
                if b[i] == 0x5A || b[i] == 0x7A { i += 1 }
                else if b[i] == 0x2B || b[i] == 0x2D {
                    let negative = b[i] == 0x2D
                    i += 1
                    guard let oh = number(2) else { return nil }
                    _ = skip(0x3A)
                    let om = number(2) ?? 0
                    offset = (negative ? -1 : 1) * (oh * 60 + om)
                } else { return nil }
            }
        }
        guard i == b.count || b[i...].allSatisfy({ $0 == 0x20 }) else { return nil }
        return make(y, m, d, h, mi, sec, offsetMinutes: offset)
    }

    // MARK: Civil time

    static func make(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, offsetMinutes: Int) -> Date? {
        guard (1...12).contains(m), (1...31).contains(d), (0...24).contains(h), (0...59).contains(mi),
              (0...60).contains(s), y > 0, y < 10000 else { return nil }
        let days = daysFromCivil(y, m, d)
        let seconds = days * 86400 + h * 3600 + mi * 60 + s - offsetMinutes * 60
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, the form `../shared/spec/cli.md` requires.
    static func iso8601String(_ date: Date) -> String {
        let t = Int(date.timeIntervalSince1970.rounded(.down))
        let days = t >= 0 ? t / 86400 : (t - 86399) / 86400
        let secs = t - days * 86400
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secs / 3600, 2)):\(pad(secs / 60 % 60, 2)):\(pad(secs % 60, 2))Z"
    }
}
