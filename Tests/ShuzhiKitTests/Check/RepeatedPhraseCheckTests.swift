import XCTest
@testable import ShuzhiKit

final class RepeatedPhraseCheckTests: XCTestCase {
    func testARepeatedPhraseIsReportedAtItsSecondCopy() {
        assertFindings(RepeatedPhraseCheck.self, "柳河村集体经济⟦集体经济收入达12万元，强化⟦强化责任。")
        XCTAssertEqual(findings(RepeatedPhraseCheck.self, "村集体经济集体经济收入").map(\.message), ["词语“集体经济”重复"])
    }

    func testAnABABVerbReduplicationIsClean() {
        assertFindings(RepeatedPhraseCheck.self, "这件事要研究研究再定，大家讨论讨论，一步一步推进，一点一点改进。")
        assertFindings(RepeatedPhraseCheck.self, "这件事要研究研究再定，大家讨论讨论⟦讨论。")
    }

    func testASlipDoublingTheFirstCharacterOfAWordIsReported() {
        assertFindings(RepeatedPhraseCheck.self, "落实领⟦领导干部责任，召开党委会⟦会议3次，全面推⟦推进建设，全镇党⟦党员326名。")
        XCTAssertEqual(findings(RepeatedPhraseCheck.self, "落实领领导干部").map(\.message), ["“领”字重复"])
        XCTAssertEqual(findings(RepeatedPhraseCheck.self, "落实领领导干部").map(\.severity), [.error])
    }

    /// When no word of the lexicon tells a slip from two words meeting, the
    /// doubling is a warning: 某某工工资 may be 农民工|工资.
    func testADoublingNoWordExplainsIsAWarning() {
        let found = findings(RepeatedPhraseCheck.self, "为群众追回拖欠款项，推进窗窗口服务。")
        XCTAssertEqual(found.map(\.message), ["“窗”字连写两次，可能多打了一个"])
        XCTAssertEqual(found.map(\.severity), [.warning])
    }

    /// Words meeting at a doubled character, and a repeated pair that
    /// straddles words (构建|共建|共治): not slips.
    func testWordsMeetingAtADoubledCharacterAreClean() {
        assertFindings(RepeatedPhraseCheck.self, "追回农民工工资60万元，在职职工2470人，门急诊诊疗68万人次，建成卒中中心，构建共建共治共享格局。")
    }

    func testReduplicationIsClean() {
        let legitimate = [
            "层层压实责任，村村建成阵地，户户走访，人人参与，家家受益，事事有回音，处处有党员，时时讲规矩。",
            "个个过硬，天天坚持，常常检查，年年评比，月月通报，步步推进，条条落实，件件办结，样样领先，默默奉献。",
            "切切实实、实实在在、清清楚楚、明明白白、扎扎实实、认认真真、踏踏实实地把工作做好，方方面面都要兼顾。",
            "一个个难题、一件件实事、一项项任务、一批批党员，大家看一看、比一比，研究研究再定，一步一步推进。",
            "等等，谢谢，往往，渐渐，刚刚，仅仅，稍稍，纷纷，频频，连连，久久，多多，好好，慢慢，轻轻，悄悄，统统，恰恰，偏偏。",
            "乡乡有示范，镇镇有亮点，组组有网格，大大提高效率，高高飘扬的党旗，紧紧围绕中心，牢牢把握方向。",
            "坚持学习习近平新时代中国特色社会主义思想，转变工作作风，更新管理理念，对党委委员严格要求，发扬人民民主。",
            "深化化解矛盾纠纷机制，源源不断输送人才，与群众息息相关，不能不了了之，牢记殷殷嘱托，事业蒸蒸日上。",
            "加快实现现代化，坚持持续用力，公开开展评议，加强监管管理，日常常态化走访，及时汇报报告，没有有效落实的问题及时整改。",
            "上上下下、家家户户、方方面面、点点滴滴、兢兢业业、反反复复，沉甸甸的责任，红彤彤的党旗，很多很多群众。",
        ]
        for text in legitimate { assertFindings(RepeatedPhraseCheck.self, text) }
    }
}
