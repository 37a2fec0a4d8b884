import Foundation
import XCTest
@testable import ShuzhiKit

/// Each built-in template drafts the same input to its own committed text,
/// and `new` writes a skeleton for it that reads and checks cleanly apart
/// from the places it leaves to fill.
final class TemplateGoldenTests: XCTestCase {
    static let input = """
        年度: 2024
        单位: 白石镇
        指标:
          发展党员:
            本年: 9名
            上年: 7名
        履职情况:
          事项:
            - 标题: 抓班子带队伍
              措施:
                - 全年发展党员{{发展党员}}，比上年{{发展党员.变化}}
                - 开展书记讲党课活动
            - 标题: 抓阵地强服务
              内容: 新建党群服务站点，服务群众更加便捷。
        整改情况:
          事项:
            - 问题: 党员教育管理偏松
              措施: 建立积分管理制度
              成效: 党员参与率明显提高
        存在问题:
          问题:
            - 抓基层基础的办法不多
            - 村级后备力量不足
          原因:
            - 主体责任压得不实
            - 调研不够深入
        下一步:
          措施:
            - 压实党建责任
            - 建强村级班子
        """

    func testEveryBuiltInTemplateDraftsToItsGolden() {
        for t in TemplateLibrary.builtin.templates {
            // The village template needs to know 村 or 社区, which 白石镇 does not tell.
            let input = t.id == "village" ? Self.input.replacingOccurrences(of: "单位: 白石镇\n", with: "单位: 白石镇\n组织类型: 村\n") : Self.input
            let result = Drafter.draft(input, file: "in.yaml", options: Drafter.Options(template: (t, TemplateLibrary.builtin.partials)))
            XCTAssertEqual(result.diagnostics.map { DiagnosticPrinter.text($0) }, [], t.id)
            assertGolden(result.text ?? "", "Tests/Fixtures/templates/\(t.id).txt")
        }
    }

    /// Rectification left unfilled (as `new --from` leaves it): a warning
    /// in a draft, an error with --strict, and no draft then.
    func testUnfilledPlacesAreWarnedAboutAndRefusedWhenStrict() {
        let input = Self.input.replacingOccurrences(of: "      措施: 建立积分管理制度\n      成效: 党员参与率明显提高", with: "      措施:\n      成效:")
        let loose = Drafter.draft(input, file: "in.yaml")
        XCTAssertNotNil(loose.text)
        XCTAssertEqual(loose.diagnostics.map { DiagnosticPrinter.text($0) }, [
            "in.yaml:18:10: warning[unfilled]: 整改情况的“措施”还没有填写\n  提示：填写后再起草；草稿中这里是空的（shuzhi check 把它作为错误）\n",
            "in.yaml:19:10: warning[unfilled]: 整改情况的“成效”还没有填写\n  提示：填写后再起草；草稿中这里是空的（shuzhi check 把它作为错误）\n",
        ])
        let strict = Drafter.draft(input, file: "in.yaml", options: Drafter.Options(strict: true))
        XCTAssertNil(strict.text)
        XCTAssertEqual(strict.diagnostics.map(\.severity), [.error, .error])
    }

    /// check still counts claims in an input with places left to fill.
    func testCheckCountsClaimsWhileThingsAreUnfilled() {
        let input = Self.input.replacingOccurrences(of: "      措施: 建立积分管理制度\n      成效: 党员参与率明显提高", with: "      措施:\n      成效:")
            .replacingOccurrences(of: "新建党群服务站点，服务群众更加便捷。", with: "围绕“三个聚焦”：聚焦理论学习、聚焦实践锻炼。")
        XCTAssertEqual(Checker.checkInput(input, file: "in.yaml").filter { $0.severity == .error }.map(\.code), ["count-mismatch", "unfilled", "unfilled"])
    }

    /// Only a short numbered lead such as （一）存在的问题 is a bare sub-heading;
    /// 首先，简要汇报 is a lead like any other. A part's 另段连排 puts the
    /// lead on a line of its own and runs the items on in the next.
    func testLeadPunctuationAndLayoutValues() {
        let lead = Self.input.replacingOccurrences(of: "下一步:\n  措施:", with: "下一步:\n  导语: 首先，简要汇报全年打算\n  措施:")
        let text = Drafter.draft(lead, file: "in.yaml").text ?? ""
        XCTAssertTrue(text.hasSuffix("首先，简要汇报全年打算：\n一是压实党建责任。\n二是建强村级班子。\n"), text)
        let below = lead.replacingOccurrences(of: "下一步:\n", with: "下一步:\n  版式: 另段连排\n")
        let belowText = Drafter.draft(below, file: "in.yaml").text ?? ""
        XCTAssertTrue(belowText.hasSuffix("首先，简要汇报全年打算：\n一是压实党建责任。二是建强村级班子。\n"), belowText)
        let layout = Self.input.replacingOccurrences(of: "下一步:\n  措施:", with: "下一步:\n  版式: 分开写\n  措施:")
        XCTAssertEqual(Drafter.draft(layout, file: "in.yaml").diagnostics.map(\.code), ["bad-value"])
    }

    /// 部分顺序 drafts the parts in the order it gives; without it the
    /// template's order holds, whatever order the keys are written in.
    func testPartOrderDraftsThePartsInTheOrderItGives() {
        func headings(_ input: String) -> [String] {
            (Drafter.draft(input, file: "in.yaml").text ?? "").split(separator: "\n").filter { $0.contains("、") && $0.count < 20 }.map(String.init)
        }
        XCTAssertEqual(headings(Self.input), ["一、履职情况", "二、上年度述职评议问题整改情况", "三、存在问题", "四、下一步工作打算"])
        let first = Self.input + "\n部分顺序: 整改情况 履职情况 存在问题 下一步"
        XCTAssertEqual(headings(first), ["一、上年度述职评议问题整改情况", "二、履职情况", "三、存在问题", "四、下一步工作打算"])
        // Causes go with the problems; a part left out keeps its place after the template's parts before it.
        let after = Self.input + "\n部分顺序:\n  - 存在问题\n  - 整改情况"
        let text = Drafter.draft(after, file: "in.yaml").text ?? ""
        XCTAssertEqual(headings(after), ["一、履职情况", "二、存在问题", "三、上年度述职评议问题整改情况", "四、下一步工作打算"])
        XCTAssertTrue(text.contains("二是村级后备力量不足。\n究其原因："), text)
        let bad = Drafter.draft(Self.input + "\n部分顺序: 问题 履职情况 履职情况", file: "in.yaml").diagnostics
        XCTAssertEqual(bad.map(\.code), ["bad-value", "bad-value"])
        XCTAssertEqual(bad.map(\.message), ["“部分顺序”中的“问题”不是报告的部分", "“部分顺序”中“履职情况”写了两次"])
    }

    func testNewWritesASkeletonForEveryTemplateThatListsWhatToFill() throws {
        for t in TemplateLibrary.builtin.templates {
            let skeleton = Skeleton.input(for: t, year: 2025)
            let root = try InputReader.read(skeleton)
            XCTAssertEqual(root["模板"]?.string, t.id)
            let findings = Checker.checkInput(skeleton, file: "new.yaml")
            XCTAssertTrue(findings.contains { $0.code == "unfilled" }, t.id)
            XCTAssertFalse(findings.contains { ["unknown-key", "wrong-type", "syntax-error"].contains($0.code) },
                           "\(t.id): \(findings.map { DiagnosticPrinter.text($0) })")
            // Drafted before anything is filled in: markers, never bare numbers or a dangling lead.
            let draft = Drafter.draft(skeleton, file: "new.yaml").text ?? ""
            XCTAssertTrue(draft.contains("【待补充：履职情况】"), draft)
            XCTAssertFalse(draft.split(separator: "\n").contains { ["（一）", "一是", "究其原因："].contains(String($0)) }, draft)
        }
    }
}
