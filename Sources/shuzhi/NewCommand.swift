import Foundation
import ShuzhiKit

struct NewCommand: Command {
    static let info = CommandInfo(
        name: "new", summary: "新建输入文件（每一项都有填写说明）",
        usage: "new [--template 模板] [--year 年度] [-o 文件]",
        discussion: """
            按模板写出一个输入文件的框架，每一项后面有中文说明。不写 -o 时输出到标准输出。
            不写 --year 时，年度为今年（1月、2月为上一年，因为此时写的是上一年的述职）。
            """,
        options: [
            OptionSpec(name: "--output", short: "-o", value: "文件", help: "写入的文件（已存在时拒绝覆盖）"),
            OptionSpec(name: "--template", short: "-t", value: "模板", help: "内置模板编号或名称（默认：乡镇）"),
            OptionSpec(name: "--year", value: "年度", help: "述职年度，四位数字"),
        ],
        positionals: (0, 0))

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let library = TemplateLibrary.builtin
        var template = library.defaultTemplate
        if let name = args.value("--template") {
            guard let t = library.template(named: name) else {
                var message = "没有名为“\(name)”的模板"
                if let near = Suggestion.closest(to: name, among: library.allNames) { message += "，是不是“\(near)”？" }
                throw CLIError.usage(message, command: info.name)
            }
            template = t
        }
        let year: Int
        if let y = args.value("--year") {
            guard let n = Int(y), (1949...9999).contains(n) else {
                throw CLIError.usage("年度应为四位数字，如2024，而不是“\(y)”", command: info.name)
            }
            year = n
        } else {
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
            year = (parts.month ?? 12) <= 2 ? (parts.year ?? 2025) - 1 : (parts.year ?? 2025)
        }
        let text = Skeleton.input(for: template, year: year)
        if let out = args.value("--output") {
            if FileManager.default.fileExists(atPath: out) {
                throw CLIError.io("“\(out)”已存在，为防止覆盖已填写的内容，请换一个文件名或先删除它")
            }
            try Files.write(text, to: out, inputs: [])
        } else {
            console.out(text)
        }
        return 0
    }
}
