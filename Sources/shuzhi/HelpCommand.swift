import ShuzhiKit

/// Help pages generated from `CommandInfo`, so help cannot drift from the
/// options a command really accepts.
enum Help {
    static func overview() -> String {
        var s = "shuzhi \(CLI.version)：述职报告（抓基层党建工作述职报告等）的起草与检查工具\n\n"
        s += "用法：shuzhi <命令> [参数]\n\n命令：\n"
        let width = CLI.commands.map { $0.info.name.count }.max() ?? 0
        for c in CLI.commands {
            let name = c.info.name.padding(toLength: width, withPad: " ", startingAt: 0)
            s += "  \(name)  \(c.info.summary)\n"
        }
        s += "\n选项：\n  -h, --help     显示帮助\n  -V, --version  显示版本\n"
        s += "\n退出码：0 成功；1 文档有错误；2 用法或读写错误\n"
        s += "运行“shuzhi help <命令>”查看某个命令的说明。\n"
        return s
    }

    static func page(for info: CommandInfo) -> String {
        var s = "用法：shuzhi \(info.usage)\n\n\(info.summary)\n"
        if !info.discussion.isEmpty {
            s += "\n\(info.discussion)\n"
        }
        if !info.options.isEmpty {
            s += "\n选项：\n"
            let labels = info.options.map { o in
                (o.short.map { "\($0), " } ?? "    ") + o.name + (o.value.map { " \($0)" } ?? "")
            }
            let width = labels.map(\.count).max() ?? 0
            for (label, o) in zip(labels, info.options) {
                var help = o.help
                if !o.choices.isEmpty { help += "（\(o.choices.joined(separator: "|"))）" }
                s += "  \(label.padding(toLength: width, withPad: " ", startingAt: 0))  \(help)\n"
            }
        }
        return s
    }
}

struct HelpCommand: Command {
    static let info = CommandInfo(
        name: "help", summary: "显示帮助", usage: "help [命令]", positionals: (0, 1))

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        guard let name = args.positionals.first else {
            console.out(Help.overview())
            return 0
        }
        guard let command = CLI.command(named: name) else {
            var message = "未知命令“\(name)”"
            if let near = Suggestion.closest(to: name, among: CLI.commands.map(\.info.name)) {
                message += "，是不是“\(near)”？"
            }
            throw CLIError.usage(message, command: "help")
        }
        console.out(Help.page(for: command.info))
        return 0
    }
}

struct VersionCommand: Command {
    static let info = CommandInfo(name: "version", summary: "显示版本", usage: "version")

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        console.out("shuzhi \(CLI.version)\n")
        return 0
    }
}
