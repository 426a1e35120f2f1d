import ArgumentParser
import Foundation
import ParleyDaemon
import ParleyFeeds

/// `parley feeds import|export`: moving subscription lists between Parley and feed readers (OPML 2.0).
struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Import feeds from an OPML file as config entries, or export a config's feeds as OPML.",
        discussion: "Reference: docs/configuration.md#feeds.",
        subcommands: [FeedsImportCommand.self, FeedsExportCommand.self])
}

/// `parley feeds import FILE [--config CONFIG]`: prints YAML `feeds:` entries on stdout, to paste into the config
/// (or to start one); never edits a file, so the config's comments and layout stay the operator's.
struct FeedsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Print the feeds of an OPML file as YAML feeds: entries for the config.",
        discussion: """
            Each outline with an xmlUrl becomes an entry: its title (or text) as name (made unique), its categories \
            and enclosing folders as tags. URLs the config would refuse are left out, each named on stderr. With \
            --config, feeds the config already lists are left out too. Example: \
            parley feeds import subscriptions.opml --config /etc/parley/parley.yaml > new-feeds.yaml
            """)

    @Argument(help: "The OPML file.")
    var file: String

    @Option(name: .long, help: ArgumentHelp("Leave out the feeds this config already lists.", valueName: "config"))
    var config: String?

    func run() async throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CLIError("cannot read \(file): \(error.localizedDescription)")
        }
        let feeds: [OPMLFeed]
        do {
            feeds = try OPML.read(data)
        } catch {
            throw CLIError("\(file): \(error)")
        }
        var existing: [FeedConfig] = []
        if let config {
            do {
                existing = try ConfigLoader(modelCheck: ModelFileCheck.standard).load(file: config).feeds
            } catch {
                throw CLIError(error.description)
            }
        }
        let imported = FeedListExchange.yaml(feeds, existing: existing)
        print(imported.yaml, terminator: "")
        var summary = "\(imported.count) feed(s) from \(file)"
        if !imported.skipped.isEmpty { summary += "; \(imported.skipped.count) left out:" }
        FileHandle.standardError.write(Data(([summary] + imported.skipped.map { "  " + $0 })
            .joined(separator: "\n").utf8 + Data("\n".utf8)))
    }
}

/// `parley feeds export [CONFIG]`: the config's feeds as OPML 2.0 on stdout.
struct FeedsExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the config's feeds as an OPML 2.0 subscription list.",
        discussion: "Names become titles, tags become categories. The config must be valid (parley check-config).")

    @Argument(help: "The YAML config file.")
    var config: String = "/etc/parley/parley.yaml"

    func run() async throws {
        let loaded: DaemonConfig
        do {
            loaded = try ConfigLoader(modelCheck: ModelFileCheck.standard).load(file: config)
        } catch {
            throw CLIError(error.description)
        }
        print(FeedListExchange.opml(loaded), terminator: "")
    }
}
