import ArgumentParser
import ParleyCore

@main
struct Parley: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Follows negotiations through news feeds and alerts on every real change.",
        version: ParleyVersion.current,
        subcommands: [
            DemoCommand.self,
            RunCommand.self,
            CheckConfigCommand.self,
            ParseCommand.self,
            ReplayCommand.self,
            ExplainCommand.self,
            FetchCommand.self,
            BenchCommand.self,
            StatusCommand.self,
            DeliveriesCommand.self,
            FeedsCommand.self,
            ModelCommand.self,
            LoopbackServeCommand.self,
        ]
    )
}
