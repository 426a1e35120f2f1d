/// Dates: the dates a sentence names, read against publication (`DateReader`); a date right after an attribution
/// verb ("said on Friday") dates the statement, not the event, and is left out. A relative day ("the next day") is
/// read from the date named before it, in the sentence or the previous one (`carriedDate`).
struct DateStage: SentenceStage {
    let name = "dates"
    /// How many words after an attribution verb a date belongs to the statement.
    static let statementReach = 2

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        var reading = x.dates.read(s.tokens, published: s.published, lookingAhead: s.lookingAhead,
                                   anchor: s.carriedDate, text: s.text, aheadFrom: s.aheadFrom)
        if !s.lookingAhead { s.datesLookingBack = reading }
        let attributions = x.model.attribution.matches(in: s.tokens)
        let statementDates = Set(reading.positions.indices.filter { index in
            attributions.contains { reading.positions[index] >= $0.end && reading.positions[index] - $0.end <= Self.statementReach }
        })
        if !statementDates.isEmpty {
            func keep<T>(_ items: [T]) -> [T] {
                items.enumerated().filter { !statementDates.contains($0.offset) }.map(\.element)
            }
            reading.dates = keep(reading.dates)
            reading.alternates = keep(reading.alternates)
            reading.positions = keep(reading.positions)
        }
        s.dates = reading
    }
}
