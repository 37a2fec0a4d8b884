import Foundation
import XCTest
@testable import ShuzhiKit

/// Mistakes in an input file that would print as typed (“12名名”, a
/// reference in full-width braces, a list typed with “－”): each is caught
/// at its place, with the fix, before a draft is made.
final class InputMistakeTests: XCTestCase {
    func input(_ content: String, metrics: String = "  发展党员: 12名\n  覆盖率: 96.6%\n") -> String {
        "年度: 2024\n单位: 青石镇\n指标:\n\(metrics)履职情况:\n  事项:\n    - \(content)\n    - 抓阵地。\n"
            + "存在问题:\n  问题:\n    - 学习不深\n    - 创新不够\n下一步:\n  措施:\n    - 强化学习\n    - 建强队伍\n"
    }

    func findings(_ text: String, _ code: DiagnosticCode) -> [String] {
        Drafter.draft(text, file: "a.yaml").diagnostics.filter { $0.code == code }.map { DiagnosticPrinter.text($0) }
    }

    func testAUnitWrittenAfterAReferenceThatCarriesItIsCaught() {
        XCTAssertEqual(findings(input("全年发展党员{{发展党员}}名。"), .unitDoubled), [
            "a.yaml:8:21: error[unit-doubled]: “{{发展党员}}”已带单位“名”，后面又写了一个\n  提示：删去后面的“名”：{{发展党员}}起草为“12名”\n",
        ])
        XCTAssertEqual(findings(input("覆盖率达{{覆盖率}}%。"), .unitDoubled).count, 1)
        // The value's own unit, once: no finding.
        XCTAssertEqual(findings(input("全年发展党员{{发展党员}}，覆盖率{{覆盖率}}。"), .unitDoubled), [])
        // A field is not a metric: 2024年 is right.
        XCTAssertEqual(findings(input("{{年度}}年发展党员{{发展党员}}。"), .unitDoubled), [])
    }

    func testFullWidthAndSingleBracesAroundAMetricNameAreCaught() {
        XCTAssertEqual(findings(input("发展党员｛｛发展党员｝｝。"), .badReference), [
            "a.yaml:8:11: error[bad-reference]: “｛｛发展党员｝｝”用了全角大括号，不会被替换\n  提示：引用指标要用两对半角大括号：{{发展党员}}\n",
        ])
        XCTAssertEqual(findings(input("发展党员{发展党员}。"), .badReference), [
            "a.yaml:8:11: error[bad-reference]: “{发展党员}”只有一对大括号，不会被替换\n  提示：引用指标要用两对半角大括号：{{发展党员}}\n",
        ])
        // Braces around words that name nothing are ordinary text.
        XCTAssertEqual(findings(input("召开会议（｛备注｝）{示例}。"), .badReference), [])
    }

    func testAListTypedWithAFullWidthDashOrABulletIsCaught() {
        for mark in ["－", "—", "•", "·"] {
            let text = "年度: 2024\n措施:\n  \(mark) 整合资源\n  \(mark) 建强队伍\n"
            XCTAssertThrowsError(try InputReader.read(text), mark) { error in
                XCTAssertEqual(DiagnosticPrinter.text(error as! Diagnostic),
                    "3:3: error[fullwidth-dash]: 这一行以“\(mark)”开头，不是列表项\n  提示：列表的每一项要以半角减号加空格“- ”开头；全角“－”、破折号或圆点会让整个列表变成一段文字\n", mark)
            }
        }
        // Inside a value, or in a block of text, a dash is writing.
        XCTAssertNoThrow(try InputReader.read("内容: — 这是引语\n结尾: |\n  — 以上报告\n"))
        XCTAssertNoThrow(try InputReader.read("措施:\n  - 整合资源\n  - 建强队伍\n"))
    }
}
