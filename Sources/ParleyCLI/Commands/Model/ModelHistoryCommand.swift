import ArgumentParser
import Foundation
import ParleyCore
import ParleyStore

/// `parley model history ISSUE`: from the model versions the daemon stored, what changed on one issue, when and
/// from which report.
struct ModelHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show what changed on one issue of the stored model, when, and from which report.",
        discussion: """
            Reads the model versions in the daemon's state database (beside a running daemon, without disturbing \
            it). One block per model version that changed the issue: the report (title, url, when it was \
            published and read), then `+` for each fact added, `-` for each fact removed, `=` for a development \
            another outlet corroborated. The first stored version lists the facts the model started with, under \
            the seed's record.
            """)

    @Argument(help: "The issue id (see `parley model show`).")
    var issue: String

    @OptionGroup var state: StateOptions

    @Option(name: .long, help: ArgumentHelp("Only this party's facts (a party id).", valueName: "id"))
    var party: String?

    @Option(name: .long, help: ArgumentHelp(
        "The negotiation (model id), when the state holds several.", valueName: "id"))
    var negotiation: String?

    @Option(name: .long, help: "Evidence shown up to this many characters (0: whole).")
    var width = 160

    func run() async throws {
        let store = try state.openStore()
        print(try await Self.report(issue: issue, party: party, negotiation: negotiation, width: width,
                                    source: StoredModels(store: store)), terminator: "")
    }

    /// The whole output: a heading line, then one block per model version that changed the issue.
    static func report(issue: String, party: String?, negotiation asked: String?, width: Int,
                       source: StoredModels) async throws -> String {
        let negotiation = try await source.negotiation(asked)
        let versions = try await source.versions(of: negotiation)
        var history = IssueHistory(issue: issue, party: party)
        var issues = Set<String>()
        var parties = Set<String>()
        do {
            // Snapshots and deltas as stored: each version's whole model, made once (no rebuild per version).
            try ModelVersionChain.walk(versions, negotiation: negotiation) { _, model in
                issues.formUnion(model.issues.map(\.id))
                parties.formUnion(model.parties.map(\.id))
                history.add(model)
            }
        } catch {
            throw StateOptions.fail("model history: \(error)")
        }
        guard issues.contains(issue) else {
            throw wrongArgument("model history: '\(negotiation)' has no issue '\(issue)' (issues: "
                + issues.sorted().joined(separator: ", ") + ")")
        }
        if let party, !parties.contains(party) {
            throw wrongArgument("model history: '\(negotiation)' has no party '\(party)' (parties: "
                + parties.sorted().joined(separator: ", ") + ")")
        }
        let changes = history.entries.reduce(0) { $0 + $1.added.count + $1.removed.count + $1.corroborated.count }
        var lines = ["\(negotiation) / \(issue)\(party.map { " / \($0)" } ?? ""): \(changes) change"
            + "\(changes == 1 ? "" : "s") in \(history.entries.count) model version"
            + "\(history.entries.count == 1 ? "" : "s") (\(versions.count) stored)"]
        for entry in history.entries {
            lines.append("")
            lines.append(try await heading(entry, source: source))
            for fact in entry.added { lines.append("  + " + line(fact, width: width)) }
            for fact in entry.removed { lines.append("  - " + line(fact, width: width)) }
            for change in entry.corroborated {
                lines.append("  = \(change.development.party ?? "both sides"): corroborated by "
                    + change.outlets.joined(separator: ", ") + " (development \(change.development.alertID))")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// An issue, party or negotiation the state does not hold: said on stderr, exit status 1.
    static func wrongArgument(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return ExitCode(1)
    }

    /// `model v3, read 2025-06-05T10:00:00Z: "Title" <url>, published 2025-06-05T08:00:00Z`.
    private static func heading(_ entry: IssueHistory.Entry, source: StoredModels) async throws -> String {
        guard let record = entry.record else { return "model v\(entry.version) (no record of its report)" }
        var text = "model v\(entry.version), read \(record.detectedAt.formatted(.iso8601)): \"\(record.reportTitle)\" "
            + "<\(record.reportURL)>"
        if let published = try await source.published(alertIDs: record.alertIDs) {
            text += ", published \(published.formatted(.iso8601))"
        } else if let time = record.reportTime {
            // No stored alert says when it was published: the time the core reasoned on for it.
            text += ", report time \(time.formatted(.iso8601))"
        }
        return text
    }

    /// `russia proposes [1200 prisoners; 2025-06-10; istanbul] (Reuters): "evidence"`.
    private static func line(_ fact: Fact, width: Int) -> String {
        var details = fact.quantities + fact.when + fact.places
        if let outlet = fact.outlet { details.append(outlet) }
        let evidence = width > 0 && fact.evidence.count > width
            ? String(fact.evidence.prefix(width - 1)) + "…" : fact.evidence
        return "\(fact.party ?? "both sides") \(fact.attribute == .stance ? "" : fact.attribute.rawValue + " ")"
            + fact.value + (details.isEmpty ? "" : " [" + details.joined(separator: "; ") + "]")
            + ": \"\(evidence)\""
    }
}

/// The only place `model history` reads the store: which negotiations it holds, their model versions oldest
/// first (as stored: whole models and deltas), and when a version's report was published (from its stored alerts).
struct StoredModels {
    let store: SQLiteStateStore

    /// The negotiation asked for, or the only one stored.
    func negotiation(_ asked: String?) async throws -> String {
        let stored = try await store.status().models.map(\.negotiation)
        if let asked {
            guard stored.contains(asked) else {
                throw ModelHistoryCommand.wrongArgument("model history: no stored model of '\(asked)' (stored: "
                    + (stored.isEmpty ? "none" : stored.joined(separator: ", ")) + ")")
            }
            return asked
        }
        guard let only = stored.first else {
            throw StateOptions.fail("model history: no model version stored yet (the daemon stores one per report "
                + "that changes the model)")
        }
        guard stored.count == 1 else {
            throw ModelHistoryCommand.wrongArgument("model history: the state holds several negotiations; give "
                + "--negotiation (" + stored.joined(separator: ", ") + ")")
        }
        return only
    }

    /// The stored versions of `negotiation`, oldest first, as the store keeps them (snapshots and deltas).
    func versions(of negotiation: String) async throws -> [ModelVersion] {
        try await store.modelVersions(negotiation: negotiation)
    }

    /// The whole model at version `version` (the model's own numbering, as `model history` prints it), rebuilt
    /// from the stored snapshots and deltas; nil when no stored version has that number.
    func model(of negotiation: String, version: Int) async throws -> NegotiationModel? {
        var found: NegotiationModel?
        try ModelVersionChain.walk(try await versions(of: negotiation), negotiation: negotiation) { _, model in
            if model.version == version { found = model }
        }
        return found
    }

    /// When the report behind these alerts was published, if an alert of it is stored and says.
    func published(alertIDs: [String]) async throws -> Date? {
        for id in alertIDs {
            if let stored = try await store.alert(id: id), let published = try? stored.decoded().report.published {
                return published
            }
        }
        return nil
    }
}
