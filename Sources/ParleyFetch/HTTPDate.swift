import Foundation

/// Parses the three HTTP-date forms of RFC 9110 section 5.6.7 (IMF-fixdate, obsolete RFC 850, asctime), all in
/// GMT, for `Expires`, `Retry-After` and `Last-Modified`. Hand-written so it is thread-safe and allocation-light.
public enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    public static func parse(_ text: String) -> Date? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT  -> [Sun, 06, Nov, 1994, 08:49:37, GMT]
        // RFC 850:     Sunday, 06-Nov-94 08:49:37 GMT -> [Sunday, 06, Nov, 94, 08:49:37, GMT]
        // asctime:     Sun Nov  6 08:49:37 1994       -> [Sun, Nov, 6, 08:49:37, 1994]
        var day: Int?, month: Int?, year: Int?, time: [Int]?
        if tokens.count >= 5, let monthIndex = monthNumber(tokens[1]) {
            month = monthIndex
            day = Int(tokens[2])
            time = clock(tokens[3])
            year = Int(tokens[4])
        } else if tokens.count >= 5 {
            day = Int(tokens[1])
            month = monthNumber(tokens[2])
            year = Int(tokens[3])
            time = clock(tokens[4])
        }
        guard let day, let month, var year, let time, (1...31).contains(day) else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }  // RFC 9110: interpret two-digit years sensibly
        guard (1...9999).contains(year) else { return nil }  // a server's 20-digit year is no date, not a trap
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "GMT")
        components.year = year
        components.month = month
        components.day = day
        components.hour = time[0]
        components.minute = time[1]
        components.second = time[2]
        return calendar.date(from: components)
    }

    /// Formats an IMF-fixdate (for tests and `If-Modified-Since` built from a date).
    public static func format(_ date: Date) -> String {
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(weekdays[(parts.weekday ?? 1) - 1]), \(two(parts.day)) "
            + "\(months[(parts.month ?? 1) - 1].capitalized) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) GMT"
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT")!
        return calendar
    }()

    private static func monthNumber(_ token: String) -> Int? {
        months.firstIndex(of: token.prefix(3).lowercased()).map { $0 + 1 }
    }

    private static func clock(_ token: String) -> [Int]? {
        let parts = token.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 3, parts[0] < 24, parts[1] < 60, parts[2] <= 60 else { return nil }
        return parts
    }
}
