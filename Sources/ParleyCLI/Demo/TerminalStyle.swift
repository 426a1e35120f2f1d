#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ANSI styling for human-readable output: on only when stdout is a terminal, off when piped, and off whenever
/// `NO_COLOR` is set to a non-empty value (https://no-color.org) or `TERM=dumb`. `--color always|never` overrides.
struct TerminalStyle: Sendable, Equatable {
    enum Mode: String, CaseIterable, Sendable {
        case auto, always, never
    }

    enum Color: Int, Sendable {
        case red = 31, green = 32, yellow = 33, blue = 34, magenta = 35, cyan = 36
    }

    var enabled: Bool

    static let plain = TerminalStyle(enabled: false)

    /// Decides for a stream; `isTerminal` and `environment` are parameters so the rule is testable.
    static func decide(mode: Mode, isTerminal: Bool, environment: [String: String]) -> TerminalStyle {
        switch mode {
        case .always: return TerminalStyle(enabled: true)
        case .never: return .plain
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .plain }
            if environment["TERM"] == "dumb" { return .plain }
            return TerminalStyle(enabled: isTerminal)
        }
    }

    static func isTerminal(fileDescriptor: Int32) -> Bool {
        isatty(fileDescriptor) == 1
    }

    /// The terminal's width (TIOCGWINSZ, see ioctl_tty(2)), else `COLUMNS`, else `fallback`: shells rarely
    /// export COLUMNS, so asking the terminal is what makes wrapping fit.
    static func columns(fileDescriptor: Int32, environment: [String: String], fallback: Int = 100) -> Int {
        var size = winsize()
        if ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return environment["COLUMNS"].flatMap(Int.init) ?? fallback
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func color(_ text: String, _ color: Color) -> String { wrap(text, String(color.rawValue)) }
    func boldColor(_ text: String, _ color: Color) -> String { wrap(text, "1;\(color.rawValue)") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
