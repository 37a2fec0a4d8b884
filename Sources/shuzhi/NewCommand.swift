import Foundation
import ShuzhiKit

struct NewCommand: Command {
    static let info = CommandInfo(
        name: "new", summary: "新建输入文件（每一项都有填写说明）",
        usage: "new [--template 模板] [--year 年度] [--from 上年文件] [-o 文件]",
        discussion: """
            按模板写出一个输入文件的框架，每一项后面有中文说明。不写 -o 时输出到标准输出。
            不写 --year 时，年度为今年（1月、2月为上一年，因为此时写的是上一年的述职）。
            --from 上年文件：从上年的输入文件（或写好的纯文本报告）开始：保留结构、标题和措施\
            （标注为上年原文，待改写），年度加一，各指标的数值移到“上年”、本年待填写，\
            上年的“存在问题”变为今年的“整改情况”。
            """,
        options: [
            OptionSpec(name: "--output", short: "-o", value: "文件", help: "写入的文件（已存在时拒绝覆盖）"),
            OptionSpec(name: "--template", short: "-t", value: "模板", help: "内置模板编号或名称（默认：乡镇）"),
            OptionSpec(name: "--year", value: "年度", help: "述职年度，四位数字"),
            OptionSpec(name: "--from", value: "上年文件", help: "从上年的输入文件或纯文本报告开始"),
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
        if let from = args.value("--from") {
            return try runFrom(
                from, year: args.value("--year"), template: args.value("--template") != nil ? template.id : nil,
                output: args.value("--output"), console)
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

    static func parseYear(_ y: String) throws -> Int {
        guard let n = Int(y), (1949...9999).contains(n) else {
            throw CLIError.usage("年度应为四位数字，如2024，而不是“\(y)”", command: info.name)
        }
        return n
    }

    static func runFrom(_ path: String, year: String?, template: String?, output: String?, _ console: Console) throws -> Int32 {
        let newYear = try year.map(parseYear)
        guard let (input, text) = try Files.readTextOrReport(path, console) else { return 1 }
        let result: String
        do throws(Diagnostic) {
            let root = try LastYear.read(text, name: input.name)
            result = try NextYear.input(from: root, year: newYear, template: template)
        } catch {
            console.err(DiagnosticPrinter.text(error.inFile(error.file ?? input.name)))
            return 1
        }
        if let output {
            if FileManager.default.fileExists(atPath: output) {
                throw CLIError.io("“\(output)”已存在，为防止覆盖已填写的内容，请换一个文件名或先删除它")
            }
            try Files.write(result, to: output, inputs: [path])
        } else {
            console.out(result)
        }
        return 0
    }
}
