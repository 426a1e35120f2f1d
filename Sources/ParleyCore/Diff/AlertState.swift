import Foundation

/// The typed `before` and `after` objects of an alert (`docs/alert.schema.json`, `$defs/state`): what the model
/// held and what the report states, each as `stance` (a party's position) or `status` (the state of the issue,
/// a meeting or a participant), `quantities` as numbers with their units, `dates` (`YYYY-MM-DD`) and `places`.
/// `before` also names the party its fact belongs to and quotes the sentence that stated it.
enum AlertState {
    /// What the claim states.
    static func after(_ claim: Claim, language: Lexicon) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        if let stance = claim.stance { fields[key(of: stance, language: language)] = .string(stance) }
        let quantities = claim.quantities.filter { !$0.countsNothing }
        if !quantities.isEmpty { fields["quantities"] = .array(quantities.map(quantity)) }
        if !claim.dates.isEmpty { fields["dates"] = .array(claim.dates.map(JSONValue.string)) }
        let places = self.places(claim)
        if !places.isEmpty { fields["places"] = .array(places.map(JSONValue.string)) }
        return .object(fields)
    }

    /// What the model held, from the fact the alert was compared with; `null` when it held none.
    static func before(_ fact: Fact?, language: Lexicon) -> JSONValue {
        guard let fact else { return .null }
        var fields: [String: JSONValue] = [
            key(of: fact.value, language: language): .string(fact.value),
            "party": fact.party.map(JSONValue.string) ?? .null,
            "evidence": .string(fact.evidence),
        ]
        let quantities = fact.quantities.compactMap(quantity(parsing:))
        if !quantities.isEmpty { fields["quantities"] = .array(quantities) }
        if !fact.when.isEmpty { fields["dates"] = .array(fact.when.map(JSONValue.string)) }
        if !fact.places.isEmpty {
            fields["places"] = .array(places(fact.places, in: fact.evidence).map(JSONValue.string))
        }
        return .object(fields)
    }

    /// Which part of a position changed when its stance word stayed ("demands" then "demands"): the first of its
    /// numbers (`size`), dates (`date`) and places (`place`) that `after` states and `before` did not hold alike;
    /// else its wording (`terms`), and then `after` gains `terms`: the words of the report's sentence that the held
    /// fact's sentence did not use (content words, in the report's order, at most `termLimit`).
    static func change(after: JSONValue, before: JSONValue, claim: Claim, fact: Fact,
                       language: Lexicon) -> (attribute: String, after: JSONValue) {
        guard case .object(var fields) = after else { return ("stance", after) }
        let held: [String: JSONValue]
        if case .object(let object) = before { held = object } else { held = [:] }
        for (field, attribute) in [("quantities", "size"), ("dates", "date"), ("places", "place")]
            where fields[field] != nil && fields[field] != held[field] {
            return (attribute, after)
        }
        let terms = newTerms(in: claim.sentence, over: fact.evidence, language: language)
        if !terms.isEmpty { fields["terms"] = .array(terms.map(JSONValue.string)) }
        return ("terms", .object(fields))
    }

    static let termLimit = 8

    /// Content words of `sentence` (lowercase words of three letters or more, no function word) whose stem
    /// `evidence` does not use, in order, each once.
    static func newTerms(in sentence: String, over evidence: String, language: Lexicon) -> [String] {
        let stopwords = Set(language.stopwords.map { $0.lowercased() })
        func content(_ text: String) -> [Token] {
            Tokenizer.tokens(text).filter { token in
                token.text.first?.isLowercase == true && token.lower.count > 2 && !stopwords.contains(token.lower)
            }
        }
        let held = Set(content(evidence).map { Stemmer.stem($0.lower) })
        var seen = Set<String>()
        return content(sentence).filter { !held.contains(Stemmer.stem($0.lower)) && seen.insert($0.lower).inserted }
            .prefix(termLimit).map(\.lower)
    }

    /// `stance` for a party's position (proposes, demands, accepts, rejects), `status` for anything else: an
    /// event or state (agreed, underway, completed, scheduled, held, appointed, ...) or `reported` for a fact
    /// whose sentence named no stance.
    static func key(of value: String, language: Lexicon) -> String {
        language.positionStances.contains(value) ? "stance" : "status"
    }

    /// `{"value": 1200, "unit": "prisoners"}`; no `unit` when the report gave the number alone, and then the noun it
    /// counts when it gave one (`{"value": 2, "noun": "delegations"}`).
    static func quantity(_ quantity: Quantity) -> JSONValue {
        var fields: [String: JSONValue] = ["value": .number(quantity.value)]
        if quantity.unit != "n" { fields["unit"] = .string(quantity.unit) }
        if let noun = quantity.noun { fields["noun"] = .string(noun) }
        return .object(fields)
    }

    /// A quantity as the model's facts keep it (`Quantity.description`: "1200 prisoners", "3 billion euros",
    /// "81"), read back into a number and a unit.
    static func quantity(parsing text: String) -> JSONValue? {
        Quantity(parsing: text).map(quantity)
    }

    /// The claim's names as places: extraction keeps them a word each ("abu", "dhabi"), so words that stand
    /// next to each other in the sentence are joined again ("Abu Dhabi", "White House").
    static func places(_ claim: Claim) -> [String] {
        places(claim.names, in: claim.sentence)
    }

    /// Place words read from `sentence`, those next to each other in it joined into one place ("White House").
    static func places(_ names: [String], in sentence: String) -> [String] {
        let sentence = sentence.lowercased()
        var joined: [String] = []
        for name in names {
            if let last = joined.last, sentence.contains(last + " " + name) {
                joined[joined.count - 1] = last + " " + name
            } else {
                joined.append(name)
            }
        }
        return orderedUnique(joined.map(placeName))
    }

    /// "istanbul" → "Istanbul", "san francisco" → "San Francisco": places are kept lowercased by extraction.
    static func placeName(_ text: String) -> String {
        text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    private static func orderedUnique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
