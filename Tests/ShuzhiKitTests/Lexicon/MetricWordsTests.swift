import Foundation
import XCTest
@testable import ShuzhiKit

/// One table per family of the lexicon's 指标 (Templates/词表.yaml), each
/// asserted through `import --metrics`: what a figure in the sentence
/// becomes, as `名称`, `名称.字段` for a derived reference, or `nil` when
/// it is no figure or stays text.
final class MetricWordsTests: XCTestCase {
    func assertRows(_ rows: [(String, String, String?)], lexicon: ReportLexicon = .builtin, line: UInt = #line) {
        for (text, figure, expected) in rows {
            let names = MetricExtractor.names(in: text, lexicon: lexicon)
            XCTAssertEqual(names[figure] ?? nil, expected, "\(text) → \(figure)", line: line)
        }
    }

    func testEveryFamilyLoads() {
        let m = ReportLexicon.builtin.metrics
        let sizes: [(String, Int)] = [
            ("连接", m.linking.count), ("含连接字的词", m.wordsEndingInLinking.count), ("句首", m.clauseStarts.count),
            ("增加", m.increase.phrases.count), ("减少", m.decrease.phrases.count), ("比较", m.comparisons.phrases.count),
            ("上年", m.lastYear.phrases.count), ("由", m.from.phrases.count), ("到", m.to.phrases.count),
            ("占", m.share.phrases.count), ("比例名", m.ratioNames.phrases.count), ("单位说法", m.unitMeasures.count),
            ("部分说法", m.partQualifiers.count), ("计数动词", m.countingVerbs.count), ("量词", m.counters.phrases.count),
            ("量的单位", m.measureUnits.count), ("范围", m.rangeJoiners.phrases.count),
        ]
        for (family, count) in sizes { XCTAssertGreaterThan(count, 0, family) }
        XCTAssertEqual(m.unitMeasures["天"], "天数")
        XCTAssertEqual(m.partQualifiers["下一步"], "计划")
    }

    // MARK: naming: 连接, 含连接字的词, 句首, 含句首的名字, 前置虚词, 固定词, 计数动词, 名词性动词

    func testLinkingAndClauseStartFamilies() {
        assertRows([
            ("全局党员总数达到128名。", "128名", "全局党员总数"),
            ("党员信息准确率为100%。", "100%", "党员信息准确率"),
            ("参学率全年平均81.2%。", "81.2%", "参学率全年平均"),
            ("全年召开现场推进会6次。", "6次", "现场推进会"),
            ("大力推进6个示范支部。", "6个", "推进示范支部"),
            ("村党支部现有党员51名。", "51名", "党员"),
            ("参加组织生活会6次。", "6次", "参加组织生活会"),
            ("为民办结实事98件。", "98件", "为民办结实事"),
            ("为8个党支部择优选派指导员。", "8个", "党支部"),
            ("全年发展12名党员。", "12名", "发展党员"),
            ("投入25万元。", "25万元", "投入"),
            ("全年发展10名。", "10名", nil),
        ])
    }

    // MARK: 名字不含, 名字不以此开头, 名字不以此结尾, 不是名字

    func testNameRuleFamilies() {
        assertRows([
            ("协调解决加装电梯、停车难等难题11个。", "11个", "解决难题"),
            ("整改形式主义等问题6个。", "6个", "整改问题"),
            ("每村至少培育1个品牌。", "1个", "每村培育品牌"),
            ("汛期在17座小型水库设立责任岗。", "17座", "小型水库"),
            ("对27名长期在一线的党员给予关怀。", "27名", nil),
        ])
    }

    // MARK: 名词止, 名词后止词, 名词尾字, 名词不以此开头, 中后不切, 单位字, 量的单位

    func testNounAfterTheNumberFamilies() {
        assertRows([
            ("发展10名党员和积极分子。", "10名", "发展党员"),
            ("选派10名以上年轻干部参加培训。", "10名", "选派年轻干部"),
            ("全镇5个小型基础设施项目全部竣工。", "5个", "小型基础设施项目"),
            ("全村412户中有384户参与。", "412户", nil),
            ("7名委员中党员4名。", "7名", "委员"),
            ("举办党委理论学习中心组会议10次。", "10次", "举办党委理论学习中心组会议"),
            ("31名党员联系农户210户。", "210户", "党员联系农户"),
            ("投入资金97万元改造提升服务中心5个。", "97万元", "投入资金"),
            ("召开专题会议6次研究基层党建。", "6次", "专题会议"),
        ])
    }

    // MARK: 界限, 界限后, 界限前, 界限单位, 日期字, 约数字, 范围, 名次前, 固定说法, 量词

    func testWhatIsNoFigureFamilies() {
        assertRows([
            ("新选配35岁以下干部。", "35岁", nil),
            ("收入10万元以上的村达到2个。", "10万元", nil),
            ("收入10万元以上的村达到2个。", "2个", "收入10万元以上的村"),
            ("经营性收入超过20万元的村有6个。", "20万元", nil),
            ("经营性收入超过20万元的村有6个。", "6个", "经营性收入超过20万元的村"),
            ("每月10日召开支部党员大会。", "10日", nil),
            ("2024年，全镇开展活动60余次。", "60余次", "开展活动"),
            ("2024年，全镇开展活动60余次。", "2024年", nil),
            ("每名党员联系3至5户群众。", "5户", nil),
            ("考核排名后三位的约谈提醒。", "三位", nil),
            ("实行24小时值守。", "24小时", nil),
            ("新建党员活动室三个。", "三个", "新建党员活动室"),
            ("新建党员活动室三座。", "三座", "新建党员活动室"),
            ("新建党员活动室三年。", "三年", nil),
        ])
    }

    // MARK: 增加, 减少, 增减后, 比较, 上年, 由, 由后, 到

    func testChangeFamilies() {
        assertRows([
            ("发展党员12名，比上年增加2名。", "2名", "发展党员.变化"),
            ("信访总量86件，同比下降12.2%。", "12.2%", "信访总量.增幅"),
            ("集体经济收入65万元，比上年增长了30%。", "30%", "集体经济收入.比率"),
            ("集体经济收入65万元，较去年增长30%。", "30%", "集体经济收入.增幅"),
            ("村集体收入31.6万元，较上年的19.2万元增长64.6%。", "19.2万元", "村集体收入.上年"),
            ("35岁以下党员由3名增加到5名。", "3名", "三十五岁以下党员.上年"),
            ("挂牌数量由平均19块精简到5块。", "19块", "挂牌数量.上年"),
            ("持证率从62%提升至100%。", "100%", "持证率"),
            ("参学率提高到94%。", "94%", "参学率"),
            ("参学率提高12%。", "12%", nil),
        ])
    }

    // MARK: 占, 占后, 比例名

    func testRatioFamilies() {
        assertRows([
            ("排查矛盾纠纷58件，成功调处56件，成功率96.6%。", "96.6%", "成功率"),
            ("全村党员46名，其中女党员12名，占党员总数的26%。", "26%", "女党员占比"),
            ("委员7名，其中党员4名，占比57.1%。", "57.1%", "党员占比"),
            ("收集诉求627条，办结609条，办结比例97.1%。", "97.1%", "办结比例"),
        ])
    }

    // MARK: 单位说法, 部分说法

    func testQualifierFamilies() {
        assertRows([
            ("举办读书班1期7天。", "7天", "举办读书班天数"),
            ("硬化通组道路12条23公里。", "23公里", "硬化通组道路里程"),
        ])
        var fields = [InputField("履职情况", .text("全年发展党员18名。")), InputField("整改情况", .text("全年发展党员6名。"))]
        XCTAssertEqual(MetricExtractor.extract(&fields).metrics.map(\.key), ["发展党员", "整改发展党员"])
    }

    /// A template folder's 词表 adds words to a 指标 family like any other.
    func testAFolderLexiconTeachesAComparisonTheBuiltInOneLacks() throws {
        let text = "发展党员12名，较前一年增加2名。"
        assertRows([(text, "2名", nil)])
        let more = try ReportLexicon.builtin.adding(lexiconText: "指标:\n  比较: 较前一年\n", file: "词表.yaml")
        assertRows([(text, "2名", "发展党员.变化")], lexicon: more)
    }
}
