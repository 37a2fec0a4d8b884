import Foundation
import XCTest
@testable import ShuzhiKit

/// The HTML page, printed by a real browser (headless Chromium) to PDF,
/// lays out the GB/T 9704 page the Word document does: 22 lines a page,
/// 28 characters a line. Skipped when Chromium or pdftotext is missing.
final class HTMLPrintTests: XCTestCase {
    /// 30 paragraphs of 82 characters: with a two-character indent, each
    /// fills exactly three lines (26 + 28 + 28) when a line holds 28.
    static let document: ExportDocument = {
        let han = Array("加强基层组织建设推动党建工作落实提升服务群众能力壮大集体经济培养后备力量整顿软弱涣散")
        let paragraphs = (0..<30).map { p -> ExportBlock in
            let text = String((0..<81).map { han[(p * 7 + $0) % han.count] }) + "。"
            return .paragraph(text: text, line: p + 3)
        }
        return ExportDocument(title: "二〇二四年度述职报告", blocks: paragraphs)
    }()

    func testPrintedPagesHold22LinesOf28Characters() throws {
        let pages = try printedPages(HTMLExporter().string(Self.document))
        // Page 1: the title, the blank line under it, then 20 body lines.
        XCTAssertEqual(pages.first?.first, "二〇二四年度述职报告")
        let body = pages.enumerated().map { $0.offset == 0 ? Array($0.element.dropFirst()) : $0.element }
        XCTAssertEqual(body.map(\.count), [20, 22, 22, 22, 4], "每页行数")
        let lengths = body.joined().map(\.count)
        XCTAssertEqual(lengths, Array(repeating: [26, 28, 28], count: 30).flatMap { $0 }, "每行字数")
    }

    /// The text lines of each printed page, without spaces and page numbers.
    func printedPages(_ html: String) throws -> [[String]] {
        guard let chromium = ExportTestSupport.tool("chromium", "chromium-browser", "google-chrome") else {
            throw XCTSkip("未找到 Chromium，跳过 HTML 打印版式测试；用 apt-get install chromium 安装")
        }
        guard let pdftotext = ExportTestSupport.tool("pdftotext") else {
            throw XCTSkip("未找到 pdftotext，跳过 HTML 打印版式测试；用 apt-get install poppler-utils 安装")
        }
        let folder = try ExportTestSupport.temporaryFolder(self)
        let page = folder.appendingPathComponent("report.html")
        let pdf = folder.appendingPathComponent("report.pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let (status, _) = try ExportTestSupport.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        XCTAssertEqual(status, 0)
        let (textStatus, text) = try ExportTestSupport.run(pdftotext, ["-layout", pdf.path, "-"])
        XCTAssertEqual(textStatus, 0)
        var pages = String(decoding: text, as: UTF8.self).components(separatedBy: "\u{0C}").map { page in
            page.split(separator: "\n").map { $0.filter { !$0.isWhitespace } }
                .filter { !$0.isEmpty && !($0.hasPrefix("—") && $0.hasSuffix("—")) }
        }
        while pages.last?.isEmpty == true { pages.removeLast() }
        return pages
    }
}
