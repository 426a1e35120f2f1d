import Foundation

/// How surely a claim read from a seed report states the fact it became, and why a reader should look at it: each
/// doubt lowers the confidence by its factor and says what to check. The factors are judgement, not a fit: they
/// order the facts for review (a single strong doubt, or two mild ones, fall below `SeedProposal.reviewBelow`).
struct FactDoubts {
    let model: NegotiationModel
    private let positions: Set<String>
    /// Words of the parties' aliases, lowercased as places are: a "place" among them is a party's name misread.
    private let aliasWords: [String: String]
    /// The language's locatives ("in", "at", "to"): a party's name after one is a place indeed.
    private let locatives: Set<String>

    init(model: NegotiationModel) {
        self.model = model
        locatives = Set(model.language.grammar.locatives)
        positions = model.language.positionStances
        var words: [String: String] = [:]
        for party in model.parties {
            for alias in party.aliases {
                for token in Tokenizer.tokens(alias) where token.isCapitalized && words[token.lower] == nil {
                    words[token.lower] = party.id
                }
            }
        }
        aliasWords = words
    }

    /// Confidence of each way the party was found.
    static let attributionConfidence: [String: Double] = [
        "subject": 0.95, "speaker": 0.9, "document": 0.85, "context": 0.5, "none": 0.8,
    ]

    /// The doubts about the fact made of `claim` and filed under `filedUnder` (an alert groups a report's claims
    /// on an issue under one party, so a fact's party may not be its sentence's).
    func of(_ claim: Claim, filedUnder: String?, documents: DocumentTrail.Entry, sideIssue: Bool,
            published: Date?) -> (confidence: Double, review: String?) {
        var confidence = Self.attributionConfidence[claim.attribution] ?? 0.8
        var reasons: [String] = []
        func doubt(_ factor: Double, _ reason: String) {
            confidence *= factor
            reasons.append(reason)
        }
        let party = claim.party.map(name) ?? "no party"
        if filedUnder != claim.party {
            doubt(0.5, "filed under \(filedUnder.map(name) ?? "no party") with this report's other claim on the issue, "
                + "but this sentence reads as \(claim.party.map { name($0) + "'s" } ?? "no party's (a joint act?)")")
        }
        switch claim.attribution {
        case "context":
            reasons.append("party read from the previous sentence (this one names none): is it \(party)'s?")
        case "document":
            if documents.ownerHere == nil, let carried = documents.carried {
                doubt(0.75, "read as a clause of \(name(carried.owner))'s \(carried.word) named in an earlier sentence")
            }
        default:
            break
        }
        // A clause of one party's document quoted by, or next to, another party: the clause is the owner's, a
        // stance on the document is the other's.
        if claim.attribution != "document", let word = documents.word {
            if let owner = documents.ownerHere ?? claim.documentOwner, owner != claim.party {
                doubt(0.55, "the sentence names \(name(owner))'s \(word): filed under \(party) (\(claim.attribution)); "
                    + "a clause of the \(word) is \(name(owner))'s, a stance on it \(party)'s")
            } else if documents.ownerHere == nil, let carried = documents.carried, carried.owner != claim.party {
                doubt(0.7, "the sentence names a \(word), whose owner it does not say (the last one named was "
                    + "\(name(carried.owner))'s \(carried.word)): filed under \(party) (\(claim.attribution))")
            }
        }
        if filedUnder == nil, let stance = claim.stance, positions.contains(stance) {
            doubt(0.7, "a position ('\(stance)') with no party: a joint act, or whose?")
        }
        if sideIssue {
            doubt(0.65, "the issue is only named in the sentence, whose main claim is on another issue: does the "
                + "stance apply to it?")
        }
        if claim.weakTerm {
            doubt(0.75, "the issue is named only by one of its broad words")
        }
        if claim.hedged { doubt(0.7, "hedged wording, read as 'accepts'") }
        if claim.negated, let stance = claim.stance { doubt(0.85, "a negated cue, read as '\(stance)'") }
        if claim.commentary { doubt(0.7, "commentary or analysis rather than a party's act") }
        if claim.background {
            doubt(0.75, "background (\(claim.recapCue ?? "recap")): a past fact, check its dates and whether it "
                + "still holds")
        }
        // A party's name after "in", "at", "to"... is a place indeed ("told reporters in Baku"); elsewhere it is an
        // actor or an adjective ("Russian border guards") misread as a place.
        let tokens = Tokenizer.tokens(claim.sentence)
        let parties = claim.names.filter { word in
            aliasWords[word] != nil && tokens.indices.contains { i in
                tokens[i].lower == word && !(i > 0 && locatives.contains(tokens[i - 1].lower))
            }
        }
        if !parties.isEmpty {
            var owners: [String] = []
            var words: [String: [String]] = [:]
            for word in parties {
                let owner = aliasWords[word] ?? word
                if words[owner] == nil { owners.append(owner) }
                words[owner, default: []].append("'\(word)'")
            }
            doubt(0.75, owners.map { owner in
                (words[owner] ?? []).joined(separator: ", ") + " read as a place: a name of \(name(owner))"
            }.joined(separator: "; "))
        }
        let years = claim.quantities.filter { $0.value >= 1900 && $0.value <= 2100 && $0.value == $0.value.rounded() }
        if !years.isEmpty {
            doubt(0.85, "'\(years.map(\.description).joined(separator: "', '"))' read as a quantity: a year?")
        }
        // A number that names something ("resolution 2773", "Article 5", "23:05") counts nothing: alerts never show
        // it, but the fact keeps it among its quantities.
        let names = claim.quantities.filter { $0.countsNothing && !years.contains($0) }
        if !names.isEmpty {
            doubt(0.9, "'\(names.map(\.description).joined(separator: "', '"))' read as a quantity: part of a name "
                + "(a resolution's or an article's number, a time of day)?")
        }
        // A weekday is read as the one before the report, or after it when the sentence looks ahead. Only the second
        // is doubtful (a past event's sentence may carry a future cue: "said to be"); a weekday of the week after a
        // report of what happened ("the rebels confirmed on Thursday") is no reading to offer.
        let day = published.map(Self.day)
        let alternates = claim.dateAlternates.filter { alternate in
            !claim.dates.contains(alternate) && day.map { alternate <= $0 } ?? true
        }
        if !alternates.isEmpty {
            doubt(0.9, "a weekday read as \(claim.dates.joined(separator: ", ")) (also possible: "
                + "\(alternates.joined(separator: ", ")))")
        }
        let rounded = (confidence * 100).rounded() / 100
        return (rounded, rounded < SeedProposal.reviewBelow && !reasons.isEmpty ? reasons.joined(separator: "; ") : nil)
    }

    /// A day as the date reader writes it (`2025-04-04`, UTC).
    private static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// A party's id as the reader knows it: its name.
    private func name(_ id: String) -> String {
        model.party(id)?.name ?? id
    }
}
