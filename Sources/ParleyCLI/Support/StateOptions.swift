import ArgumentParser
import Foundation
import ParleyDaemon
import ParleyStore

/// Where the daemon's state is, for commands that read or change it beside a running daemon (`deliveries`,
/// `status`): the state directory of a config file, or a directory given directly. The database is opened
/// as a second connection (SQLite WAL: reads never block the daemon; writes wait their turn, up to 10 s), and
/// never created: a missing or unusable database exits 78 (EX_CONFIG).
struct StateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The daemon's YAML config file; its state_directory is used.",
                                            valueName: "file"))
    var config: String?

    @Option(name: .customLong("state-dir"), help: ArgumentHelp(
        "The state directory itself (holds parley.sqlite), instead of --config.", valueName: "dir"))
    var stateDir: String?

    func validate() throws {
        guard (config == nil) != (stateDir == nil) else {
            throw ValidationError("give exactly one of --config FILE or --state-dir DIR")
        }
    }

    /// Opens the existing state database, or exits 78 saying why not.
    func openStore() throws -> SQLiteStateStore {
        let directory: String
        if let stateDir {
            directory = stateDir
        } else {
            do {
                directory = try ConfigLoader().load(file: config ?? "").stateDirectory
            } catch {
                throw Self.fail(error.description)
            }
        }
        let path = (directory as NSString).appendingPathComponent(SQLiteStateStore.fileName)
        guard FileManager.default.fileExists(atPath: path) else {
            throw Self.fail("state: no database at \(path) (has the daemon run with this state directory?)")
        }
        do {
            return try SQLiteStateStore(path: path)
        } catch {
            throw Self.fail("state: \(error)")
        }
    }

    static func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return ExitCode(78)
    }
}
