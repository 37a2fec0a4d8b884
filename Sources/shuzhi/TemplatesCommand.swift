import ShuzhiKit

struct TemplatesCommand: Command {
    static let info = CommandInfo(
        name: "templates", summary: "列出内置模板，或显示一个模板",
        usage: "templates [show 模板]",
        discussion: """
            不带参数时列出内置模板（第一个是默认模板）。
            “templates show 模板”显示该模板的提纲（模板.yaml）和正文（正文.mustache），\
            可复制到一个文件夹中修改，再用 --template 文件夹 使用。
            """,
        positionals: (0, 2))

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let library = TemplateLibrary.builtin
        switch args.positionals.count {
        case 0:
            let width = library.templates.map(\.id.count).max() ?? 0
            for (i, t) in library.templates.enumerated() {
                let id = t.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let short = t.shortNames.isEmpty ? "" : "（简称：\(t.shortNames.joined(separator: "、"))）"
                console.out("\(id)  \(t.name)\(short)\(i == 0 ? "［默认］" : "")\n")
            }
            return 0
        default:
            guard args.positionals[0] == "show" else {
                throw CLIError.usage("未知的子命令“\(args.positionals[0])”，只支持“show”", command: info.name)
            }
            guard args.positionals.count == 2 else {
                throw CLIError.usage("缺少模板名称", command: info.name)
            }
            let name = args.positionals[1]
            guard let t = library.template(named: name) else {
                var message = "没有名为“\(name)”的模板"
                if let near = Suggestion.closest(to: name, among: library.allNames) { message += "，是不是“\(near)”？" }
                throw CLIError.usage(message, command: info.name)
            }
            console.out("# ==== 模板.yaml ====\n")
            console.out(BuiltinTemplateSource.schema(of: t.id))
            console.out("# ==== 正文.mustache ====\n")
            console.out(library.partials[t.id] ?? "")
            return 0
        }
    }
}
