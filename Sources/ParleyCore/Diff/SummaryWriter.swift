import Foundation

/// Writes an alert's summary as one English sentence built from the claim's parts — who did what, with the
/// numbers and their units, where and when — and a short title line for chat sinks. Never from a cut sentence:
/// "Russia and Ukraine agree on the return of the dead involving 6,000 bodies in Istanbul on 2 June."
///
/// A pure function of `SummaryWriter.Parts` and the language's summary templates (`SummaryLanguage`, the
/// `"summary"` section of the language file): every English word comes from there; this code picks the templates
/// and fills their slots.
struct SummaryWriter: Sendable {
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
        /// The issue as the object of a verb (`Issue.phrase`); nil: made from the name (`SummaryWriter.defaultPhrase`).
        var issuePhrase: String? = nil
        /// A meeting issue (`Issue.meetings`): its durations are the meeting's ("talks lasting 5 hours").
        var meetingIssue = false
    }

    let language: SummaryLanguage
    /// The language's month names, January first (`Lexicon.months`).
    let months: [String]
    /// The language's indefinite articles ("a", "an"): an issue phrase opening with one is one thing its numbers
    /// measure ("a ceasefire of 30 days").
    let indefiniteArticles: Set<String>

    init(_ lexicon: Lexicon) {
        language = lexicon.summary
        months = lexicon.months
        indefiniteArticles = Set(lexicon.grammar.indefiniteArticles)
    }

    /// The subject takes a plural verb when it is more than one party.
    static func isPlural(_ subject: [String]) -> Bool {
        subject.count != 1
    }

    /// "Russia proposes a ceasefire of 30 days."
    func sentence(_ parts: Parts) -> String {
        let plural = Self.isPlural(parts.subject)
        let issue = parts.issuePhrase ?? defaultPhrase(parts.issueName)
        let measured = issue.split(separator: " ").first.map { indefiniteArticles.contains($0.lowercased()) } ?? false
        let object = fill(language.object, ["issue": issue, "quantity": quantityPhrase(
            parts.quantities, meeting: parts.meetingIssue, measured: measured)])
        // Extraction's places are names after "in", "at", "to": reliable where a meeting is set or held, too
        // loose elsewhere ("agreed to sanctions by Donald Trump").
        let meeting = parts.kind == .meetingNew || parts.stance.map(language.placeStances.contains) == true
        let place = meeting ? parts.places.first.map { fill(language.place, ["place": self.place($0)]) } : nil
        let date = parts.dates.first.flatMap { self.date($0, published: parts.published) }
        let text = fill(language.sentence, ["subject": subject(parts.subject),
                                            "verb": fill(verb(parts).form(plural: plural), ["object": object]),
                                            "place": place ?? "", "date": date ?? ""])
        return Self.capitalized(text)
    }

    /// The verb phrase: the subject's account of another party's act, a condition it sets, what it expects, a
    /// hedged stance, the stance's verb, else the phrase for a claim without a stance.
    func verb(_ parts: Parts) -> SummaryLanguage.Forms {
        let stance = parts.stance ?? ""
        if parts.reported && !parts.forecast && !parts.conditional, let account = language.accounts[stance] {
            return account
        }
        if parts.conditional && language.forecasts[stance] != nil { return language.conditions }
        if parts.forecast, let expected = language.forecasts[stance] { return expected }
        if parts.hedged, let hedged = language.hedged[stance] { return hedged }
        return language.verbs[stance] ?? language.noStance
    }

    /// A short line naming the issue and what changed: "Ceasefire: Russia changes its position".
    func title(_ parts: Parts) -> String {
        fill(language.title, ["issue": parts.issueName, "change": change(parts)])
    }

    /// The title's account of what changed, by kind (and by event for a status or a meeting).
    func change(_ parts: Parts) -> String {
        let stance = parts.stance ?? ""
        switch parts.kind {
        case .meetingNew: if let event = language.meetingEvents[stance] { return event }
        case .statusChanged: if let event = language.statusEvents[stance] { return event }
        default: break
        }
        let forms = language.changes[parts.kind.rawValue] ?? SummaryLanguage.Forms("", "")
        return fill(forms.form(plural: Self.isPlural(parts.subject)), ["subject": subject(parts.subject)])
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    // MARK: - Slots

    /// The template with its slots filled; a slot left empty drops out with the space before it, and no space
    /// stays before a full stop or a comma.
    func fill(_ template: String, _ values: [String: String]) -> String {
        // One pass over the template, so that a value holding braces is never read as a slot.
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            let slot = String(rest[rest.index(after: open)..<close])
            text += values[slot] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        // Orthography, not words: spaces collapse, and no space precedes closing punctuation.
        var out = ""
        for character in text {
            if character == " ", out.last == " " || out.isEmpty { continue }
            if [".", ",", ":", ";"].contains(character), out.last == " " { out.removeLast() }
            out.append(character)
        }
        return out.hasSuffix(" ") ? String(out.dropLast()) : out
    }

    /// An issue's name as the object of a verb when its model gives no `phrase`: "the transit route through Syunik"
    /// (the first letter lowered when the first word is a common word, capitalised), "Armenia's constitution" (a
    /// name that begins with a proper name's possessive, `proper`, takes no article), "the Washington agreement"
    /// (a proper name before a noun keeps its capital and takes the article), "the OSCE Minsk Group" (an acronym
    /// stays). A parenthesis in the name is a note for the reader of the model, left out of a sentence.
    func defaultPhrase(_ name: String, proper: (String) -> Bool = { _ in false }) -> String {
        let name = Self.withoutNote(name)
        let first = name.split(separator: " ").first.map(String.init) ?? name
        let possessive = first.hasSuffix("'s") || first.hasSuffix("’s")
        let bare = possessive ? String(first.dropLast(2)) : first
        if proper(bare) && possessive { return name }
        let lowered = !proper(bare) && first.dropFirst().allSatisfy { !$0.isUppercase }
            ? (first.prefix(1).lowercased() + first.dropFirst()) : first
        return fill(language.issue, ["name": lowered + name.dropFirst(first.count)])
    }

    /// A name without its parenthesis: "E3 (Britain, France, Germany)" -> "E3".
    static func withoutNote(_ name: String) -> String {
        guard let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")"),
              open > name.startIndex else { return name }
        let kept = name[..<open] + name[name.index(after: close)...]
        return kept.split(separator: " ").joined(separator: " ")
    }

    /// `measured`: the issue is one thing the numbers measure ("a ceasefire"), else a group's `definitePhrase`
    /// joins them ("sanctions within 50 days").
    func quantityPhrase(_ quantities: [Quantity], meeting: Bool, measured: Bool = true) -> String {
        let groups = language.quantities
        let named = Set(groups.flatMap(\.units))
        var members = Array(repeating: [String](), count: groups.count)
        var seen = Set<String>()
        for quantity in quantities where quantity.value > 0 {
            let text = self.quantity(quantity)
            guard seen.insert(text).inserted else { continue }
            let group = groups.firstIndex { named.contains(quantity.unit) ? $0.units.contains(quantity.unit) : $0.units.isEmpty }
            if let group { members[group].append(text) }
        }
        return zip(groups, members).filter { !$0.1.isEmpty }.map { group, texts in
            let phrase = meeting ? group.meetingPhrase ?? group.phrase
                : measured ? group.phrase : group.definitePhrase ?? group.phrase
            return fill(phrase, ["quantity": list(texts)])
        }.joined(separator: " ")
    }

    /// "1,200 prisoners", "3 billion euros", "1 day", "0.5 percent", "2 delegations" (the noun the report gave a
    /// number without a unit), "81".
    func quantity(_ quantity: Quantity) -> String {
        let number = self.number(quantity.value)
        guard quantity.unit != "n" else { return quantity.noun.map { number + " " + $0 } ?? number }
        var unit = quantity.unit
        if quantity.value == 1 {
            let suffix = language.pluralSuffix
            unit = language.singularUnits[unit]
                ?? (!suffix.isEmpty && unit.hasSuffix(suffix) ? String(unit.dropLast(suffix.count)) : unit)
        }
        return number + " " + unit
    }

    /// Whole numbers with thousands separators, whole billions as "3 billion"; others as the language's locale
    /// writes them.
    func number(_ value: Double) -> String {
        if value >= 1e9, value < 1e15, (value / 1e9).rounded() == value / 1e9 {
            return fill(language.billion, ["number": grouped(Int64(value / 1e9))])
        }
        guard value.rounded() == value, abs(value) < 1e15 else {
            return value.formatted(.number.grouping(.automatic).locale(Locale(identifier: language.numberLocale)))
        }
        return grouped(Int64(value))
    }

    func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += language.thousandsSeparator }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// "on 2 June", "on 2 June 2026" (another year than the report's), "in July".
    func date(_ text: String, published: Date?) -> String? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2, (1...12).contains(parts[1]), months.count == 12 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let sameYear = published.map { calendar.component(.year, from: $0) } == parts[0]
        let values = ["day": parts.count == 3 ? String(parts[2]) : "", "month": months[parts[1] - 1],
                      "year": String(parts[0])]
        let dates = language.dates
        let template = parts.count == 3 ? (sameYear ? dates.day : dates.dayOtherYear)
            : (sameYear ? dates.month : dates.monthOtherYear)
        return fill(template, values)
    }

    func place(_ name: String) -> String {
        language.placesWithArticle.contains(name) ? fill(language.withArticle, ["name": name]) : name
    }

    /// Who acted, as a sentence names them: "the United States", "Russia and Ukraine", "both sides".
    func subject(_ names: [String]) -> String {
        guard !names.isEmpty else { return language.nobody }
        return list(names.map(Self.withoutNote).map {
            language.namesWithArticle.contains($0) ? fill(language.withArticle, ["name": $0]) : $0
        })
    }

    /// "Russia", "Russia and Ukraine", "Russia, Ukraine and Turkey".
    func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return fill(language.pair, ["first": items.dropLast().joined(separator: language.listSeparator), "last": last])
    }
}
