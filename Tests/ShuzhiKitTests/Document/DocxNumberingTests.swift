import Foundation
import XCTest
@testable import ShuzhiKit

/// Automatic list numbering, rendered as Word shows it.
final class DocxNumberingTests: XCTestCase {
    typealias T = DocxTest

    static func level(_ ilvl: Int, _ format: String, _ text: String, start: Int = 1, extra: String = "") -> String {
        "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>\(extra)</w:lvl>"
    }

    /// 一、 （一） 1. （1）, the GB/T 9704 levels, as one multi-level list.
    static let report = "<w:abstractNum w:abstractNumId=\"0\">"
        + level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）")
        + level(2, "decimal", "%3.") + level(3, "decimal", "（%4）") + "</w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"

    func testReportLevelsAreNumberedAsAPersonSeesThem() throws {
        let body = T.numbered("履职情况", numId: 1) + T.numbered("压实责任", numId: 1, level: 1)
            + T.numbered("建立清单", numId: 1, level: 2) + T.numbered("每月调度", numId: 1, level: 3)
            + T.numbered("每季讲评", numId: 1, level: 3) + T.numbered("开展述职", numId: 1, level: 2)
            + T.numbered("建强队伍", numId: 1, level: 1) + T.numbered("举办培训", numId: 1, level: 2)
            + T.numbered("存在问题", numId: 1) + T.numbered("精力投入不够", numId: 1, level: 1)
            + T.numbered("下一步工作打算", numId: 1)
        XCTAssertEqual(try T.lines(body, numbering: Self.report), [
            "一、履职情况", "（一）压实责任", "1.建立清单", "（1）每月调度", "（2）每季讲评", "2.开展述职",
            "（二）建强队伍", "1.举办培训", "二、存在问题", "（一）精力投入不够", "三、下一步工作打算",
        ])
    }

    func testInstancesOfOneListContinueAndAStartOverrideRestarts() throws {
        let numbering = Self.report
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        let body = T.numbered("甲", numId: 1, level: 1) + T.numbered("乙", numId: 2, level: 1)
            + T.numbered("丙", numId: 3, level: 1) + T.numbered("丁", numId: 3, level: 1)
        XCTAssertEqual(try T.lines(body, numbering: numbering), ["（一）甲", "（二）乙", "（一）丙", "（二）丁"])
    }

    func testLevelOverrideRestartAndLegalNumbering() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"5\">"
            + Self.level(0, "decimal", "第%1章", start: 3) + Self.level(1, "chineseCounting", "%1.%2", extra: "<w:isLgl/>")
            + Self.level(2, "decimal", "%3)", extra: "<w:lvlRestart w:val=\"0\"/>") + "</w:abstractNum>"
            + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"5\"/><w:lvlOverride w:ilvl=\"0\">"
            + Self.level(0, "decimalEnclosedParen", "%1", start: 2) + "</w:lvlOverride></w:num>"
        let body = T.numbered("a", numId: 7) + T.numbered("b", numId: 7, level: 1) + T.numbered("c", numId: 7, level: 2)
            + T.numbered("d", numId: 7) + T.numbered("e", numId: 7, level: 1) + T.numbered("f", numId: 7, level: 2)
        // isLgl shows every level in decimal; a level with lvlRestart 0 never restarts.
        XCTAssertEqual(try T.lines(body, numbering: numbering), ["⑵a", "2.1b", "1)c", "⑶d", "3.1e", "2)f"])
    }

    func testNumberingFromAParagraphStyleAndItsBase() throws {
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:basedOn w:val=\"H1\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Plain\"><w:basedOn w:val=\"H1\"/><w:pPr><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr></w:style>"
        let body = T.p("履职情况", properties: "<w:pStyle w:val=\"H1\"/>") + T.p("压实责任", properties: "<w:pStyle w:val=\"H2\"/>")
            + T.p("不编号", properties: "<w:pStyle w:val=\"Plain\"/>")
            + T.p("直接取消", properties: "<w:pStyle w:val=\"H1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>")
            + T.p("存在问题", properties: "<w:pStyle w:val=\"H1\"/>")
        XCTAssertEqual(try T.lines(body, numbering: Self.report, styles: styles),
                       ["一、履职情况", "（一）压实责任", "不编号", "直接取消", "二、存在问题"])
    }

    func testNumberFormats() {
        let cases: [(Int, String, String)] = [
            (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
            (21, "chineseCounting", "二十一"), (101, "chineseCounting", "一〇一"),
            (101, "chineseCountingThousand", "一百零一"), (1000, "chineseCountingThousand", "一千"),
            (3, "ideographTraditional", "丙"), (11, "ideographTraditional", "甲"), (2, "ideographZodiac", "丑"),
            (12, "chineseLegalSimplified", "壹拾贰"), (105, "chineseLegalSimplified", "壹佰零伍"),
            (3, "decimalEnclosedParen", "⑶"), (21, "decimalEnclosedParen", "21"), (5, "decimalEnclosedCircle", "⑤"),
            (2, "decimalEnclosedFullstop", "⒉"), (12, "decimalFullWidth", "１２"), (7, "decimalZero", "07"),
            (14, "upperRoman", "XIV"), (4, "lowerRoman", "iv"), (28, "upperLetter", "BB"), (3, "lowerLetter", "c"),
            (9, "ordinal", "9"), (4, "none", ""), (10, "ideographDigital", "一〇"),
        ]
        for (n, format, expected) in cases {
            XCTAssertEqual(WordNumberFormat.string(n, format), expected, "\(format) \(n)")
        }
    }

    func testBulletsShowASymbol() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"1\">" + Self.level(0, "bullet", "\u{F0B7}") + "</w:abstractNum>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/></w:num>"
        XCTAssertEqual(try T.lines(T.numbered("要点", numId: 4), numbering: numbering), ["•要点"])
    }

    func testMissingListsAndLevelsNumberNothing() throws {
        XCTAssertEqual(try T.lines(T.numbered("无定义", numId: 9) + T.numbered("无级别", numId: 1, level: 8), numbering: Self.report),
                       ["无定义", "无级别"])
        XCTAssertEqual(try T.lines(T.numbered("无编号部件", numId: 1)), ["无编号部件"])
    }
}
