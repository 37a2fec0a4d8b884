import ShuzhiKit

struct OutlineCommand: Command {
    static let info = CommandInfo(
        name: "outline", summary: "显示纯文本报告读出的结构（JSON）",
        usage: "outline 报告.txt [--template 模板]",
        discussion: """
            读取写好的纯文本报告（每段一行），打印 shuzhi 读出的结构：标题、开头、各部分、\
            条目和编号，以及每一项所在的行和列。check、import 和导出都按这个结构工作。
            """,
        options: [OptionSpec(name: "--template", short: "-t", value: "模板", help: "按哪个模板的提纲识别各部分（默认：乡镇）")],
        positionals: (1, 1))

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let profile = try TemplateChoice.profile(args.value("--template"), command: info.name)
        guard let (_, text) = try Files.readTextOrReport(args.positionals[0], console) else { return 1 }
        console.out(OutlineReader.read(text, profile: profile).json())
        return 0
    }
}

extension TemplateChoice {
    /// The outline profile of `--template` (a built-in name or a folder), or the default.
    static func profile(_ name: String?, command: String) throws -> OutlineProfile {
        guard let name else { return TemplateLibrary.builtin.defaultTemplate.profile }
        switch resolve(name, library: .builtin) {
        case .success(let chosen): return chosen.template.profile
        case .failure(let list):
            throw CLIError.usage(list.diagnostics.map { d in d.message + (d.hint.map { "（\($0)）" } ?? "") }.joined(separator: "；"), command: command)
        }
    }
}
