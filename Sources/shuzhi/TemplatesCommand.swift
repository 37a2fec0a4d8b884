import ShuzhiKit

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "templates", summary: "列出内置模板，或显示一个模板",
        discussion: """
            不带参数时列出内置模板（第一个是默认模板）。
            “templates show 模板”显示该模板的提纲（模板.yaml）和正文（正文.mustache），\
            可复制到一个文件夹中修改，再用 --template 文件夹 使用。
            """)

    static var arguments: [Declaration<Self>] { [.arguments(\.words, "show 模板", min: 0, max: 2)] }

    var words: [String] = []

    mutating func validate() throws {
        guard let action = words.first else { return }
        guard action == "show" else {
            throw CLIError.usage("未知的子命令“\(action)”，只支持“show”")
        }
        guard words.count == 2 else {
            throw CLIError.usage("缺少模板名称")
        }
    }

    func run(_ console: Console) throws -> Outcome {
        let library = TemplateLibrary.builtin
        guard words.count == 2 else {
            let width = library.templates.map(\.id.count).max() ?? 0
            for (i, t) in library.templates.enumerated() {
                let id = t.id.padded(to: width)
                let short = t.shortNames.isEmpty ? "" : "（简称：\(t.shortNames.joined(separator: "、"))）"
                console.out("\(id)  \(t.name)\(short)\(i == 0 ? "［默认］" : "")\n")
            }
            return .clean
        }
        let name = words[1]
        guard let t = library.template(named: name) else {
            var message = "没有名为“\(name)”的模板"
            if let near = Suggestion.closest(to: name, among: library.allNames) { message += "，是不是“\(near)”？" }
            throw CLIError.usage(message)
        }
        console.out("# ==== 模板.yaml ====\n")
        console.out(BuiltinTemplateSource.schema(of: t.id))
        console.out("# ==== 正文.mustache ====\n")
        console.out(library.partials[t.id] ?? "")
        return .clean
    }
}
