import XCTest
import ShuzhiKit
@testable import shuzhi

/// A command with only the output and export format options.
private struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(name: "demo", summary: "")
    static var arguments: [Declaration<Self>] {
        .group(\.output, OutputOption.declarations(help: "")) + .group(\.format, ExportFormatOptions.declarations)
    }
    var output = OutputOption()
    var format = ExportFormatOptions()
    func run(_ console: Console) throws -> Outcome { .clean }
}

final class ExportOptionsTests: XCTestCase {
    private func options(_ args: [String]) throws -> ExportOptions {
        guard case .command(let demo) = try ArgumentParser.parse(args, into: Demo(), Demo.arguments) else {
            throw CLIError.usage("help")
        }
        return try demo.format.resolve(output: demo.output.path)
    }

    private func usageError(_ args: [String]) -> String? {
        do {
            _ = try options(args)
            return nil
        } catch CLIError.usage(let message) {
            return message
        } catch {
            return "\(error)"
        }
    }

    func testFormatFollowsTheOutputExtension() throws {
        XCTAssertEqual(try options(["-o", "a.txt"]).format, .text)
        XCTAssertEqual(try options(["-o", "a.md"]).format, .markdown)
        XCTAssertEqual(try options(["-o", "dir.v2/A.HTML"]).format, .html)
        XCTAssertEqual(try options(["-o", "2024述职报告.docx"]).format, .docx)
        XCTAssertEqual(try options([]).format, .text)
        XCTAssertEqual(try options(["-o", "-"]).format, .text)
        XCTAssertEqual(try options(["-o", "report"]).format, .text)
    }

    func testFormatOptionWinsWhenThereIsNoExtension() throws {
        XCTAssertEqual(try options(["--format", "docx"]).format, .docx)
        XCTAssertEqual(try options(["--format", "html", "-o", "-"]).format, .html)
        XCTAssertEqual(try options(["--format", "markdown", "-o", "a.md"]).format, .markdown)
    }

    func testFormatAndExtensionMustAgree() {
        XCTAssertEqual(usageError(["--format", "docx", "-o", "a.txt"]), "输出格式“docx”与输出文件扩展名“.txt”不一致")
    }

    func testUnknownExtensionAsksForAFormat() {
        XCTAssertEqual(
            usageError(["-o", "a.doc"]),
            "不认识输出文件扩展名“.doc”，请用 --format 指定格式（text、markdown、html、docx）；Word 文件请用 .docx")
        XCTAssertEqual(try options(["-o", "a.doc", "--format", "docx"]).format, .docx)
    }

    func testTextOptionsAreReadAndRefusedForOtherFormats() throws {
        let text = try options(["--indent", "--crlf", "--encoding", "gb18030"])
        XCTAssertEqual(text.text, PlainTextExporter.Options(indent: true, lineEnding: .crlf, encoding: .gb18030))
        XCTAssertEqual(usageError(["-o", "a.docx", "--crlf"]), "选项“--crlf”只用于 text 格式")
        XCTAssertEqual(usageError(["-o", "a.md", "--encoding", "utf-8"]), "选项“--encoding”只用于 text 格式")
        XCTAssertEqual(usageError(["-o", "a.txt", "--docx-grid", "lines"]), "选项“--docx-grid”只用于 docx 格式")
        XCTAssertEqual(try options(["-o", "a.docx", "--docx-grid", "chars"]).docx.grid, .linesAndChars)
        XCTAssertEqual(try options(["-o", "a.docx"]).docx.grid, .lines)
    }

    func testExportBytesWritesTheChosenFormat() throws {
        let doc = ExportDocument(title: "标题", blocks: [.paragraph(text: "正文")])
        var o = ExportOptions()
        XCTAssertEqual(try exportBytes(doc, o), Array("标题\n\n正文\n".utf8))
        o.format = .markdown
        XCTAssertEqual(try exportBytes(doc, o), Array("# 标题\n\n正文\n".utf8))
        o.format = .docx
        XCTAssertEqual(Array(try exportBytes(doc, o).prefix(4)), [0x50, 0x4B, 0x03, 0x04])
        o.format = .html
        XCTAssertTrue(String(decoding: try exportBytes(doc, o), as: UTF8.self).contains("<p>正文</p>"))
    }
}
