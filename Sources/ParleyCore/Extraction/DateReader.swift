import Foundation

/// Reads the time references of a sentence relative to the report's publication: calendar dates, weekdays
/// ("on Wednesday" is the latest Wednesday, or the next one when the sentence looks ahead), and references to
/// months or years well before publication, which mark a sentence as recap; and days named by their distance from
/// the date named just before ("the next day"), in the sentence or, as `anchor`, the previous one.
struct DateReader: Sendable {
    struct Reading: Sendable, Hashable {
        /// Dates named, as `yyyy-MM-dd`.
        var dates: [String] = []
        /// The other reading of each weekday (last week's or next week's), for telling known dates apart.
        var alternates: [String] = []
        /// Token index of each date in `dates`.
        var positions: [Int] = []
        /// The sentence names a time well before publication ("in May", "on June 2", "in 2022") and none ahead of it.
        var refersToPast = false
    }

    let weekdays: [String]
    let months: [String]
    /// Capitalised words that are no month ("Mar"), and months that are also words ("may": a month only as "May").
    let notMonths: Set<String>
    let capitalisedOnly: Set<String>
    /// Relative day phrases as words, with their offset in days; those ending in a temporal marker.
    let relativeDays: [(words: [String], days: Int)]
    let temporalMarkers: Set<String>
    let noOpeners: Set<String>
    let pastMarkers: Set<String>
    static let recapDays = 9
    /// How many words open a sentence ("On Saturday, ..."): a weekday there reads with a look-ahead cue after it.
    static let openingWords = 3
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    init(_ lexicon: Lexicon) {
        weekdays = lexicon.weekdays.map { $0.lowercased() }
        months = lexicon.months.map { $0.lowercased() }
        notMonths = Set(lexicon.grammar.notMonths)
        capitalisedOnly = Set(lexicon.grammar.monthsOnlyCapitalised)
        relativeDays = lexicon.grammar.relativeDays.sorted { $0.key < $1.key }
            .map { (Tokenizer.tokens($0.key).map(\.lower), $0.value) }.filter { !$0.words.isEmpty }
        temporalMarkers = Set(lexicon.grammar.temporalMarkers)
        noOpeners = Set(lexicon.grammar.appositiveOpeners + lexicon.grammar.definiteDeterminers)
        pastMarkers = Set(lexicon.grammar.pastMarkers)
    }

    /// The offset in days of a relative day phrase starting at `i`, and its length. One ending in a temporal
    /// marker ("the day before") followed by a name, a number or a determiner without a comma between is relative to
    /// what follows ("the day before the talks").
    private func relativeDay(_ tokens: [Token], at i: Int, text: [Character]) -> (days: Int, length: Int)? {
        for (words, days) in relativeDays where Self.starts(words, tokens, at: i) {
            let next = i + words.count
            if let last = words.last, temporalMarkers.contains(last), next < tokens.count,
               tokens[next].isCapitalized || tokens[next].isNumber || noOpeners.contains(tokens[next].lower) {
                let end = tokens[next - 1].offset + tokens[next - 1].text.count
                if !(end < text.count && text[end] == ",") { continue }
            }
            return (days, words.count)
        }
        return nil
    }

    private static func starts(_ words: [String], _ tokens: [Token], at i: Int) -> Bool {
        i + words.count <= tokens.count && words.indices.allSatisfy { tokens[i + $0].lower == words[$0] }
    }

    private func month(_ token: Token) -> Int? {
        guard token.isCapitalized, token.lower.count >= 3 else { return nil }
        if notMonths.contains(token.lower)
            || capitalisedOnly.contains(token.lower) && token.text != token.lower.prefix(1).uppercased() + token.lower.dropFirst() {
            return nil
        }
        return months.firstIndex { $0.hasPrefix(token.lower) }.map { $0 + 1 }
    }

    /// `aheadFrom`: where the sentence's first look-ahead cue stands, when known. A weekday before it, past the
    /// sentence's opening words, keeps the past reading: "had met on Saturday ..., in what would be the first
    /// meeting" is last Saturday; "will meet on Saturday" and "On Saturday, the two will meet" the next one.
    func read(_ tokens: [Token], published: Date?, lookingAhead: Bool, anchor: String? = nil,
              text: String = "", aheadFrom: Int? = nil) -> Reading {
        var reading = Reading()
        guard let published else { return reading }
        // Most sentences name no time: the calendar (slow) is asked only about one that may (a month, a weekday
        // or a year is what every branch below starts from).
        guard tokens.contains(where: { token in
            month(token) != nil || token.isCapitalized && weekdays.contains(token.lower)
                || token.isNumber && Int(token.text).map { $0 >= 1900 && $0 <= 2100 } == true
        }) || tokens.indices.contains(where: { i in relativeDays.contains { Self.starts($0.words, tokens, at: i) } })
        else { return reading }
        let characters = Array(text)
        let cal = Self.calendar
        let now = cal.dateComponents([.year, .month, .day, .weekday], from: published)
        guard let year = now.year, let thisMonth = now.month, let weekdayNow = now.weekday else { return reading }
        func format(_ date: Date) -> String {
            let c = cal.dateComponents([.year, .month, .day], from: date)
            return FixedFormat.padded(c.year ?? 0, 4) + "-" + FixedFormat.padded(c.month ?? 0, 2) + "-"
                + FixedFormat.padded(c.day ?? 0, 2)
        }
        var position = 0
        var namesTimeAhead = false
        func record(_ date: Date) {
            reading.dates.append(format(date))
            reading.positions.append(position)
            if date > published { namesTimeAhead = true }
            if let days = cal.dateComponents([.day], from: date, to: published).day, days > Self.recapDays {
                reading.refersToPast = true
            }
        }
        func day(_ text: String) -> Date? {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            return cal.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
        }
        var skipUntil = 0
        let lookingAheadAnywhere = lookingAhead
        for (i, token) in tokens.enumerated() where i >= skipUntil {
            position = i
            // "since December" points back even in a sentence that looks ahead.
            let lookingAhead = lookingAheadAnywhere && !(i > 0 && pastMarkers.contains(tokens[i - 1].lower))
            if let (days, length) = relativeDay(tokens, at: i, text: characters) {
                skipUntil = i + length
                // The latest day named before it in the sentence, else the previous sentence's.
                if let base = (reading.dates.last { $0.count == 10 } ?? anchor).flatMap(day),
                   let date = cal.date(byAdding: .day, value: days, to: base) {
                    record(date)
                    reading.alternates.append(format(date))
                }
            } else if let m = month(token) {
                var day: Int?
                if i + 1 < tokens.count, tokens[i + 1].isNumber, let d = Int(tokens[i + 1].text), d <= 31 {
                    day = d
                } else if i > 0, tokens[i - 1].isNumber, let d = Int(tokens[i - 1].text), d <= 31 {
                    day = d
                }
                var explicitYear: Int?
                for k in (i + 1)..<min(i + 4, tokens.count) {
                    if let y = Int(tokens[k].text), y >= 1900, y <= 2100 { explicitYear = y }
                }
                if let day {
                    var y = explicitYear ?? year
                    if explicitYear == nil, m > thisMonth + 2 { y -= 1 }
                    if let date = cal.date(from: DateComponents(year: y, month: m, day: day)) { record(date) }
                } else if explicitYear == nil,
                          m == thisMonth && lookingAhead || m > thisMonth && (lookingAhead || m <= thisMonth + 2) {
                    // A month ahead without a day ("will meet by the end of August") is a time too: the month itself;
                    // as for a day without a year, one at most two months ahead is ahead even when no cue says so
                    // ("postponing a decision to December" in October).
                    reading.dates.append(FixedFormat.padded(year, 4) + "-" + FixedFormat.padded(m, 2))
                    reading.positions.append(position)
                    namesTimeAhead = true
                } else if let explicitYear, explicitYear < year || (explicitYear == year && m < thisMonth) {
                    reading.refersToPast = true
                } else if explicitYear == nil, m != thisMonth, !lookingAhead {
                    // A bare month, like a bare weekday, is the latest one not after publication unless the sentence
                    // looks ahead or it is at most two months ahead: "tightened in December" in April is last
                    // December, well before publication.
                    reading.refersToPast = true
                }
            } else if let w = weekdays.firstIndex(of: token.lower), token.isCapitalized {
                let target = (w + 1) % 7 + 1 // lexicon lists Monday first; Calendar counts Sunday as 1
                var delta = target - weekdayNow
                let ahead = lookingAhead && (aheadFrom.map { $0 <= i } ?? true || i < Self.openingWords)
                if ahead {
                    if delta < 0 { delta += 7 }
                } else if delta > 0 {
                    delta -= 7
                }
                if let date = cal.date(byAdding: .day, value: delta, to: published) { record(date) }
                let other = delta > 0 ? delta - 7 : delta + 7
                if delta != 0, let date = cal.date(byAdding: .day, value: other, to: published) {
                    reading.alternates.append(format(date))
                } else {
                    reading.alternates.append(reading.dates.last ?? "")
                }
            } else if token.isNumber, let y = Int(token.text), y >= 1900, y <= 2100, y < year,
                      i == 0 || month(tokens[i - 1]) == nil {
                reading.refersToPast = true
            }
        }
        // A sentence that names a time ahead ("on 14 June, the first meeting since 2012") is about what comes;
        // the earlier time it also names is context, not a recap.
        if namesTimeAhead { reading.refersToPast = false }
        return reading
    }
}
