import XCTest
@testable import ShuzhiKit

/// What `import --metrics` makes of figures, in sentences of our own: the
/// names it gives, the derived figures it binds to their base, and what it
/// leaves as text, with why.
final class MetricExtractorTests: XCTestCase {
    func names(_ text: String) -> [String: String] {
        MetricExtractor.names(in: text).compactMapValues { $0 }
    }

    /// The text with references, and each metric as `本年 上年 精度` (or its value).
    func extract(_ text: String, part: String = "履职情况") -> (text: String, metrics: [String: String], kept: [String: MetricExtraction.Reason]) {
        var fields = [InputField(part, .text(text))]
        let result = MetricExtractor.extract(&fields)
        guard case .text(let out) = fields[0].value else { return ("", [:], [:]) }
        var metrics: [String: String] = [:]
        for m in result.metrics {
            switch m.value {
            case .text(let v): metrics[m.key] = v
            case .map(let entries):
                metrics[m.key] = entries.map { e in
                    if case .text(let v) = e.value { return "\(e.key)=\(v)" }
                    return e.key
                }.joined(separator: " ")
            default: break
            }
        }
        return (out, metrics, Dictionary(result.kept.map { ($0.figure, $0.reason) }, uniquingKeysWith: { a, _ in a }))
    }

    func testNamesComeFromTheWordsAroundTheNumber() {
        let cases: [(String, String, String?)] = [
            ("全年发展党员12名。", "12名", "发展党员"),
            ("全年发展12名党员，带动群众。", "12名", "发展党员"),
            ("大力推进6个示范支部。", "6个", "推进示范支部"),
            ("16名党员联系农户90户。", "90户", "党员联系农户"),
            ("16名党员联系农户90户。", "16名", "党员"),
            ("其中35岁以下11名。", "11名", "三十五岁以下"),
            ("新选配35岁以下干部。", "35岁", nil),
            ("力争2027年村集体经济收入35万元。", "35万元", "村集体经济收入"),
            ("力争2027年实现目标。", "2027年", nil),
            ("经营性收入全部超过10万元。", "10万元", "经营性收入"),
            ("专题培训不少于4次。", "4次", "专题培训"),
            ("参学率提高到94%。", "94%", "参学率"),
            ("考核权重占30%。", "30%", "考核权重"),
            ("全镇共有党支部7个。", "7个", "党支部"),
            ("为民办结实事98件。", "98件", "为民办结实事"),
            ("与驻区单位9家签订协议。", "9家", "驻区单位"),
            ("协调解决加装电梯、停车难等难题11个。", "11个", "解决难题"),
            ("每村至少培育1个品牌。", "1个", "每村培育品牌"),
            ("每月党委会至少专题研究1次党建工作。", "1次", "每月党委会专题研究党建工作"),
            ("入党积极分子4名。", "4名", "入党积极分子"),
            ("整合共建单位21家。", "21家", "整合共建单位"),
            ("共走访贫困户80户。", "80户", "走访贫困户"),
            ("参加组织生活会6次。", "6次", "参加组织生活会"),
            ("筹集资金50万元用于修路。", "50万元", "筹集资金"),
            ("全村党员46名，平均年龄52岁。", "46名", "党员"),
            ("全村党员46名，平均年龄52岁。", "52岁", "平均年龄"),
            // A count before a noun counts the noun; an amount is named by the words before it.
            ("为8个党支部择优选派指导员。", "8个", "党支部"),
            ("投入资金97万元改造提升服务中心5个。", "97万元", "投入资金"),
            ("投入资金97万元改造提升服务中心5个。", "5个", "改造提升服务中心"),
            ("先后5次调研基层党建。", "5次", "调研基层党建"),
            ("为全村32名80岁以上老人送餐。", "32名", "八十岁以上老人"),
            ("对13个村（社区）党群服务中心进行改造。", "13个", "村党群服务中心"),
            ("选派10名以上年轻干部参加培训。", "10名", "选派年轻干部"),
            // A bound, a rank, a quotation, a slogan or a listed count is no figure.
            ("收入10万元以上的村达到2个。", "10万元", nil),
            ("收入10万元以上的村达到2个。", "2个", "收入10万元以上的村"),
            ("经营性收入超过20万元的村有6个。", "6个", "经营性收入超过20万元的村"),
            ("实行24小时值守。", "24小时", nil),
            ("考核排后三位的约谈。", "三位", nil),
            ("开展“一村一品”创建，围绕“三个聚焦”。", "三个", nil),
            ("解决了南坡、后湾两个村民小组的出行难题。", "两个", nil),
            ("重点做好三件事：一是学习。", "三件", nil),
            ("深入开展一次集中学习。", "一次", nil),
            ("其中三个村通过验收。", "三个", nil),
        ]
        for (text, value, name) in cases {
            XCTAssertEqual(names(text)[value], name, text)
        }
    }

    func testAChineseNumeralWithACounterIsAFigureWrittenBackInChinese() {
        let r = extract("全年走访困难党员五次，新建党员活动室两个，培训党员十二次。")
        XCTAssertEqual(r.metrics, ["走访困难党员": "5次", "新建党员活动室": "2个", "培训党员": "12次"])
        XCTAssertEqual(r.text, "全年走访困难党员{{走访困难党员.汉字}}，新建党员活动室{{新建党员活动室.汉字}}，培训党员{{培训党员.汉字}}。")
        // 二个 is not how a draft writes 2: it stays text.
        let odd = extract("新建党员活动室二个。")
        XCTAssertEqual(odd.kept["二个"], .chineseSpelling)
    }

    func testAGrowthRateGivesLastYearRecoveredAtThePrecisionTheTextShows() {
        let r = extract("人均年度收入10538元，较上年增长8.58%。")
        XCTAssertEqual(r.metrics, ["人均年度收入": "本年=10538元 上年=9705元 精度=2"])
        XCTAssertEqual(r.text, "人均年度收入{{人均年度收入}}，较上年{{人均年度收入.增幅}}。")
        // One decimal is the default precision; 上年 takes a digit more when a
        // rounded one would not give the printed rate.
        let coarse = extract("粮食总产量达到19.8万吨，较上年增长2.3%。")
        XCTAssertEqual(coarse.metrics, ["粮食总产量": "本年=19.8万吨 上年=19.35万吨"])
        XCTAssertEqual(coarse.text, "粮食总产量达到{{粮食总产量}}，较上年{{粮食总产量.增幅}}。")
        let down = extract("信访总量86件，同比下降12.2%。")
        XCTAssertEqual(down.metrics, ["信访总量": "本年=86件 上年=98件"])
        XCTAssertEqual(down.text, "信访总量{{信访总量}}，同比{{信访总量.增幅}}。")
    }

    func testAChangeInUnitsOrPointsBecomesTheMetricsChange() {
        let r = extract("发展党员12名，比上年增加2名；参学率达到94.6%，较上年提高2.1个百分点。")
        XCTAssertEqual(r.metrics, ["发展党员": "本年=12名 上年=10名", "参学率": "本年=94.6% 上年=92.5%"])
        XCTAssertEqual(r.text, "发展党员{{发展党员}}，比上年{{发展党员.变化}}；参学率达到{{参学率}}，较上年{{参学率.变化}}。")
        // 了 after the verb: the signed field, which prints the same while the figure rises.
        let le = extract("集体经济收入65万元，比上年增长了30%。")
        XCTAssertEqual(le.metrics, ["集体经济收入": "本年=65万元 上年=50万元 精度=0"])
        XCTAssertEqual(le.text, "集体经济收入{{集体经济收入}}，比上年增长了{{集体经济收入.比率}}。")
    }

    /// Words that say of whom a figure is: the noun after 的 in a long
    /// clause, those who are so (的有), a part of the figure before (其中……的).
    func testChangesBindToFiguresNamedByTheirNoun() {
        let r = extract("参加社区志愿服务的35岁以下党员达到41名，比上年增加24名；服务中心用于服务居民的面积占比达到82%，比上年提高21个百分点。")
        XCTAssertEqual(r.metrics, ["三十五岁以下党员": "本年=41名 上年=17名", "面积占比": "本年=82% 上年=61%"])
        let owned = extract("12名村党组织书记中大专以上学历的有7名。")
        XCTAssertEqual(owned.metrics["村党组织书记中大专以上学历"], "7名")
        // A difference gives 上年 exactly, with the digits of both numbers.
        let average = extract("村均27万元，比上年增加4.5万元。")
        XCTAssertEqual(average.metrics, ["村均": "本年=27万元 上年=22.5万元"])
    }

    func testLastYearWrittenOutIsTaken() {
        let r = extract("村集体经济收入达到31.6万元，较上年的19.2万元增长64.6%。")
        XCTAssertEqual(r.metrics, ["村集体经济收入": "本年=31.6万元 上年=19.2万元"])
        XCTAssertEqual(r.text, "村集体经济收入达到{{村集体经济收入}}，较上年的{{村集体经济收入.上年}}{{村集体经济收入.增幅}}。")
        let from = extract("全村35岁以下党员由3名增加到5名，平均处置时间由原来的平均5天缩短到2天。")
        XCTAssertEqual(from.metrics, ["三十五岁以下党员": "本年=5名 上年=3名", "平均处置时间": "本年=2天 上年=5天"])
        XCTAssertEqual(from.text, "全村35岁以下党员由{{三十五岁以下党员.上年}}增加到{{三十五岁以下党员}}，平均处置时间由原来的平均{{平均处置时间.上年}}缩短到{{平均处置时间}}。")
    }

    func testARatioOfTwoFiguresInItsSentenceBecomesAFormula() {
        let r = extract("排查矛盾纠纷58件，成功调处56件，成功率96.6％。")
        XCTAssertEqual(r.metrics["成功率"], "=成功调处矛盾纠纷/排查矛盾纠纷*100％")
        XCTAssertEqual(r.text, "排查矛盾纠纷{{排查矛盾纠纷}}，成功调处{{成功调处矛盾纠纷}}，成功率{{成功率}}。")
        let share = extract("全村党员46名，其中女党员12名，占党员总数的26%。")
        XCTAssertEqual(share.metrics["女党员占比"], "本年==女党员/党员*100% 精度=0")
        XCTAssertEqual(share.text, "全村党员{{党员}}，其中女党员{{女党员}}，占党员总数的{{女党员占比}}。")
        // No whole in the sentence gives the printed ratio: a metric of its own.
        let alone = extract("提拔干部占比57%。")
        XCTAssertEqual(alone.metrics, ["提拔干部占比": "57%"])
    }

    func testWhatStaysTextSaysWhy() {
        let r = extract("全镇发文数量较上年减少28.6%，每名党员联系5至10户，还有4个村的经营性收入依靠资产租赁。")
        XCTAssertEqual(r.kept["28.6%"], .changeWithoutBase)
        XCTAssertEqual(r.kept["10户"], .range)
        XCTAssertEqual(r.kept["4个"], .noName)
        // 8.50%: no precision prints a trailing zero.
        let zero = extract("人均收入10540元，较上年增长8.50%。")
        guard case .notReproducible? = zero.kept["8.50%"] else { return XCTFail("\(zero)") }
        XCTAssertEqual(zero.metrics, ["人均收入": "10540元"])
    }

    func testFiguresOfOneNameAreToldApartByTheReportsOwnWords() {
        // A different unit: its measure.
        let unit = extract("举办读书班1期7天。")
        XCTAssertEqual(unit.metrics, ["举办读书班": "1期", "举办读书班天数": "7天"])
        // The same figure said twice is one metric.
        let twice = extract("在7个行政村推行议事会，在7个行政村建立档案。")
        XCTAssertEqual(twice.metrics, ["行政村": "7个"])
        // A quotation in the sentence.
        let quoted = extract("通过实施“双百工程”，争取上级资金15万元。按标准完成任务，争取上级资金5.6万元。")
        XCTAssertEqual(quoted.metrics, ["双百工程争取上级资金": "15万元", "争取上级资金": "5.6万元"])
        // The next steps plan: 计划.
        var fields = [InputField("履职情况", .text("全年发展党员18名。")), InputField("下一步", .text("全年发展党员不少于20名。"))]
        let result = MetricExtractor.extract(&fields)
        XCTAssertEqual(result.metrics.map(\.key), ["发展党员", "计划发展党员"])
        // Nothing tells them apart: the second stays text.
        let same = extract("发展党员18名。发展党员20名。")
        XCTAssertEqual(same.kept["20名"], .sameName("发展党员"))
    }
}
