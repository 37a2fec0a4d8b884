#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShuzhiKit

/// `--year`: a four-digit year.
struct Year: ArgumentValue, Equatable {
    var value: Int

    static func read(_ text: String, option: String) throws -> Year {
        guard let n = Int(text), (1949...9999).contains(n) else {
            throw CLIError.usage("年度应为四位数字，如2024，而不是“\(text)”")
        }
        return Year(value: n)
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "new", summary: "新建输入文件（每一项都有填写说明）",
        discussion: """
            按模板写出一个输入文件的框架，每一项后面有中文说明。不写 -o 时输出到标准输出。
            不写 --year 时，年度为今年（1至3月为上一年，因为此时写的是上一年的述职），并说明选了哪一年。
            --from 上年文件：从上年的输入文件（或写好的报告：纯文本或 Word 文档）开始：保留结构、标题和措施\
            （标注为上年原文，待改写），年度加一，各指标的数值移到“上年”、本年待填写，\
            上年的“存在问题”变为今年的“整改情况”。
            """)

    static var arguments: [Declaration<Self>] {
        .group(\.output, OutputOption.declarations(help: "写入的文件（已存在时拒绝覆盖）"))
            + .group(\.template, TemplateOption.declarations(help: "默认：乡镇"))
            + [
                .option(\.year, "--year", value: "年度", help: "述职年度，四位数字"),
                .option(\.from, "--from", value: "上年文件", help: "从上年的输入文件或写好的报告（.txt、.docx）开始"),
            ]
    }

    var output = OutputOption()
    var template = TemplateOption()
    var year: Year?
    var from: String?

    static let refusal = "已填写的内容"

    mutating func validate() throws {
        try template.validate()
        try output.refuseExisting(Self.refusal)
    }

    func run(_ console: Console) throws -> Outcome {
        let chosen = try template.load()
        let text: String
        var inputs: [String] = []
        var yearNote: String?
        if let from {
            let (input, document) = try Files.readDocument(from, console)
            for note in document.notes { console.err(DiagnosticPrinter.text(note)) }
            try Files.refuseEmpty(document, name: input.name, inputFile: !document.isWordDocument && Checker.isInputFile(input.name))
            inputs = [from]
            do throws(Diagnostic) {
                let root = try LastYear.read(document.text, name: input.name)
                text = try NextYear.input(from: root, year: year?.value, template: chosen?.template.id)
            } catch {
                throw CLIError.document([document.locate(error.inFile(error.file ?? input.name))])
            }
        } else {
            let chosenYear: Int
            if let year {
                chosenYear = year.value
            } else {
                let today = Self.today()
                chosenYear = ReportYear.default(year: today.year, month: today.month)
                yearNote = "shuzhi: 说明：" + ReportYear.note(chosen: chosenYear, year: today.year, month: today.month) + "\n"
            }
            text = Skeleton.input(for: chosen?.template ?? TemplateLibrary.builtin.defaultTemplate, year: chosenYear)
        }
        if let out = output.file {
            try output.refuseExisting(Self.refusal)
            try Files.write(text, to: out, inputs: inputs)
        } else {
            console.out(text)
        }
        // Said once the file is written: a failed write says only why it failed.
        if let yearNote { console.err(yearNote) }
        return .clean
    }

    /// Today's year and month. `SHUZHI_TODAY=2026-01` stands in for the
    /// clock, so that tests see the choice a user in January sees.
    static func today() -> (year: Int, month: Int) {
        if let fixed = ProcessInfo.processInfo.environment["SHUZHI_TODAY"] {
            let parts = fixed.split(separator: "-").compactMap { Int($0) }
            if parts.count >= 2, (1...12).contains(parts[1]) { return (parts[0], parts[1]) }
        }
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
        return (parts.year ?? 2025, parts.month ?? 12)
    }
}
