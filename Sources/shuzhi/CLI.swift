import ShuzhiKit

/// The tool's one entry and one exit point: finds the subcommand, parses
/// its arguments, runs it, and maps every failure to an exit code
/// (0 success, 1 the document has errors, 2 usage or I/O error).
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
        commands.first { $0.info.name == name }
    }

    /// Runs the tool with `args` (without the program name).
    static func run(_ args: [String], console: Console) -> Int32 {
        guard let first = args.first else {
            console.out(Help.overview())
            return 0
        }
        if first == "--help" || first == "-h" {
            console.out(Help.overview())
            return 0
        }
        if first == "--version" || first == "-V" {
            console.out("shuzhi \(version)\n")
            return 0
        }
        guard let command = command(named: first) else {
            var message = first.hasPrefix("-") ? "未知选项“\(first)”" : "未知命令“\(first)”"
            if let near = Suggestion.closest(to: first, among: commands.map(\.info.name)) {
                message += "，是不是“\(near)”？"
            }
            console.err("shuzhi: 错误：\(message)\n")
            console.err("用法：shuzhi <命令> [参数]；运行“shuzhi --help”查看所有命令\n")
            return 2
        }
        let rest = Array(args.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(Help.page(for: command.info))
            return 0
        }
        do {
            let parsed = try ArgumentParser.parse(rest, for: command.info)
            return try command.run(parsed, console)
        } catch let error as CLIError {
            report(error, console)
            return 2
        } catch {
            // Commands throw only CLIError; anything else is our bug, still exit 2.
            console.err("shuzhi: 内部错误：\(error)\n")
            return 2
        }
    }

    static func report(_ error: CLIError, _ console: Console) {
        switch error {
        case .usage(let message, let name):
            console.err("shuzhi: 错误：\(message)\n")
            if let name, let cmd = command(named: name) {
                console.err("用法：shuzhi \(cmd.info.usage)；运行“shuzhi help \(name)”查看说明\n")
            }
        case .io(let message):
            console.err("shuzhi: 错误：\(message)\n")
        }
    }
}
