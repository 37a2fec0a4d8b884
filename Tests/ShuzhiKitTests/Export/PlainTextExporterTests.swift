import XCTest
@testable import ShuzhiKit

final class PlainTextExporterTests: XCTestCase {
    func testDefaultTextIsOneParagraphALine() {
        XCTAssertEqual(PlainTextExporter().string(ExportSamples.small), """
            2024年度抓基层党建工作述职报告

            青石镇党委书记　王明远
            按照县委要求，现将本人2024年度抓基层党建工作情况报告如下：
            一、履职情况
            （一）强化责任落实，压力传导到边到底。一是带头抓落实。全年主持召开党委会专题研究党建工作12次。
            （二）夯实基层基础
            1.建强村级阵地
            新建柳河村党群服务中心1个，投入资金65万元。
            二、存在问题
            对软弱涣散党组织整顿还不够深入。
            王明远
            2025年1月10日

            """)
    }

    func testIndentPutsTwoFullWidthSpacesBeforeHeadingsAndParagraphsOnly() {
        let text = PlainTextExporter(options: .init(indent: true)).string(ExportSamples.small)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "2024年度抓基层党建工作述职报告")
        XCTAssertEqual(lines[1], "")
        XCTAssertEqual(lines[2], "青石镇党委书记　王明远")
        XCTAssertEqual(lines[3], "　　按照县委要求，现将本人2024年度抓基层党建工作情况报告如下：")
        XCTAssertEqual(lines[4], "　　一、履职情况")
        XCTAssertEqual(lines[11], "王明远")
    }

    func testCRLFEndsEveryLine() throws {
        let bytes = try PlainTextExporter(options: .init(lineEnding: .crlf)).export(
            ExportDocument(blocks: [.paragraph(text: "甲"), .paragraph(text: "乙")]))
        XCTAssertEqual(bytes, Array("甲\r\n乙\r\n".utf8))
    }

    func testGB18030OutputUsesTheNationalEncoding() throws {
        let bytes = try PlainTextExporter(options: .init(lineEnding: .crlf, encoding: .gb18030))
            .export(ExportDocument(blocks: [.paragraph(text: "中文A")]))
        XCTAssertEqual(bytes, [0xD6, 0xD0, 0xCE, 0xC4, 0x41, 0x0D, 0x0A])
    }

    func testGB18030NeedsNoIconvProgram() throws {
        // iconv(3) in the C library, not the iconv command: an empty PATH changes nothing.
        let saved = ProcessInfo.processInfo.environment["PATH"]
        setenv("PATH", "/nonexistent", 1)
        defer { if let saved { setenv("PATH", saved, 1) } }
        let bytes = try PlainTextExporter(options: .init(encoding: .gb18030))
            .export(ExportDocument(blocks: [.paragraph(text: "𠮷")]))
        XCTAssertEqual(bytes, [0x95, 0x34, 0xB2, 0x35, 0x0A])  // as Python's gb18030 codec writes it
    }

    func testAConversionTheCLibraryLacksIsAClearChineseError() {
        XCTAssertThrowsError(try Iconv.convert([0x41], from: "UTF-8", to: "NO-SUCH-ENCODING")) { error in
            XCTAssertEqual(error as? Iconv.Failure, .unsupported(from: "UTF-8", to: "NO-SUCH-ENCODING"))
        }
        let diagnostic = PlainTextExporter.diagnose(.unsupported(from: "UTF-8", to: "GB18030"), lines: [], options: .init(encoding: .gb18030))
        XCTAssertEqual(diagnostic.code, "export-iconv-missing")
        XCTAssertEqual(diagnostic.message, "系统的 C 库不支持 GB18030 转换，无法输出 GB18030 编码")
    }

    func testUnencodableCharacterIsLocatedAtItsLineAndColumnInTheSource() throws {
        // glibc's GB 18030 has no code for a few private-use characters, such as U+E78D.
        let source = "标题\n\n第一段\n吉祥的\u{E78D}字\n"
        let document = ExportDocument(
            title: "标题", blocks: [.paragraph(text: "第一段", line: 3), .paragraph(text: "吉祥的\u{E78D}字", line: 4)])
        let exporter = PlainTextExporter(options: .init(lineEnding: .crlf, encoding: .gb18030))
        XCTAssertThrowsError(try exporter.export(document, source: source)) { error in
            let diagnostic = error as! Diagnostic
            XCTAssertEqual(diagnostic.code, "export-unencodable-character")
            XCTAssertEqual(diagnostic.message, "字符“\u{E78D}”（U+E78D）无法用 GB18030 编码")
            XCTAssertEqual(diagnostic.location, SourceLocation(line: 4, column: 4))
        }
        // Without the source, the block's line.
        XCTAssertThrowsError(try exporter.export(document)) { error in
            XCTAssertEqual((error as! Diagnostic).location?.line, 4)
        }
    }

    func testIconvReportsTheOffsetOfTheFirstUnconvertibleByte() {
        let input = Array("ab\u{E78D}".utf8)
        XCTAssertThrowsError(try Iconv.convert(input, from: "UTF-8", to: "GB18030")) { error in
            XCTAssertEqual(error as? Iconv.Failure, .invalid(byteOffset: 2))
        }
        XCTAssertThrowsError(try Iconv.convert([0x41, 0xE4, 0xB8], from: "UTF-8", to: "GB18030")) { error in
            XCTAssertEqual(error as? Iconv.Failure, .incomplete(byteOffset: 1))
        }
    }
}
