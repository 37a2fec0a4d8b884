#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import ShuzhiKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "check", summary: "检查输入文件或写好的报告（纯文本或 Word 文档）",
        discussion: """
            检查输入文件（.yaml）或写好的报告（纯文本 .txt 每段一行，或 Word 文档 .docx）：必需部分是否齐全、编号是否连续、\
            数目与列举是否相符、有无遗留的占位符、半角标点、多余空格、重复词语等。
            Word 文档按段落指出位置（报告.docx:第12段:5），并给出这一段的开头；GBK、UTF-16 的文本文件也能读。
            给出文件夹时，检查其中（包括子文件夹）所有 .txt、.docx、.yaml 和 .yml 文件，并行进行，\
            最后打印一行汇总：检查了N份：M份有错误，K份无法读取。只读普通文件：文件夹中的命名管道、指向设备的链接等\
            跳过并提示；超过64 MB的文件不读取。
            纯文本报告按最符合的内置模板检查（可用 --template 指定）；输入文件按其中“模板”指定的模板检查。
            --format json：每个文件输出一行 JSON，便于程序处理。
            有错误时退出码为1。
            """)

    /// `--format`: how results are printed.
    enum Format: String, CaseIterable, ArgumentValue {
        case text, json
    }

    static var arguments: [Declaration<Self>] {
        [.arguments(\.paths, "文件或文件夹", min: 1)]
            + .group(\.template, TemplateOption.declarations(help: "按它的提纲检查"))
            + [.option(\.format, "--format", short: "-f", value: "格式", help: "输出格式")]
    }

    var paths: [String] = []
    var template = TemplateOption()
    var format: Format?

    /// One file's result, ready to print.
    struct FileResult {
        var output: String
        var hasErrors: Bool
        var ioError: Bool
        /// Found in a folder but not a regular file (a pipe, a link to a device): passed over with a note.
        var skipped = false
    }

    /// A file to check, and whether it was found by expanding a folder.
    struct Target {
        var path: String
        var inFolder: Bool
    }

    mutating func validate() throws {
        try template.validate()
    }

    func run(_ console: Console) throws -> Outcome {
        let json = format == .json
        let chosen = try template.load()
        let files = try Self.expand(paths)
        var checked = 0
        var withErrors = 0
        var ioErrors = 0
        var skipped = 0
        // Files are checked in parallel in chunks and printed in order, so
        // memory stays flat however many files a folder holds.
        let chunk = 64
        var start = 0
        while start < files.count {
            let slice = Array(files[start..<min(files.count, start + chunk)])
            let results = ResultSlots(count: slice.count)
            DispatchQueue.concurrentPerform(iterations: slice.count) { k in
                results.set(k, Self.checkFile(slice[k], chosen: chosen, json: json, console: console))
            }
            for r in results.all {
                if json { console.out(r.output) } else if !r.output.isEmpty { console.out(r.output) }
                if r.skipped {
                    skipped += 1
                    continue
                }
                checked += 1
                if r.hasErrors { withErrors += 1 }
                if r.ioError { ioErrors += 1 }
            }
            start += chunk
        }
        if !json && files.count > 1 {
            // Files that could not be read are counted apart: they have no findings, good or bad.
            var summary = "检查了\(checked)份：\(withErrors)份有错误"
            if ioErrors > 0 { summary += "，\(ioErrors)份无法读取" }
            if skipped > 0 { summary += "；跳过\(skipped)个不是普通文件的" }
            console.out(summary + "\n")
        }
        // A file that could not be read is never a pass: a misspelled path must fail a script.
        if ioErrors > 0 { return .failed }
        return withErrors > 0 ? .documentHasErrors : .clean
    }

    /// Files named, with folders expanded recursively to their reports and
    /// input files, in a stable order.
    static func expand(_ paths: [String]) throws -> [Target] {
        var files: [Target] = []
        let fm = FileManager.default
        for path in paths {
            if path != "-" && System.isDirectory(path) {
                guard let walker = try? fm.subpathsOfDirectory(atPath: path) else { throw CLIError.io("无法读取文件夹“\(path)”") }
                var found: [String] = []
                for rel in walker {
                    let lower = rel.lowercased()
                    // Word's lock files (~$报告.docx) are not documents.
                    let isLock = rel.split(separator: "/").last?.hasPrefix("~$") == true
                    if !isLock && (lower.hasSuffix(".txt") || lower.hasSuffix(".docx") || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")) {
                        found.append(path.hasSuffix("/") ? path + rel : path + "/" + rel)
                    }
                }
                if found.isEmpty { throw CLIError.io("文件夹“\(path)”中没有 .txt、.docx、.yaml 或 .yml 文件") }
                files += found.sorted().map { Target(path: $0, inFolder: true) }
            } else {
                files.append(Target(path: path, inFolder: false))
            }
        }
        return files
    }

    static func checkFile(_ target: Target, chosen: ChosenTemplate?, json: Bool, console: Console) -> FileResult {
        let path = target.path
        let findings: [Diagnostic]
        let name: String
        do {
            let (input, document) = try Files.readDocument(path, console)
            let text = document.text
            name = input.name
            if !document.isWordDocument && (Checker.isInputFile(input.name) || LastYear.looksLikeInput(text)) {
                findings = document.notes + Checker.checkInput(text, file: input.name, options: Drafter.Options(template: chosen))
            } else {
                // One reading of the report: the template that fits it is scored from it.
                // A Word document is located by paragraph: 2024.docx:第12段:5.
                findings = document.notes + document.locate(Checker.checkReport(text, file: input.name, template: chosen?.template))
            }
        } catch CLIError.document(let found) {
            // Bytes that are not text: a finding about this file, like any other.
            name = path == "-" ? Files.stdinName : path
            findings = found
        } catch CLIError.environment(let found) where target.inFolder && found.first?.code == .notAFile {
            // A pipe or a link to a device among a folder's reports: not a report, so passed over.
            var note = found[0]
            note.severity = .note
            note.message = "已跳过：" + note.message
            if json {
                return FileResult(output: "{\"file\":\(JSONText.quote(path)),\"skipped\":\(JSONText.quote(note.message))}\n", hasErrors: false, ioError: false, skipped: true)
            }
            return FileResult(output: DiagnosticPrinter.text(note), hasErrors: false, ioError: false, skipped: true)
        } catch {
            let message: String
            var code: DiagnosticCode?
            switch error {
            case CLIError.io(let m): message = m
            case CLIError.environment(let found) where !found.isEmpty:
                message = found[0].message
                code = found[0].code
            default: message = "无法读取“\(path)”"
            }
            if json {
                let codeField = code.map { ",\"code\":\(JSONText.quote($0.rawValue))" } ?? ""
                return FileResult(output: "{\"file\":\(JSONText.quote(path)),\"error\":\(JSONText.quote(message))\(codeField)}\n", hasErrors: false, ioError: true)
            }
            if case CLIError.environment(let found) = error, !found.isEmpty {
                return FileResult(output: found.map(DiagnosticPrinter.text).joined(), hasErrors: false, ioError: true)
            }
            return FileResult(output: "shuzhi: 错误：\(message)\n", hasErrors: false, ioError: true)
        }
        let hasErrors = findings.hasErrors
        if json {
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.filter { $0.severity == .warning }.count
            let items = findings.map(DiagnosticPrinter.json).joined(separator: ",")
            return FileResult(
                output: "{\"file\":\(JSONText.quote(name)),\"errors\":\(errors),\"warnings\":\(warnings),\"diagnostics\":[\(items)]}\n",
                hasErrors: hasErrors, ioError: false)
        }
        return FileResult(output: findings.map(DiagnosticPrinter.text).joined(), hasErrors: hasErrors, ioError: false)
    }
}

/// Results written by concurrent workers, each into its own slot.
final class ResultSlots: @unchecked Sendable {
    private var slots: [CheckCommand.FileResult?]
    private let lock = Lock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ r: CheckCommand.FileResult) {
        lock.lock(); slots[k] = r; lock.unlock()
    }
    var all: [CheckCommand.FileResult] { slots.compactMap { $0 } }
}
