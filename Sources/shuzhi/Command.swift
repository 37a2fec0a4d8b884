import ShuzhiKit

/// A subcommand: a value whose fields are its options, declared beside its code.
///
/// The tool makes one with `init()`, fills its fields from the arguments
/// (`arguments`), calls `validate()` before any file is read, then `run`.
protocol ParsableCommand: Sendable {
    /// The name, the one-line summary and the longer explanation.
    static var configuration: CommandConfiguration { get }
    /// What the command accepts, bound to its fields, in help order.
    static var arguments: [Declaration<Self>] { get }
    init()
    /// Checks the options together, before any file is read.
    ///
    /// - Throws: `CLIError` (usually `.usage`).
    mutating func validate() throws
    /// Does the work. Diagnostics are printed as they are found; the
    /// outcome says what they came to.
    ///
    /// - Throws: `CLIError` for usage, file and document failures.
    func run(_ console: Console) throws -> Outcome
}

extension ParsableCommand {
    static var arguments: [Declaration<Self>] { [] }
    mutating func validate() throws {}
}

/// A command's name and the text about it.
struct CommandConfiguration: Sendable {
    var name: String
    /// One line for the command list.
    var summary: String
    /// Longer Chinese explanation for the help page; may be empty.
    var discussion: String = ""
}

/// What running a command came to. `exitCode` is the one place that
/// turns it into the process's exit code.
enum Outcome: Sendable, Equatable {
    /// Done; warnings and notes allowed.
    case clean
    /// The document (an input file, a report, a template) has errors; they have been printed.
    case documentHasErrors
    /// Wrong usage, or a file could not be read or written; it has been reported.
    case failed

    /// 0 clean, 1 the document has errors, 2 usage or I/O error.
    var exitCode: Int32 {
        switch self {
        case .clean: 0
        case .documentHasErrors: 1
        case .failed: 2
        }
    }
}

/// Why a command stopped. `CLI` prints it and turns it into an `Outcome`.
enum CLIError: Error, Equatable {
    /// Wrong arguments; the running command's usage line is printed after the message.
    case usage(String)
    /// A file problem; the message names the file.
    case io(String)
    /// Errors in the document: printed as diagnostics.
    case document([Diagnostic])
    /// A located problem outside the document, such as a template folder
    /// without its files, or a tool the machine lacks: printed as diagnostics.
    case environment([Diagnostic])

    var outcome: Outcome {
        switch self {
        case .document: .documentHasErrors
        case .usage, .io, .environment: .failed
        }
    }
}

/// A command as the tool lists, documents and runs it.
///
/// Stored as closures made in a generic initializer rather than as
/// `any ParsableCommand.Type`: calling a static requirement through an
/// existential metatype inside a do/catch crashes the Swift 6.3 compiler on
/// Linux. Here every call to a command's static members is made with the
/// concrete type known.
struct CommandEntry: Sendable {
    /// The command's name, as typed.
    let name: String
    /// What the command accepts, built when asked (help, usage, errors):
    /// building every command's declarations at each start was a
    /// twentieth of a draft's work.
    var info: CommandInfo { makeInfo() }
    private let makeInfo: @Sendable () -> CommandInfo
    /// Parses, validates and runs; prints the help page when asked.
    let execute: @Sendable ([String], Console) throws -> Outcome
    /// Only parses: whether the arguments ask for help. Throws what parsing throws.
    let parse: @Sendable ([String]) throws -> Bool

    init<C: ParsableCommand>(_ command: C.Type) {
        name = C.configuration.name
        makeInfo = { CommandInfo(C.configuration, C.arguments) }
        execute = { args, console in
            switch try ArgumentParser.parse(args, into: C(), C.arguments) {
            case .help:
                console.out(Help.page(for: CommandInfo(C.configuration, C.arguments)))
                return .clean
            case .command(var command):
                try command.validate()
                return try command.run(console)
            }
        }
        parse = { args in
            if case .help = try ArgumentParser.parse(args, into: C(), C.arguments) { return true }
            return false
        }
    }
}

/// What a command accepts, without its types: for usage lines and help pages.
struct CommandInfo: Sendable {
    struct Option: Sendable {
        var name: String
        var short: String?
        /// The value's placeholder; `nil` for a flag.
        var placeholder: String?
        var choices: [String]
        var required: Bool
        var help: String
    }

    struct Positional: Sendable {
        var label: String
        var min: Int
        var max: Int?
    }

    var name: String
    var summary: String
    var discussion: String
    var options: [Option]
    var positionals: [Positional]

    init<Root>(_ configuration: CommandConfiguration, _ declarations: [Declaration<Root>]) {
        name = configuration.name
        summary = configuration.summary
        discussion = configuration.discussion
        options = []
        positionals = []
        for d in declarations {
            switch d.kind {
            case .option(let placeholder, let choices, let required):
                options.append(Option(name: d.name, short: d.short, placeholder: placeholder, choices: choices, required: required, help: d.help))
            case .flag:
                options.append(Option(name: d.name, short: d.short, placeholder: nil, choices: [], required: false, help: d.help))
            case .positional(let min, let max):
                positionals.append(Positional(label: d.name, min: min, max: max))
            }
        }
    }

    /// The synopsis after `shuzhi `, generated: `draft 输入文件 [--output 文件] …`.
    var usage: String {
        var words = [name]
        for p in positionals {
            switch (p.min, p.max) {
            case (1, 1?): words.append(p.label)
            case (0, 1?): words.append("[\(p.label)]")
            case (_, nil): words.append(p.min == 0 ? "[\(p.label)...]" : "\(p.label)...")
            default: words.append(p.min == 0 ? "[\(p.label)]" : p.label)
            }
        }
        for o in options {
            var word = o.name
            if let placeholder = o.placeholder {
                word += " " + (o.choices.isEmpty ? placeholder : o.choices.joined(separator: "|"))
            }
            words.append(o.required ? word : "[\(word)]")
        }
        return words.joined(separator: " ")
    }
}
