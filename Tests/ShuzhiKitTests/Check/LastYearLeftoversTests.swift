import Foundation
import XCTest
@testable import ShuzhiKit

/// What last year leaves behind in this year's input: figures in rewritten
/// texts, years that are not this report's, problems listed although put
/// right, and slips the drafter's joins make.
final class LastYearLeftoversTests: XCTestCase {
    func check(_ source: String, _ codes: Set<DiagnosticCode>) -> [String] {
        Checker.checkInput(source, file: "a.yaml").filter { codes.contains($0.code) }.map { DiagnosticPrinter.text($0) }
    }

    let body = "存在问题:\n  问题:\n    - 学习不够深入\n    - 创新意识不强\n下一步:\n  措施:\n    - 强化学习\n    - 建强队伍\n"

    func testAFigureOfLastYearLeftInARewrittenTextIsFlaggedUntilChanged() {
        let last = "全年召开党委会议11次，培训党员1286名。"
        let comment = CarriedText.comment(last)
        XCTAssertEqual(comment, "上年原文，请改写（改写后可删去本行） #\(CarriedText.hash(last)) | 上年数字：11次、1286名")
        let input = { (text: String) in
            "年度: 2025\n单位: 青石镇\n履职情况:\n  事项:\n    - 标题: 抓学习\n      # \(comment)\n      内容: \(text)\n    - 抓队伍。\n" + self.body
        }
        // Rewritten, but 1286名 is last year's.
        XCTAssertEqual(check(input("今年召开党委会议14次，培训党员1286名。"), [.unchangedFigure, .unchangedFromLastYear]), [
            "a.yaml:7:27: warning[unchanged-figure]: “1286名”是上年原文里的数字，还没有改\n  提示：改成今年的数字；要逐年比较的数字，可在“指标”下定义，正文用{{指标名}}引用\n",
        ])
        // Unchanged altogether: one warning for the text, not one per figure.
        XCTAssertEqual(check(input(last), [.unchangedFigure, .unchangedFromLastYear]).count, 1)
        // New figures: nothing.
        XCTAssertEqual(check(input("今年召开党委会议14次，培训党员1302名。"), [.unchangedFigure, .unchangedFromLastYear]), [])
    }

    func testAYearOutsideTheReportsReachIsFlagged() {
        let input = { (text: String) in "年度: 2025\n单位: 青石镇\n履职情况:\n  事项:\n    - \(text)\n    - 抓队伍。\n" + self.body }
        XCTAssertEqual(check(input("2022年，全镇5个项目建成。"), [.staleYear]), [
            "a.yaml:5:7: warning[stale-year]: “2022年”比报告年度2025年早了三年\n  提示：多半是上年原文没改；回顾多年的情况可写“自2022年以来”\n",
        ])
        XCTAssertEqual(check(input("谋划2027年重点工作。"), [.staleYear]).count, 1)
        // A past event names its own year; the clause after it is this year's text again.
        XCTAssertEqual(check(input("村里2016年成立合作社，2022年全村新建5个大棚。"), [.staleYear]).count, 1)
        for fine in ["2024年底，全镇5个项目建成。", "2026年将再建3个。", "自2018年以来持续推进。", "2021—2025年规划全面完成。", "2019年起实行积分制。",
                     "社区成立于2016年，现有党员300名。", "2021年村“两委”换届时当选为书记。", "2019年由两个村合并而成。"] {
            XCTAssertEqual(check(input(fine), [.staleYear]), [], fine)
        }
    }

    func testAProblemPutRightAndStillListedIsFlagged() {
        let input = { (problem: String) in
            "年度: 2025\n单位: 青石镇\n履职情况:\n  事项:\n    - 抓学习。\n    - 抓队伍。\n"
                + "整改情况:\n  事项:\n    - 问题: 部分村党组织活动形式单一\n      措施: 制定活动清单\n      成效: 参与率明显提高\n"
                + "存在问题:\n  问题:\n    - \(problem)\n    - 创新意识不强\n下一步:\n  措施:\n    - 强化学习\n    - 建强队伍\n"
        }
        XCTAssertEqual(check(input("部分村党组织活动形式单一。"), [.repeatedProblem]), [
            "a.yaml:14:7: error[repeated-problem]: 这个问题与整改情况中已整改的问题相同\n  提示：已整改的问题不应再列为今年的问题；如仍未解决，请写明今年的新表现\na.yaml:9:11: note: 整改情况中的这一项\n",
        ])
        XCTAssertEqual(
            Checker.checkInput(input("部分村党组织的活动形式还比较单一"), file: "a.yaml").filter { $0.code == "repeated-problem" }.map(\.severity), [.warning])
        XCTAssertEqual(check(input("村级后备力量储备不足"), [.repeatedProblem]), [])
    }

    func testASlipMadeOnlyInTheDraftIsPlacedInTheInput() {
        let texts = [CheckedText(text: "全年培训干部30名", line: 7, column: 13)]
        let found = Checker.draftOnly("题目\n\n全年培训干部30名。。\n", own: [], texts: texts).map { DiagnosticPrinter.text($0.inFile("a.yaml")) }
        XCTAssertEqual(found, [
            "a.yaml:7:22: error[repeated-punctuation]: 标点“。。”重复\n  提示：只保留一个标点；这是起草时连接文字产生的，请检查这一处前后的写法\n",
        ])
        // One the input itself shows is reported once, there.
        let own = InlineChecks.run([CheckedText(text: "培训干部30名。。", line: 7, column: 13)])
        XCTAssertEqual(Checker.draftOnly("培训干部30名。。\n", own: own, texts: texts), [])
    }
}
