import Foundation

/// Writes an alert's summary as one English sentence built from the claim's parts — who did what, with the
/// numbers and their units, where and when — and a short title line for chat sinks. Never from a cut sentence:
/// "Russia and Ukraine agree on the return of the dead involving 6,000 bodies in Istanbul on 2 June."
///
/// A pure function of `SummaryWriter.Parts`. The English it needs is in `SummaryEnglish` below, kept apart so it
/// can move to a data file with the model's other language.
enum SummaryWriter {
    struct Parts: Sendable, Hashable {
        /// Who acted, as names: one party ("Russia"), or the principal parties for both sides together.
        var subject: [String]
        /// The claim's stance or event (`proposes`, `agreed`, `held`, ...); `nil` when it named none.
        var stance: String?
        /// "did not rule out": a weak acceptance.
        var hedged: Bool
        /// The event is expected, not done ("would be completed"): `Claim.forecast`.
        var forecast = false
        /// The event is a condition the party sets ("if Israel attacked"): `Claim.conditional`.
        var conditional = false
        /// The event is the subject's account of another party's act (`Claim.reportedActor`).
        var reported = false
        var kind: Alert.Kind
        var issueID: String
        /// The issue's display name from the model ("Prisoner exchange").
        var issueName: String
        var quantities: [Quantity]
        var places: [String]
        /// `yyyy-MM-dd` or `yyyy-MM`.
        var dates: [String]
        /// The report's publication time: a date in the same year is written without its year.
        var published: Date?
        /// The issue as the object of a verb (`Issue.phrase`); nil: made from the name (`SummaryEnglish.defaultPhrase`).
        var issuePhrase: String? = nil
        /// A meeting issue (`Issue.meetings`): its durations are the meeting's ("talks lasting 5 hours").
        var meetingIssue = false
    }

    /// The subject takes a plural verb when it is more than one party.
    static func isPlural(_ subject: [String]) -> Bool {
        subject.count != 1
    }

    /// "Russia proposes a ceasefire of 30 days."
    static func sentence(_ parts: Parts) -> String {
        let english = SummaryEnglish.self
        let plural = isPlural(parts.subject)
        let account = parts.reported && !parts.forecast && !parts.conditional
            ? parts.stance.flatMap { english.accounts[$0] } : nil
        let verb = parts.conditional && parts.stance.map(english.forecasts.keys.contains) == true
            ? (plural ? english.conditions.1 : english.conditions.0)
            : account.map { plural ? $0.1 : $0.0 }
            ?? english.verb(parts.stance, hedged: parts.hedged, plural: plural, forecast: parts.forecast)
        let object = (parts.issuePhrase ?? english.defaultPhrase(parts.issueName))
            + english.quantityPhrase(parts.quantities, meeting: parts.meetingIssue)
        var text = english.subject(parts.subject) + " " + verb.replacingOccurrences(of: "{object}", with: object)
        // Extraction's places are names after "in", "at", "to": reliable where a meeting is set or held, too
        // loose elsewhere ("agreed to sanctions by Donald Trump").
        let meeting = parts.kind == .meetingNew || parts.stance.map(english.meetingEvents.contains) == true
        if meeting, let place = parts.places.first { text += " in " + english.place(place) }
        if let date = parts.dates.first.flatMap({ english.date($0, published: parts.published) }) {
            text += " " + date
        }
        return capitalized(text) + "."
    }

    /// A short line naming the issue and what changed: "Ceasefire: Russia changes its position".
    static func title(_ parts: Parts) -> String {
        parts.issueName + ": " + SummaryEnglish.change(parts.kind, stance: parts.stance,
                                                       subject: SummaryEnglish.subject(parts.subject),
                                                       plural: isPlural(parts.subject))
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

// MARK: - English

/// The English words of summaries and titles. Verbs are in the present tense of a headline, singular for one
/// party ("Russia proposes") and plural for several ("Russia and Ukraine propose"); `{object}` stands for the issue.
enum SummaryEnglish {
    /// Stance or event → (singular, plural) verb phrase.
    static let verbs: [String: (String, String)] = [
        "proposes": ("proposes {object}", "propose {object}"),
        "demands": ("demands {object}", "demand {object}"),
        "accepts": ("accepts {object}", "accept {object}"),
        "rejects": ("rejects {object}", "reject {object}"),
        "agreed": ("agrees on {object}", "agree on {object}"),
        "underway": ("begins {object}", "begin {object}"),
        "completed": ("completes {object}", "complete {object}"),
        "suspended": ("suspends {object}", "suspend {object}"),
        "collapsed": ("says {object} has collapsed", "say {object} has collapsed"),
        "scheduled": ("schedules {object}", "schedule {object}"),
        "held": ("holds {object}", "hold {object}"),
        "appointed": ("appoints a new negotiator for {object}", "appoint a new negotiator for {object}"),
    ]
    /// A claim that names the issue but no stance.
    static let raises = ("raises {object}", "raise {object}")
    /// A hedged acceptance ("did not rule out").
    static let hedgedAccept = ("does not rule out {object}", "do not rule out {object}")

    /// An event expected, not done ("would be completed"): what the party expects.
    static let forecasts: [String: (String, String)] = [
        "agreed": ("expects agreement on {object}", "expect agreement on {object}"),
        "underway": ("expects {object} to begin", "expect {object} to begin"),
        "completed": ("expects {object} to be completed", "expect {object} to be completed"),
        "suspended": ("expects {object} to be suspended", "expect {object} to be suspended"),
        "collapsed": ("warns {object} may collapse", "warn {object} may collapse"),
    ]

    /// An event the subject tells of another party ("Rubio said Rwanda's actions were a violation"): its account.
    static let accounts: [String: (String, String)] = [
        "agreed": ("says {object} is agreed", "say {object} is agreed"),
        "underway": ("says {object} is under way", "say {object} is under way"),
        "completed": ("says {object} is completed", "say {object} is completed"),
        "suspended": ("says {object} is suspended", "say {object} is suspended"),
        "collapsed": ("says {object} has collapsed", "say {object} has collapsed"),
    ]

    /// An event the party makes a condition of what it would do ("if Israel attacked ..."): it happened no more than
    /// a forecast did.
    static let conditions = ("sets conditions on {object}", "set conditions on {object}")

    static func verb(_ stance: String?, hedged: Bool, plural: Bool, forecast: Bool = false) -> String {
        let expected = forecast ? stance.flatMap { forecasts[$0] } : nil
        let pair = hedged && stance == "accepts" ? hedgedAccept : expected ?? stance.flatMap { verbs[$0] } ?? raises
        return plural ? pair.1 : pair.0
    }

    /// An issue's name as the object of a verb when its model gives no `phrase`: "the transit route through Syunik"
    /// (the first letter lowered when the first word is a common word, capitalised), "Armenia's constitution" (a
    /// name that begins with a proper name, `proper`, takes no article), "the OSCE Minsk Group" (an acronym stays).
    static func defaultPhrase(_ name: String, proper: (String) -> Bool = { _ in false }) -> String {
        let first = name.split(separator: " ").first.map(String.init) ?? name
        let bare = first.hasSuffix("'s") || first.hasSuffix("’s") ? String(first.dropLast(2)) : first
        if proper(bare) { return name }
        let lowered = first.dropFirst().allSatisfy { !$0.isUppercase }
            ? (first.prefix(1).lowercased() + first.dropFirst()) : first
        return "the " + lowered + name.dropFirst(first.count)
    }

    /// Events where the place of the claim is the place of the meeting.
    static let meetingEvents: Set<String> = ["scheduled", "held"]
    static let durationUnits: Set<String> = ["minutes", "hours", "days", "weeks", "months", "years"]
    static let currencies: Set<String> = ["dollars", "euros", "pounds"]

    /// The numbers after the issue, each kind with its word: " of 30 days" (" lasting 5 hours" for a meeting),
    /// " of 100 percent", " worth 140 billion euros", " involving 1,200 prisoners"; "" when there are none.
    static func quantityPhrase(_ quantities: [Quantity], meeting: Bool) -> String {
        var groups: [(String, [String])] = [(meeting ? "lasting" : "of", []), ("of", []), ("worth", []), ("involving", [])]
        var seen = Set<String>()
        for quantity in quantities where quantity.value > 0 {
            let text = self.quantity(quantity)
            guard seen.insert(text).inserted else { continue }
            let group = durationUnits.contains(quantity.unit) ? 0 : quantity.unit == "percent" ? 1
                : currencies.contains(quantity.unit) ? 2 : 3
            groups[group].1.append(text)
        }
        return groups.filter { !$0.1.isEmpty }.map { " \($0.0) " + list($0.1) }.joined()
    }

    /// Units whose singular is not the plural without its "s".
    static let singulars: [String: String] = ["bodies": "body", "people": "person", "children": "child",
                                              "percent": "percent", "civilians": "civilian"]

    /// "1,200 prisoners", "3 billion euros", "1 day", "0.5 percent", "2 delegations" (the noun the report gave a
    /// number without a unit), "81".
    static func quantity(_ quantity: Quantity) -> String {
        let number = self.number(quantity.value)
        guard quantity.unit != "n" else { return quantity.noun.map { number + " " + $0 } ?? number }
        var unit = quantity.unit
        if quantity.value == 1 {
            unit = singulars[unit] ?? (unit.hasSuffix("s") ? String(unit.dropLast()) : unit)
        }
        return number + " " + unit
    }

    /// Whole numbers with thousands separators, whole billions as "3 billion"; others as written.
    static func number(_ value: Double) -> String {
        if value >= 1e9, value < 1e15, (value / 1e9).rounded() == value / 1e9 {
            return grouped(Int64(value / 1e9)) + " billion"
        }
        guard value.rounded() == value, abs(value) < 1e15 else {
            return value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        }
        return grouped(Int64(value))
    }

    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "on 2 June", "on 2 June 2026" (another year than the report's), "in July".
    static func date(_ text: String, published: Date?) -> String? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2, (1...12).contains(parts[1]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let reportYear = published.map { calendar.component(.year, from: $0) }
        let year = parts[0] == reportYear ? "" : " \(parts[0])"
        let month = months[parts[1] - 1]
        if parts.count == 3 { return "on \(parts[2]) \(month)\(year)" }
        return "in \(month)\(year)"
    }

    /// Places named with "the": "in the Kremlin", "in the White House".
    static let placesWithThe: Set<String> = ["Kremlin", "White House", "Senate", "Vatican", "Hague", "Elysee", "Élysée"]

    static func place(_ name: String) -> String {
        placesWithThe.contains(name) ? "the " + name : name
    }

    /// Names that take "the" in a sentence: "the United States proposes".
    static let namesWithThe: Set<String> = ["United States", "United Kingdom", "European Union", "Netherlands",
                                            "United Nations", "Vatican", "Holy See"]

    /// Who acted, as a sentence names them: "the United States", "Russia and Ukraine", "both sides".
    static func subject(_ names: [String]) -> String {
        list(names.map { namesWithThe.contains($0) ? "the " + $0 : $0 })
    }

    /// "Russia", "Russia and Ukraine", "Russia, Ukraine and Turkey"; "both sides" when there is none.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "both sides"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// A status or meeting event as a title says it.
    static let events: [String: String] = [
        "agreed": "agreed", "underway": "under way", "completed": "completed", "suspended": "suspended",
        "collapsed": "collapsed", "scheduled": "meeting scheduled", "held": "meeting held",
    ]

    /// The title's account of what changed, by kind (and by event for a status or a meeting).
    static func change(_ kind: Alert.Kind, stance: String?, subject: String, plural: Bool) -> String {
        switch kind {
        case .meetingNew: return stance.flatMap { events[$0] }.map { $0.hasPrefix("meeting") ? $0 : "meeting " + $0 }
            ?? "new meeting"
        case .participantChanged: return "change of negotiator"
        case .proposalNew: return "new proposal from \(subject)"
        case .positionNew: return "\(subject) \(plural ? "take a position" : "takes a position")"
        case .positionChanged: return "\(subject) \(plural ? "change their position" : "changes its position")"
        case .statusChanged: return stance.flatMap { events[$0] } ?? "status changed"
        case .quantityChanged: return "new numbers"
        case .issueNew: return "new issue in the talks"
        }
    }
}
