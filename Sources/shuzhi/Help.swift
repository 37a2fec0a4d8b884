import ShuzhiKit

/// Help pages generated from a command's declarations, so help cannot
/// drift from the options the command really accepts.
enum Help {
    static func overview() -> String {
        var s = "shuzhi \(CLI.version)：述职报告（抓基层党建工作述职报告等）的起草与检查工具\n\n"
        s += "用法：shuzhi <命令> [参数]\n\n命令：\n"
        let width = CLI.commands.map { $0.info.name.count }.max() ?? 0
        for c in CLI.commands {
            let name = c.info.name.padded(to: width)
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
                (o.short.map { "\($0), " } ?? "    ") + o.name + (o.placeholder.map { " \($0)" } ?? "")
            }
            let width = labels.map(columns).max() ?? 0
            for (label, o) in zip(labels, info.options) {
                var help = o.help
                if !o.choices.isEmpty { help += "（\(o.choices.joined(separator: "|"))）" }
                s += "  \(label)\(String(repeating: " ", count: width - columns(label)))  \(help)\n"
            }
        }
        return s
    }

    /// Terminal columns `s` takes: Chinese characters and full-width forms take two.
    static func columns(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }
}
