import ShuzhiKit

struct HelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(name: "help", summary: "显示帮助")
    static var arguments: [Declaration<Self>] { [.argument(\.command, "命令")] }

    var command: String?

    func run(_ console: Console) throws -> Outcome {
        guard let name = command else {
            console.out(Help.overview())
            return .clean
        }
        guard let entry = CLI.command(named: name) else {
            var message = "未知命令“\(name)”"
            if let near = Suggestion.closest(to: name, among: CLI.commands.map(\.info.name)) {
                message += "，是不是“\(near)”？"
            }
            throw CLIError.usage(message)
        }
        console.out(Help.page(for: entry.info))
        return .clean
    }
}

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(name: "version", summary: "显示版本")

    func run(_ console: Console) throws -> Outcome {
        console.out("shuzhi \(CLI.version)\n")
        return .clean
    }
}
