import ShuzhiKit

/// The tool's one entry and one exit point: finds the subcommand, runs it,
/// prints any error it stopped with, and returns the exit code of its
/// `Outcome` (0 success, 1 the document has errors, 2 usage or I/O error).
enum CLI {
    static let version = "0.1.0"

    /// Every subcommand, in the order `--help` lists them.
    static let commands: [CommandEntry] = [
        CommandEntry(DraftCommand.self),
        CommandEntry(NewCommand.self),
        CommandEntry(CheckCommand.self),
        CommandEntry(ImportCommand.self),
        CommandEntry(ExportCommand.self),
        CommandEntry(TemplatesCommand.self),
        CommandEntry(OutlineCommand.self),
        CommandEntry(ParseCommand.self),
        CommandEntry(RenderCommand.self),
        CommandEntry(HelpCommand.self),
        CommandEntry(VersionCommand.self),
    ]

    static func command(named name: String) -> CommandEntry? {
        commands.first { $0.name == name }
    }

    /// Runs the tool with `args` (without the program name).
    static func run(_ args: [String], console: Console) -> Int32 {
        outcome(args, console).exitCode
    }

    static func outcome(_ args: [String], _ console: Console) -> Outcome {
        guard let first = args.first, !ArgumentParser.helpSpellings.contains(first) else {
            console.out(Help.overview())
            return .clean
        }
        if first == "--version" || first == "-V" {
            console.out("shuzhi \(version)\n")
            return .clean
        }
        guard let command = command(named: first) else {
            var message = first.hasPrefix("-") ? "未知选项“\(first)”" : "未知命令“\(first)”"
            if let near = Suggestion.closest(to: first, among: commands.map(\.name)) {
                message += "，是不是“\(near)”？"
            }
            console.err("shuzhi: 错误：\(message)\n")
            console.err("用法：shuzhi <命令> [参数]；运行“shuzhi --help”查看所有命令\n")
            return .failed
        }
        do {
            return try command.execute(Array(args.dropFirst()), console)
        } catch let error as CLIError {
            report(error, command: command.info, console)
            return error.outcome
        } catch {
            // Commands throw only CLIError; anything else is our bug, still a failure.
            console.err("shuzhi: 内部错误：\(error)\n")
            return .failed
        }
    }

    static func report(_ error: CLIError, command: CommandInfo, _ console: Console) {
        switch error {
        case .usage(let message):
            console.err("shuzhi: 错误：\(message)\n")
            console.err("用法：shuzhi \(command.usage)；运行“shuzhi help \(command.name)”查看说明\n")
        case .io(let message):
            console.err("shuzhi: 错误：\(message)\n")
        case .document(let diagnostics), .environment(let diagnostics):
            for d in diagnostics { console.err(DiagnosticPrinter.text(d)) }
        }
    }
}
