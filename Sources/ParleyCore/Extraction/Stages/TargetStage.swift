/// Targets: the issues the sentence makes a claim on, each with the cue that governs it. The focus is the issue
/// the sentence's main cue governs (the subject of a passive cue, `VoiceStage`; else the first issue term after the
/// first cue, else the first issue; when a document is the subject, an issue in its content). Besides the focus:
/// the clauses of a document's content, meetings named beside a word of meeting, and issues a second verb phrase
/// governs ("... and agreed to return the bodies") or a coordinated infinitive names ("to neutralise the FDLR
/// militia and to lift Rwanda's defensive measures"). With `everyIssue`, every issue named. One claim per issue.
struct TargetStage: SentenceStage {
    let name = "targets"

    func read(_ s: inout SentenceReading, with x: ClaimExtractor) {
        let issues = s.issues
        // No issue, no claim: `documents` ends such a sentence before it gets here, unless a diagnostic skipped it.
        guard !issues.isEmpty else { return }
        let stances = s.stances
        let subjectDocument = s.documentSubject == nil ? nil : s.documents.first
        let candidates = issues.count > 1
            ? issues.filter { match in !(subjectDocument.map { match.start < $0.end } ?? false) }
            : issues
        let pool = candidates.isEmpty ? issues : candidates
        let focus: PhraseMatcher.Match
        if let subject = s.passiveSubject, pool.contains(subject) {
            focus = subject
        } else if let main = stances.first {
            focus = pool.first { $0.start >= main.start } ?? pool[0]
        } else {
            focus = pool[0]
        }
        let clauses = x.clauses(issues, documents: s.documents, from: s.contentStart)
        let meetingCues = x.meetingCues(issues, stances: stances, focus: focus)
        let meetings = issues.filter { meetingCues[$0.start] != nil }
        let coordinated = x.coordinatedCues(s.tokens, issueMatches: issues, stances: stances, focus: focus)
            .merging(x.coordinatedInfinitives(s.tokens, text: s.text, issueMatches: issues, stances: stances,
                                              focus: focus)) { first, _ in first }
        let targets = s.everyIssue
            ? issues
            : [focus] + clauses + meetings + coordinated.values.map(\.0).sorted(by: { $0.start < $1.start })
        var seen = Set<Int>()
        for match in targets where seen.insert(match.label).inserted {
            // The cue that governs the issue: the sentence's main cue when it comes first, else the nearest after.
            let main = stances.first.flatMap { $0.start <= match.start ? $0 : nil }
            let cue = meetingCues[match.start] ?? coordinated[match.start]?.1 ?? main
                ?? stances.first { $0.start > match.start }
            s.drafts.append(ClaimDraft(match: match, cue: cue))
        }
    }
}
