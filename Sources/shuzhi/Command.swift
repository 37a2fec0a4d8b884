/// One option a command accepts.
struct OptionSpec: Sendable {
    /// Long name with dashes, such as `--output`.
    var name: String
    /// Short alias with a dash, such as `-o`.
    var short: String? = nil
    /// The placeholder for the value in help (`FILE`); `nil` for a flag.
    var value: String? = nil
    /// Allowed values, checked before the command runs; empty means any.
    var choices: [String] = []
    /// Whether the option may be given more than once.
    var repeatable = false
    /// Chinese help text.
    var help: String
}

/// What a command is called and what it accepts; help text is generated from it.
struct CommandInfo: Sendable {
    var name: String
    /// One line for the command list.
    var summary: String
    /// The synopsis after `shuzhi `, such as `draft 输入文件 [-o 文件]`.
    var usage: String
    /// Longer Chinese explanation, printed by `help CMD`; may be empty.
    var discussion: String = ""
    var options: [OptionSpec] = []
    /// Minimum and maximum number of positional arguments (`nil`: no maximum).
    var positionals: (min: Int, max: Int?) = (0, 0)
}

/// A subcommand: its description beside its code.
protocol Command: Sendable {
    static var info: CommandInfo { get }
    /// Runs with validated arguments; returns the exit code (0, 1 or 2).
    /// Throws `CLIError` for usage and I/O problems.
    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32
}

/// A registered command. Stored as closures rather than `any Command.Type`:
/// calling a static requirement through an existential metatype inside a
/// do/catch crashes the Swift 6.3 compiler on Linux.
struct CommandEntry: Sendable {
    let info: CommandInfo
    let run: @Sendable (ParsedArguments, Console) throws -> Int32

    init<C: Command>(_ command: C.Type) {
        info = C.info
        run = { try C.run($0, $1) }
    }
}

/// The arguments of one command after parsing and validation.
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []

    /// The last value of `--name`, if given.
    func value(_ name: String) -> String? { values[name]?.last }
    /// Every value of a repeatable option, in order.
    func allValues(_ name: String) -> [String] { values[name] ?? [] }
    /// Whether the flag `--name` was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    mutating func add(value: String, for name: String) { values[name, default: []].append(value) }
    mutating func add(flag name: String) { flags.insert(name) }
}

/// A failure that is not about the document: wrong usage or a file that
/// cannot be read or written. Always exit code 2.
enum CLIError: Error, Equatable {
    /// Wrong arguments; the command's usage is printed after the message.
    case usage(String, command: String?)
    /// A file problem; the message names the file.
    case io(String)
}
