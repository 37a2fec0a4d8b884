import XCTest
@testable import ShuzhiKit

/// Where a part's closing (结语) goes when its items run on in one
/// paragraph: a paragraph of its own, as import reads it, while causes
/// written as a continuation still run on in the problems' paragraph.
final class PartLayoutTests: XCTestCase {
    let top = "年度: 2024\n单位: 青石镇\n履职情况:\n  事项:\n    - 抓学习。组织学习12次。\n    - 抓阵地。新建活动室2个。\n"

    func draft(_ rest: String) throws -> [String] {
        let result = Drafter.draft(top + rest, file: "a.yaml")
        let text = try XCTUnwrap(result.text, "\(result.diagnostics)")
        return text.split(separator: "\n").map(String.init)
    }

    func testARunInPartsClosingIsAParagraphOfItsOwn() throws {
        let lines = try draft(
            "存在问题:\n  问题:\n    - 学习不深\n    - 创新不够\n"
                + "下一步:\n  版式: 连排\n  导语: 2025年，我将重点做好两件事：\n  措施:\n    - 强化学习\n    - 建强队伍\n"
                + "  结语: 同时，我将严守廉洁底线\n")
        let k = try XCTUnwrap(lines.firstIndex(of: "2025年，我将重点做好两件事：一是强化学习。二是建强队伍。"), "\(lines)")
        XCTAssertEqual(lines[k + 1], "同时，我将严守廉洁底线。")
    }

    func testCausesWrittenAsAContinuationStillRunOn() throws {
        let lines = try draft(
            "存在问题:\n  版式: 连排\n  导语: 还有不足：\n  问题:\n    - 学习不深\n    - 创新不够\n"
                + "  原因版式: 接续\n  原因导语: 究其原因，\n  原因:\n    - 重视不够\n    - 办法不多\n"
                + "下一步:\n  措施:\n    - 强化学习\n    - 建强队伍\n")
        XCTAssertTrue(lines.contains("还有不足：一是学习不深。二是创新不够。究其原因，一是重视不够。二是办法不多。"), "\(lines)")
    }

    /// A heading keeps the full stop or colon its writer gave it (some reports
    /// end every heading so); a stray clause mark is dropped.
    func testAPartHeadingKeepsItsOwnFullStopOrColon() throws {
        for (typed, drafted) in [("存在的问题。", "二、存在的问题。"), ("存在的问题：", "二、存在的问题："), ("存在的问题，", "二、存在的问题")] {
            let lines = try draft("存在问题:\n  标题: \(typed)\n  问题:\n    - 学习不深\n    - 创新不够\n下一步:\n  措施:\n    - 强化学习\n    - 建强队伍\n")
            XCTAssertTrue(lines.contains(drafted), "\(typed)：\(lines)")
        }
    }

    /// A part no template names follows the others, numbered on, its text a
    /// paragraph a line.
    func testAnExtraPartFollowsNumberedOn() throws {
        let lines = try draft(
            "存在问题:\n  问题:\n    - 学习不深\n    - 创新不够\n下一步:\n  措施:\n    - 强化学习\n    - 建强队伍\n"
                + "其他部分:\n  - 标题: 廉洁自律情况\n    内容: |\n      严守规定。\n      管好身边人。\n结尾: 以上报告，请予评议。\n")
        let k = try XCTUnwrap(lines.firstIndex(of: "四、廉洁自律情况"), "\(lines)")
        XCTAssertEqual(Array(lines[(k + 1)...]), ["严守规定。", "管好身边人。", "以上报告，请予评议。"])
        let missing = Drafter.draft(top + "其他部分:\n  - 内容: 严守规定。\n", file: "a.yaml").diagnostics
        XCTAssertTrue(missing.contains { $0.code == .missingField && $0.message == "“其他部分”的这一项缺少“标题”" }, "\(missing)")
    }
}
