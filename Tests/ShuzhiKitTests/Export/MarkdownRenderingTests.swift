import Foundation
import XCTest
@testable import ShuzhiKit

/// The Markdown export renders to the report's own text, block by block,
/// in a CommonMark renderer (cmark, or markdown-it-py) and in
/// Python-Markdown (behind MkDocs), whichever are installed; the tests of
/// a missing renderer skip with a message.
final class MarkdownRenderingTests: XCTestCase {
    /// Every character that is markup somewhere, at the start of a line and inside one.
    static let document = ExportDocument(
        title: "A&B <测试> \"报告\" 2024|年度~述职=报告^",
        nameLines: ["青石镇党委书记　王明远"],
        blocks: [
            .heading(level: 1, text: "一、*重点* _工作_ #1 {#id}", line: 2),
            .paragraph(text: "1. 这一段以数字和点开头", line: 3),
            .paragraph(text: "2024) 年以右括号开头", line: 4),
            .paragraph(text: "- 不是列表 + [链接](x) ![图](y) `代码` <b>粗</b> &amp; & 完成率>95%", line: 5),
            .paragraph(text: "+ 加号开头，中间有 a|b|c 和 ~~删除~~ 与 ==标记== 与 ^^插入^^", line: 6),
            .paragraph(text: "> 不是引用，\\反斜杠\\\\两个，*星号*和__下划线__，<http://example.com> 不是链接", line: 7),
            .paragraph(text: "# 不是标题", line: 8),
            .paragraph(text: "!!! note 不是提示框", line: 9),
            .paragraph(text: ": 不是定义", line: 10),
            .paragraph(text: "=== ", line: 11),
            .paragraph(text: "***", line: 12),
            .paragraph(text: "    缩进四格的不是代码", line: 13),
            .paragraph(text: "时间8:30，比例3:1，1,200元，A_B_C，snake_case_name。{: .class }", line: 14),
            .paragraph(runIn: "（一）", runInLevel: 2, text: "只有编号的段首标题", line: 15),
            .paragraph(runIn: "（二）强化责任落实。", runInLevel: 2, text: "一是带头抓落实。", line: 16),
            .heading(level: 2, text: "（三）夯实*基层*基础", line: 17),
            .signature(lines: ["王明远", "- 2025年1月10日", "1. 附件"], line: 18),
        ])

    /// What each block reads as, in order: its tag and its text.
    static var expected: [[String]] {
        var blocks: [[String]] = [["h1", document.title!]]
        blocks += document.nameLines.map { ["p", $0] }
        for block in document.blocks {
            switch block.content {
            case .heading(let level, let text): blocks.append(["h\(level + 1)", text])
            // Markdown has no leading or trailing spaces in a paragraph.
            case .paragraph(let runIn, _, let text): blocks.append(["p", ((runIn ?? "") + text).trimmingCharacters(in: [" "])])
            case .signature(let lines): blocks.append(["p", lines.joined(separator: "\n")])
            }
        }
        return blocks
    }

    func testCommonMarkRendersTheReportsText() throws {
        if let cmark = ExportTestSupport.tool("cmark", "cmark-gfm") {
            XCTAssertEqual(try render(with: "cmark", cmark), Self.expected)
        } else if try python(has: "markdown_it") {
            XCTAssertEqual(try render(with: "markdown-it"), Self.expected)
        } else {
            throw XCTSkip("未找到 CommonMark 渲染器，跳过；用 apt-get install cmark 或 pip install markdown-it-py 安装")
        }
    }

    func testPythonMarkdownRendersTheReportsText() throws {
        guard try python(has: "markdown") else {
            throw XCTSkip("未找到 Python-Markdown，跳过；用 pip install markdown 安装")
        }
        XCTAssertEqual(try render(with: "python-markdown"), Self.expected)
    }

    /// Renders the document's Markdown and reads back each block's tag and
    /// text: a line break as `\n`, character references decoded.
    func render(with renderer: String, _ tool: String = "") throws -> [[String]] {
        let folder = try ExportTestSupport.temporaryFolder(self)
        let markdown = folder.appendingPathComponent("report.md")
        try Data(MarkdownExporter().export(Self.document)).write(to: markdown)
        let script = folder.appendingPathComponent("blocks.py")
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        let (status, out) = try ExportTestSupport.run(try XCTUnwrap(python), [script.path, renderer, markdown.path, tool])
        XCTAssertEqual(status, 0)
        return try JSONDecoder().decode([[String]].self, from: out)
    }

    var python: String? { ExportTestSupport.tool("python3") }

    func python(has module: String) throws -> Bool {
        guard let python else { throw XCTSkip("未找到 python3，跳过 Markdown 渲染测试") }
        return try ExportTestSupport.run(python, ["-c", "import \(module)"]).0 == 0
    }

    static let script = #"""
        import html.parser, json, subprocess, sys
        renderer, path, tool = sys.argv[1], sys.argv[2], sys.argv[3]
        source = open(path, encoding="utf-8").read()
        if renderer == "python-markdown":
            import markdown
            out = markdown.markdown(source)
        elif renderer == "markdown-it":
            from markdown_it import MarkdownIt
            out = MarkdownIt("commonmark").render(source)
        else:
            out = subprocess.run([tool], input=source, capture_output=True, text=True, check=True).stdout

        BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
        OTHER = {"ul", "ol", "li", "blockquote", "pre", "hr", "table", "dl", "dt", "dd", "div"}

        class Blocks(html.parser.HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.blocks, self.current = [], None
            def handle_starttag(self, tag, attrs):
                if tag in BLOCKS or tag in OTHER:
                    self.current = [tag, ""]
                    self.blocks.append(self.current)
                elif tag == "br" and self.current is not None:
                    self.current[1] += "\n"
            def handle_data(self, data):
                if self.current is not None:
                    self.current[1] += data.replace("\n", "")

        parser = Blocks()
        parser.feed(out)
        print(json.dumps([[tag, text.strip(" ")] for tag, text in parser.blocks], ensure_ascii=False))
        """#
}
