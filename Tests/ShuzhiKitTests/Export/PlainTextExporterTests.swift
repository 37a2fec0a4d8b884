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
        guard Iconv.locate() != nil else {
            throw XCTSkip("未找到 iconv 命令，跳过 GB18030 测试")
        }
        let bytes = try PlainTextExporter(options: .init(lineEnding: .crlf, encoding: .gb18030))
            .export(ExportDocument(blocks: [.paragraph(text: "中文A")]))
        XCTAssertEqual(bytes, [0xD6, 0xD0, 0xCE, 0xC4, 0x41, 0x0D, 0x0A])
    }

    func testMissingIconvIsAClearChineseError() {
        XCTAssertNil(Iconv.locate(searchPath: ""))
        XCTAssertThrowsError(try Iconv.convert([0x41], to: "GB18030", searchPath: "/nonexistent")) { error in
            XCTAssertEqual(error as? Iconv.Failure, .missing)
        }
        let diagnostic = PlainTextExporter.diagnose(.missing, lines: [], options: .init(encoding: .gb18030))
        XCTAssertEqual(diagnostic.code, "export-iconv-missing")
        XCTAssertEqual(diagnostic.message, "找不到 iconv 命令，无法输出 GB18030 编码")
        XCTAssertEqual(diagnostic.hint, "安装 iconv（Linux 属于 libc-bin 软件包），或改用 --encoding utf-8")
    }

    func testUnencodableCharacterIsReportedAtItsBlocksSourceLine() throws {
        guard Iconv.locate() != nil else {
            throw XCTSkip("未找到 iconv 命令，跳过编码失败测试")
        }
        // GB 2312 lacks 𠮷, so iconv fails on it the way GB 18030 would on a character it lacked.
        let document = ExportDocument(
            title: "标题", blocks: [.paragraph(text: "第一段", line: 3), .paragraph(text: "吉祥的𠮷字", line: 7)])
        let exporter = PlainTextExporter(options: .init(lineEnding: .crlf, encoding: .gb18030))
        let text = exporter.string(document)
        XCTAssertThrowsError(try Iconv.convert(Array(text.utf8), to: "GB2312")) { error in
            guard case .unencodable(let offset)? = error as? Iconv.Failure else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(offset, Array("标题\r\n\r\n第一段\r\n吉祥的".utf8).count)
            let diagnostic = PlainTextExporter.diagnose(
                .unencodable(byteOffset: offset), lines: exporter.lines(document), options: exporter.options)
            XCTAssertEqual(diagnostic.code, "export-unencodable-character")
            XCTAssertEqual(diagnostic.message, "字符“𠮷”（U+20BB7）无法用 GB18030 编码")
            XCTAssertEqual(diagnostic.location, SourceLocation(line: 7, column: 1))
        }
    }

    func testIconvPositionIsReadFromItsMessage() {
        XCTAssertEqual(Iconv.position(in: "iconv: illegal input sequence at position 12\n"), 12)
        XCTAssertEqual(Iconv.position(in: "iconv: cannot convert\n"), nil)
    }
}
