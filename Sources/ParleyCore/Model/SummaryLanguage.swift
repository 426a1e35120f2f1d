import Foundation

/// The words and templates an alert's summary sentence and title line are written with (`SummaryWriter`): the
/// `"summary"` section of the language file (`seeds/english.language.json`), so that no English word of a summary
/// lives in the code. A template names its slots in braces (`{subject}`, `{verb}`, `{object}`, `{issue}`,
/// `{quantity}`, `{place}`, `{date}`, ...), which the writer fills; a slot left empty drops out with its space.
/// A verb phrase has a singular form (one party: "proposes {object}") and a plural one (several: "propose
/// {object}"). `validate()` checks every template for the slots it needs and refuses slots it cannot fill.
public struct SummaryLanguage: Sendable, Hashable, Codable {
    /// A template in its two grammatical numbers. In the file: `{"singular": "...", "plural": "..."}`, or one
    /// string when both are the same.
    public struct Forms: Sendable, Hashable, Codable {
        public var singular: String
        public var plural: String

        public init(_ singular: String, _ plural: String) {
            self.singular = singular
            self.plural = plural
        }

        public func form(plural: Bool) -> String { plural ? self.plural : singular }

        enum CodingKeys: String, CodingKey { case singular, plural }

        public init(from decoder: any Decoder) throws {
            if let one = try? decoder.singleValueContainer().decode(String.self) {
                self.init(one, one)
                return
            }
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(try c.decode(String.self, forKey: .singular), try c.decode(String.self, forKey: .plural))
        }
    }

    /// Numbers of some units and the words that join them to the issue ("of {quantity}" for days, "worth
    /// {quantity}" for euros). A group without units takes every unit no other group names.
    public struct QuantityGroup: Sendable, Hashable, Codable {
        public var units: [String] = []
        public var phrase: String
        /// For a meeting issue (`Issue.meetings`), whose durations are the meeting's ("lasting {quantity}").
        public var meetingPhrase: String?
        /// After an issue that is not one thing the numbers measure, its phrase not opening with an indefinite
        /// article (`GrammarWords.indefiniteArticles`): "sanctions within {quantity}", not "sanctions of 50 days".
        public var definitePhrase: String?

        public init(units: [String], phrase: String, meetingPhrase: String? = nil, definitePhrase: String? = nil) {
            self.units = units
            self.phrase = phrase
            self.meetingPhrase = meetingPhrase
            self.definitePhrase = definitePhrase
        }

        enum CodingKeys: String, CodingKey { case units, phrase, meetingPhrase, definitePhrase }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            units = try c.decodeIfPresent([String].self, forKey: .units) ?? []
            phrase = try c.decode(String.self, forKey: .phrase)
            meetingPhrase = try c.decodeIfPresent(String.self, forKey: .meetingPhrase)
            definitePhrase = try c.decodeIfPresent(String.self, forKey: .definitePhrase)
        }
    }

    /// The ways of writing a date: a day in the report's year ("on {day} {month}"), a day of another year, a
    /// month, a month of another year.
    public struct Dates: Sendable, Hashable, Codable {
        public var day = ""
        public var dayOtherYear = ""
        public var month = ""
        public var monthOtherYear = ""

        public init() {}
    }

    /// The sentence: "{subject} {verb} {place} {date}.".
    public var sentence = ""
    /// The issue with its numbers, the object of every verb phrase: "{issue} {quantity}".
    public var object = ""
    /// Stance or event -> its verb phrase ("proposes {object}").
    public var verbs: [String: Forms] = [:]
    /// A claim that names the issue but no stance (or a stance without a verb phrase).
    public var noStance = Forms("", "")
    /// Stance -> its verb phrase when hedged ("does not rule out {object}").
    public var hedged: [String: Forms] = [:]
    /// Event -> what a party expects when the event is forecast, not done ("expects {object} to begin").
    public var forecasts: [String: Forms] = [:]
    /// Event -> the subject's account of another party's act ("says {object} is agreed").
    public var accounts: [String: Forms] = [:]
    /// A forecast event the party makes a condition of what it would do ("sets conditions on {object}").
    public var conditions = Forms("", "")
    /// An issue as the object of a verb when its model gives no `phrase`: "the {name}".
    public var issue = ""
    /// A name that takes an article in a sentence: "the {name}".
    public var withArticle = ""
    /// Party names that take the article as a subject ("United States", "IAEA").
    public var namesWithArticle: [String] = []
    /// Place names that take the article ("Kremlin", "White House").
    public var placesWithArticle: [String] = []
    /// Where a meeting is: "in {place}".
    public var place = ""
    /// Stances whose claim's place is the place of the meeting ("scheduled", "held").
    public var placeStances: [String] = []
    /// The groups of numbers after the issue, in order.
    public var quantities: [QuantityGroup] = []
    /// Units whose singular is not the plural without `pluralSuffix` ("bodies" -> "body").
    public var singularUnits: [String: String] = [:]
    /// The ending a unit loses when its number is one ("days" -> "day").
    public var pluralSuffix = ""
    /// A whole number of billions: "{number} billion".
    public var billion = ""
    /// Between groups of three digits: ",".
    public var thousandsSeparator = ""
    /// The locale numbers with a fraction are written in ("en_US").
    public var numberLocale = ""
    public var dates = Dates()
    /// Two names joined: "{first} and {last}"; more: all but the last joined by `listSeparator`, then the pair.
    public var pair = ""
    public var listSeparator = ""
    /// The subject when the act has no party and the model no pair of principals: "both sides".
    public var nobody = ""
    /// The title line: "{issue}: {change}".
    public var title = ""
    /// Kind (`position.new`, ...) -> what changed, as the title says it ("{subject} takes a position").
    public var changes: [String: Forms] = [:]
    /// Event -> a status change as a title says it ("under way"), for `status.changed`.
    public var statusEvents: [String: String] = [:]
    /// Event -> a meeting's change as a title says it ("meeting held"), for `meeting.new`.
    public var meetingEvents: [String: String] = [:]

    public init() {}

    /// No templates at all: a language without a summary section.
    public var isEmpty: Bool { sentence.isEmpty }

    enum CodingKeys: String, CodingKey {
        case sentence, object, verbs, noStance, hedged, forecasts, accounts, conditions, issue, withArticle
        case namesWithArticle, placesWithArticle, place, placeStances, quantities, singularUnits, pluralSuffix
        case billion, thousandsSeparator, numberLocale, dates, pair, listSeparator, nobody, title, changes
        case statusEvents, meetingEvents
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String { try c.decodeIfPresent(String.self, forKey: key) ?? "" }
        func forms(_ key: CodingKeys) throws -> [String: Forms] {
            try c.decodeIfPresent([String: Forms].self, forKey: key) ?? [:]
        }
        func list(_ key: CodingKeys) throws -> [String] { try c.decodeIfPresent([String].self, forKey: key) ?? [] }
        func map(_ key: CodingKeys) throws -> [String: String] {
            try c.decodeIfPresent([String: String].self, forKey: key) ?? [:]
        }
        sentence = try text(.sentence)
        object = try text(.object)
        verbs = try forms(.verbs)
        noStance = try c.decodeIfPresent(Forms.self, forKey: .noStance) ?? Forms("", "")
        hedged = try forms(.hedged)
        forecasts = try forms(.forecasts)
        accounts = try forms(.accounts)
        conditions = try c.decodeIfPresent(Forms.self, forKey: .conditions) ?? Forms("", "")
        issue = try text(.issue)
        withArticle = try text(.withArticle)
        namesWithArticle = try list(.namesWithArticle)
        placesWithArticle = try list(.placesWithArticle)
        place = try text(.place)
        placeStances = try list(.placeStances)
        quantities = try c.decodeIfPresent([QuantityGroup].self, forKey: .quantities) ?? []
        singularUnits = try map(.singularUnits)
        pluralSuffix = try text(.pluralSuffix)
        billion = try text(.billion)
        thousandsSeparator = try text(.thousandsSeparator)
        numberLocale = try text(.numberLocale)
        dates = try c.decodeIfPresent(Dates.self, forKey: .dates) ?? Dates()
        pair = try text(.pair)
        listSeparator = try text(.listSeparator)
        nobody = try text(.nobody)
        title = try text(.title)
        changes = try forms(.changes)
        statusEvents = try map(.statusEvents)
        meetingEvents = try map(.meetingEvents)
    }

    // MARK: - Checking

    /// The slots a template holds, in order; `nil` when its braces do not pair ("{subject", "}", "{{x}}").
    static func slots(in template: String) -> [String]? {
        var slots: [String] = []
        var current: String?
        for character in template {
            switch character {
            case "{":
                guard current == nil else { return nil }
                current = ""
            case "}":
                guard let name = current, !name.isEmpty else { return nil }
                slots.append(name)
                current = nil
            default:
                current?.append(character)
            }
        }
        return current == nil ? slots : nil
    }

    /// Every template has the slots it needs and no slot the writer cannot fill; the lists it needs are there.
    /// Throws `CoreError.invalidModel` naming the template (`summary.verbs.proposes.plural`) and what is wrong.
    public func validate(months: [String]) throws {
        func check(_ template: String, _ path: String, needs: Set<String>, allows: Set<String> = []) throws {
            guard let found = Self.slots(in: template) else {
                throw CoreError.invalidModel(reason: "language file: summary.\(path) \"\(template)\" has unpaired "
                    + "braces")
            }
            if let missing = needs.subtracting(found).sorted().first {
                throw CoreError.invalidModel(reason: "language file: summary.\(path) \"\(template)\" lacks the "
                    + "slot {\(missing)}")
            }
            if let unknown = found.first(where: { !needs.contains($0) && !allows.contains($0) }) {
                throw CoreError.invalidModel(reason: "language file: summary.\(path) \"\(template)\" has the slot "
                    + "{\(unknown)}, which is not one of "
                    + needs.union(allows).sorted().map { "{\($0)}" }.joined(separator: ", "))
            }
        }
        func check(_ forms: Forms, _ path: String, needs: Set<String>, allows: Set<String> = []) throws {
            try check(forms.singular, path + ".singular", needs: needs, allows: allows)
            try check(forms.plural, path + ".plural", needs: needs, allows: allows)
        }
        try check(sentence, "sentence", needs: ["subject", "verb"], allows: ["place", "date"])
        try check(object, "object", needs: ["issue"], allows: ["quantity"])
        for (name, table) in [("verbs", verbs), ("hedged", hedged), ("forecasts", forecasts), ("accounts", accounts)] {
            for (stance, forms) in table.sorted(by: { $0.key < $1.key }) {
                try check(forms, "\(name).\(stance)", needs: ["object"])
            }
        }
        try check(noStance, "noStance", needs: ["object"])
        try check(conditions, "conditions", needs: ["object"])
        try check(issue, "issue", needs: ["name"])
        try check(withArticle, "withArticle", needs: ["name"])
        try check(place, "place", needs: ["place"])
        if quantities.isEmpty {
            throw CoreError.invalidModel(reason: "language file: summary.quantities is empty: numbers would be lost")
        }
        for (index, group) in quantities.enumerated() {
            try check(group.phrase, "quantities[\(index)].phrase", needs: ["quantity"])
            if let meeting = group.meetingPhrase {
                try check(meeting, "quantities[\(index)].meetingPhrase", needs: ["quantity"])
            }
            if let definite = group.definitePhrase {
                try check(definite, "quantities[\(index)].definitePhrase", needs: ["quantity"])
            }
        }
        try check(billion, "billion", needs: ["number"])
        try check(dates.day, "dates.day", needs: ["day", "month"])
        try check(dates.dayOtherYear, "dates.dayOtherYear", needs: ["day", "month", "year"])
        try check(dates.month, "dates.month", needs: ["month"])
        try check(dates.monthOtherYear, "dates.monthOtherYear", needs: ["month", "year"])
        if months.count != 12 {
            throw CoreError.invalidModel(reason: "language file: summary dates need the 12 month names in `months` "
                + "(it has \(months.count))")
        }
        try check(pair, "pair", needs: ["first", "last"])
        if nobody.isEmpty { throw CoreError.invalidModel(reason: "language file: summary.nobody is empty") }
        try check(title, "title", needs: ["issue", "change"])
        for kind in Alert.Kind.allCases {
            guard let forms = changes[kind.rawValue] else {
                throw CoreError.invalidModel(reason: "language file: summary.changes has no title for \(kind.rawValue)")
            }
            try check(forms, "changes.\(kind.rawValue)", needs: [], allows: ["subject"])
        }
        if let unknown = changes.keys.sorted().first(where: { Alert.Kind(rawValue: $0) == nil }) {
            throw CoreError.invalidModel(reason: "language file: summary.changes.\(unknown) is not a kind of alert")
        }
        for (name, table) in [("statusEvents", statusEvents), ("meetingEvents", meetingEvents)] {
            for (event, text) in table.sorted(by: { $0.key < $1.key }) {
                try check(text, "\(name).\(event)", needs: [])
            }
        }
    }
}
