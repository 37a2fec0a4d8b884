import ShuzhiKit

struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "outline", summary: "显示纯文本报告读出的结构（JSON）",
        discussion: """
            读取写好的纯文本报告（每段一行），打印 shuzhi 读出的结构：标题、开头、各部分、\
            条目和编号，以及每一项所在的行和列。check、import 和导出都按这个结构工作。
            """)

    static var arguments: [Declaration<Self>] {
        [.argument(\.input, "报告.txt")]
            + .group(\.template, TemplateOption.declarations(help: "按它的提纲识别各部分（默认：乡镇）"))
    }

    var input = ""
    var template = TemplateOption()

    mutating func validate() throws {
        try template.validate()
    }

    func run(_ console: Console) throws -> Outcome {
        let profile = try template.load()?.template.profile ?? TemplateLibrary.builtin.defaultTemplate.profile
        let (_, text) = try Files.readText(input, console)
        console.out(OutlineReader.read(text, profile: profile).json())
        return .clean
    }
}
