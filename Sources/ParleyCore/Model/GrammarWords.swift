/// The function words extraction reads sentence structure with: prepositions, determiners, conjunctions and the
/// like. Part of the language file (`"grammar"` in `seeds/english.language.json`), so that no English word lives in
/// the extractor's code. Every list may be omitted; an omitted list is empty and its rule never fires.
public struct GrammarWords: Sendable, Hashable, Codable {
    /// Words before a name that make it a place rather than an actor ("talks in Paris", "troops to Ukraine").
    public var locatives: [String] = []
    /// The locatives that mean a location: only capitals after one of them are a place ("talks in Geneva"); "an
    /// investigation into Google" names no place. Empty: every locative.
    public var placePrepositions: [String] = []
    /// A locative that names an actor after a people noun ("advisers from Britain").
    public var actorPrepositions: [String] = []
    /// People nouns that make "from X" an actor rather than a place ("officials", "envoys").
    public var actorNouns: [String] = []
    /// Prepositions that separate a party from a document it does not own ("work with partners on the text").
    public var ownerBreakers: [String] = []
    /// Words (or two-word phrases) that put an obligation on the subject ("required", "has to").
    public var obligations: [String] = []
    /// Words that make an issue a point in time rather than a claim ("after a ceasefire").
    public var temporalMarkers: [String] = []
    /// Words that may stand between a temporal marker and the issue ("ahead of any new round of talks").
    public var temporalFillers: [String] = []
    /// Words skipped to find the subject of a reported clause ("said on Friday that ...").
    public var complementSkips: [String] = []
    /// Relative pronouns opening an aside (", who attended ...,").
    public var relativePronouns: [String] = []
    /// Articles and possessives opening an appositive after a capitalised name (", the head of ...,", ", its
    /// ambassador to ...,").
    public var appositiveOpeners: [String] = []
    /// Determiners that make a head noun name the issue of the previous sentence again ("the plant").
    public var definiteDeterminers: [String] = []
    /// Prepositions after a word of meeting that introduce the talks' topic ("talks on security guarantees").
    public var topicPrepositions: [String] = []
    /// Words that make a modal clause conditional ("would end the war if ...").
    public var conditionals: [String] = []
    /// Verbs of hoping or expecting before an event ("hoped to see the agreement signed"): it has not happened.
    public var wishes: [String] = []
    /// The word introducing an agent after a passive verb ("delivered ... by Driscoll").
    public var agentMarkers: [String] = []
    /// Conjunctions joining two speakers or two verb phrases ("X and Y said", "met ... and agreed").
    public var coordinators: [String] = []
    /// Infinitive markers: a second infinitive after "and" ("to neutralise ... and to lift ...") is governed by the
    /// same cue as the first.
    public var infinitiveMarkers: [String] = []
    /// Verbs of force ("struck", "bombed"): force used on an outsider ("US warplanes struck targets around Sanaa")
    /// is another conflict's news, though a party of the model uses it.
    public var forceVerbs: [String] = []
    /// Words after a document that open its content ("a plan under which", "whereby").
    public var contentMarkers: [String] = []
    /// Auxiliary verbs after a negated modal that describe rather than refuse ("would not be").
    public var auxiliaries: [String] = []
    /// Forms of "to be" before a participle that make it passive ("has been postponed", "were held").
    public var passiveAuxiliaries: [String] = []
    /// Adverb ending that marks a describing negated modal ("would not significantly affect").
    public var adverbSuffix: String = ""
    /// Words between numbers that join a range or a list ("24 to 48", "one or two").
    public var numberConnectors: [String] = []
    /// Suffixes of ordinal numbers ("1st", "22nd").
    public var ordinalSuffixes: [String] = []
    /// Units of time that, followed by an offset word ("two days after"), date something rather than measure it.
    public var timeUnits: [String] = []
    /// Indefinite articles read as the number one before a unit ("a dozen", "an hour").
    public var indefiniteArticles: [String] = []
    /// Currency symbol -> unit ("$" -> "dollars").
    public var currencySymbols: [String: String] = [:]
    /// Capitalised words that look like a month abbreviation but are none ("Mar" in a name).
    public var notMonths: [String] = []
    /// Month names that are also common words: a month only when written with its capital ("May", not "may").
    public var monthsOnlyCapitalised: [String] = []
    /// Determiners that may stand between a locative and a place ("in the Kremlin").
    public var placeDeterminers: [String] = []
    /// Phrases naming a day by its distance from the date named just before ("the next day": 1, "the day
    /// before": -1), in the sentence or the previous one. One ending in a temporal marker ("the day before") counts
    /// only when no noun phrase follows it ("the day before the talks" is relative to the talks).
    public var relativeDays: [String: Int] = [:]
    /// Words before a month or a weekday that point back from publication ("since December"): the time is the latest
    /// one not after it even in a sentence that looks ahead ("Israel must withdraw from the land taken since
    /// December").
    public var pastMarkers: [String] = []
    /// Words opening a stance cue that moves a measure ("cut its", "lowered", "eased"): such a cue governs only an
    /// issue it takes as its object, a few words after it ("cut the fentanyl tariff to 10%"), not one named further
    /// on ("cut its forecast for growth, blaming US tariffs").
    public var measureVerbs: [String] = []
    /// Units of a rate ("percent"): a new rate on an issue whose fact holds another rate of the unit is a change of
    /// numbers, stance or no stance ("tariffs of 145% ... now 30%").
    public var rateUnits: [String] = []
    /// Titles before a person's name: after a locative they open a person, not a place ("an aide to President
    /// Ahmed al-Sharaa").
    public var titles: [String] = []
    /// Prefixes that make a party's name qualify something else ("pro-Russian", "anti-American").
    public var notPartyPrefixes: [String] = []
    /// Words before a number that make it part of a name rather than a count ("Article 5", "resolution 2231").
    public var identifierNouns: [String] = []
    /// The recap cue a claim records when its sentence names a date well before publication.
    public var recapDateCue: String = ""

    public init() {}

    enum CodingKeys: String, CodingKey {
        case locatives, actorPrepositions, actorNouns, ownerBreakers, obligations, temporalMarkers, temporalFillers
        case complementSkips, relativePronouns, appositiveOpeners, definiteDeterminers, topicPrepositions
        case conditionals, agentMarkers, coordinators, contentMarkers, auxiliaries, adverbSuffix, numberConnectors
        case ordinalSuffixes, timeUnits, indefiniteArticles, currencySymbols, notMonths, monthsOnlyCapitalised
        case placeDeterminers, recapDateCue, notPartyPrefixes, identifierNouns, wishes, passiveAuxiliaries, titles
        case relativeDays, pastMarkers, infinitiveMarkers, placePrepositions, measureVerbs, rateUnits, forceVerbs
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func list(_ key: CodingKeys) throws -> [String] {
            try c.decodeIfPresent([String].self, forKey: key)?.map { $0.lowercased() } ?? []
        }
        locatives = try list(.locatives)
        actorPrepositions = try list(.actorPrepositions)
        actorNouns = try list(.actorNouns)
        ownerBreakers = try list(.ownerBreakers)
        obligations = try list(.obligations)
        temporalMarkers = try list(.temporalMarkers)
        temporalFillers = try list(.temporalFillers)
        complementSkips = try list(.complementSkips)
        relativePronouns = try list(.relativePronouns)
        appositiveOpeners = try list(.appositiveOpeners)
        definiteDeterminers = try list(.definiteDeterminers)
        topicPrepositions = try list(.topicPrepositions)
        conditionals = try list(.conditionals)
        wishes = try list(.wishes)
        agentMarkers = try list(.agentMarkers)
        coordinators = try list(.coordinators)
        contentMarkers = try list(.contentMarkers)
        infinitiveMarkers = try list(.infinitiveMarkers)
        forceVerbs = try list(.forceVerbs)
        auxiliaries = try list(.auxiliaries)
        passiveAuxiliaries = try list(.passiveAuxiliaries)
        adverbSuffix = try c.decodeIfPresent(String.self, forKey: .adverbSuffix) ?? ""
        numberConnectors = try list(.numberConnectors)
        ordinalSuffixes = try list(.ordinalSuffixes)
        timeUnits = try list(.timeUnits)
        indefiniteArticles = try list(.indefiniteArticles)
        currencySymbols = try c.decodeIfPresent([String: String].self, forKey: .currencySymbols) ?? [:]
        notMonths = try list(.notMonths)
        monthsOnlyCapitalised = try list(.monthsOnlyCapitalised)
        placeDeterminers = try list(.placeDeterminers)
        titles = try list(.titles)
        pastMarkers = try list(.pastMarkers)
        placePrepositions = try list(.placePrepositions)
        measureVerbs = try list(.measureVerbs)
        rateUnits = try list(.rateUnits)
        relativeDays = Dictionary(try c.decodeIfPresent([String: Int].self, forKey: .relativeDays)?
            .map { ($0.key.lowercased(), $0.value) } ?? [], uniquingKeysWith: { first, _ in first })
        notPartyPrefixes = try list(.notPartyPrefixes)
        identifierNouns = try list(.identifierNouns)
        recapDateCue = try c.decodeIfPresent(String.self, forKey: .recapDateCue) ?? ""
    }
}
