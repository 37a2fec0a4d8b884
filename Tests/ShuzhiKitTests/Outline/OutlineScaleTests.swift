import Foundation
import XCTest
@testable import ShuzhiKit

/// Reading and checking stay linear in the size of the report. Each case
/// was quadratic once; at these sizes a quadratic path takes minutes (the
/// suite's time would show it), a linear one well under a second.
final class OutlineScaleTests: XCTestCase {
    /// 20,000 sub-headings （一）存在的问题 under one heading: whether a cause
    /// sub-heading follows used to be asked anew for every paragraph.
    func testTwentyThousandProblemSubheadingsAreReadOnce() {
        var text = "根据要求，现将工作报告如下：\n一、履职情况\n一是抓学习。二是抓队伍。\n二、存在的问题及原因\n"
        text += String(repeating: "（一）存在的问题\n", count: 20_000)
        text += "（二）原因分析\n一是认识不到位。二是办法不多。\n三、下一步打算\n一是强化学习。二是建强队伍。\n"
        let outline = OutlineReader.read(text)
        XCTAssertEqual(outline.part(.causes)?.evidence.source, .subheading)
        XCTAssertEqual(outline.paragraphs.count, 20_008)
    }

    /// 40,000 quoted counts with a list in one paragraph: each list used to
    /// be read to the end of its sentence.
    func testFortyThousandListedCountsInOneParagraphAreEachCheckedOnce() {
        let claim = "“三个聚焦”：聚焦甲、聚焦乙。"
        let text = "根据要求，现将工作报告如下：\n一、履职情况\n" + String(repeating: claim, count: 40_000) + "\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步打算\n一是强化学习。二是建强队伍。\n"
        let mismatches = Checker.checkReport(text, file: "a.txt").filter { $0.code == "count-mismatch" }
        XCTAssertEqual(mismatches.count, 40_000)
        XCTAssertEqual(mismatches.last?.location, SourceLocation(line: 3, column: 39_999 * claim.count + 2))
    }

    /// Causes listed by aspect, 10,000 paragraphs of them and 20,000 in one
    /// paragraph: each aspect is numbered from the one before it, never by
    /// reading the list again.
    func testTensOfThousandsOfAspectsAreNumberedInOnePass() {
        let head = "根据要求，现将工作报告如下：\n一、履职情况\n一是抓学习。二是抓队伍。\n二、存在的问题及原因\n一是学习不深。二是创新不够。\n"
        let tail = "三、下一步打算\n一是强化学习。二是建强队伍。\n"
        let paragraphs = head + "究其原因：\n" + String(repeating: "从主观上看，抓得不紧。\n从客观上看，人手不足。\n", count: 5_000) + tail
        XCTAssertEqual(OutlineReader.read(paragraphs).part(.causes)?.items.last?.marker?.number, 10_000)
        let runIn = head + "究其原因，" + String(repeating: "客观上，人手不足；主观上，抓得不紧；", count: 10_000) + "\n" + tail
        let causes = OutlineReader.read(runIn).part(.causes)
        XCTAssertEqual(causes?.items.count, 20_000)
        XCTAssertEqual(Checker.checkReport(runIn, file: "a.txt").filter { $0.code.rawValue.hasPrefix("numbering") }.count, 0)
    }

    /// A paragraph of 100,000 unclosed quotes: run-in markers after a quote
    /// used to be looked for to the end of the paragraph.
    func testAParagraphOfUnclosedQuotesIsReadInOnePass() {
        let text = "根据要求，现将工作报告如下：\n一、履职情况\n一是抓学习" + String(repeating: "“说", count: 100_000) + "。二是抓队伍。\n"
        XCTAssertEqual(OutlineReader.read(text).part(.achievements)?.items.count, 2)
    }
}
