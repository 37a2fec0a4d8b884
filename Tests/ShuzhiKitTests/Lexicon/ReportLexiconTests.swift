import Foundation
import XCTest
@testable import ShuzhiKit

/// One table per family of the report lexicon (Templates/词表.yaml), each
/// asserted through the code that asks it: a family whose words stopped
/// working would fail here, not somewhere downstream.
final class ReportLexiconTests: XCTestCase {
    let opening = "根据镇党委要求，现将本人抓党建工作情况报告如下："

    func read(_ text: String) -> Outline { OutlineReader.read(text) }

    // MARK: 标题, 署名行, 称呼, 自我介绍, 落款, 结束语

    func testTitleFamily() {
        let rows: [(String, Bool)] = [
            ("2025年度抓基层党建工作述职报告", true),
            ("关于2024年度履行全面从严治党责任情况的汇报", true),
            ("现将情况报告如下：", false),
            ("一、履职情况", false),
            ("抓基层党建工作情况", false),
        ]
        for (line, isTitle) in rows {
            XCTAssertEqual(read(line + "\n" + opening + "\n一、履职情况\n一是抓学习。二是抓队伍。\n").title != nil, isTitle, line)
        }
    }

    func testNameLineAndSalutationAndIntroductionFamilies() {
        let text = """
            2025年度抓基层党建工作述职报告
            述职人：柏云帆
            各位领导、同志们：
            我叫柏云帆，现任桐溪镇党委书记。
            \(opening)
            一、履职情况
            一是抓学习。二是抓队伍。
            """
        let o = read(text)
        XCTAssertEqual(o.nameLine?.text, "述职人：柏云帆")
        XCTAssertEqual(o.salutation?.text, "各位领导、同志们：")
        XCTAssertEqual(o.introduction?.text, "我叫柏云帆，现任桐溪镇党委书记。")
        XCTAssertEqual(o.opening?.text, opening)
        // Without an opening after it, a self-introduction is the opening itself.
        let alone = read("我叫柏云帆，现任桐溪镇党委书记，现将工作报告如下：\n一、履职情况\n一是抓学习。二是抓队伍。\n")
        XCTAssertNil(alone.introduction)
        XCTAssertEqual(alone.opening?.location.line, 1)
    }

    /// 署名行.职务 and 姓名后: a post and a name written into the title itself.
    func testNameInTitleFamily() {
        let rows: [(String, String?)] = [
            ("桐溪镇党委书记柏云帆2025年度抓基层党建工作述职报告", "桐溪镇党委书记柏云帆"),
            ("县水利局党组书记、局长程远同志2025年度述职报告", "县水利局党组书记、局长程远"),
            ("枫林社区党委书记欧阳晓雯述职报告", "枫林社区党委书记欧阳晓雯"),
            ("桐溪镇党委书记2025年度抓基层党建工作述职报告", nil),
            ("村党支部书记个人述职报告", nil),
            ("中共桐溪镇委员会书记抓基层党建工作述职报告", nil),
        ]
        for (title, name) in rows {
            let o = read(title + "\n" + opening + "\n一、履职情况\n一是抓学习。二是抓队伍。\n")
            XCTAssertEqual(o.nameInTitle?.text, name, title)
            XCTAssertNil(o.nameLine, title)
            if let n = o.nameInTitle { XCTAssertEqual(n.range, SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1 + name!.count))) }
        }
    }

    func testSignatureAndClosingFamilies() {
        let rows: [(closing: String, isClosing: Bool)] = [
            ("以上报告，请予评议。", true),
            ("以上述职，不妥之处，敬请批评指正。", true),
            ("谢谢大家！", true),
            ("以上各项工作将在明年继续推进，确保取得实效，为全镇高质量发展提供坚强组织保证。", false),
            // 结束语.表态: a pledge on this report closes it, however long the sentence.
            ("各位领导，基层党建任重道远。我将以这次述职为新的起点，带领班子一班人真抓实干、久久为功，为全镇发展作出新的更大贡献。", true),
        ]
        for (closing, isClosing) in rows {
            let o = read(opening + "\n一、履职情况\n一是抓学习。二是抓队伍。\n二、下一步打算\n一是强化学习。二是建强队伍。\n" + closing + "\n桐溪镇党委书记　柏云帆\n2026年1月8日\n")
            XCTAssertEqual(o.closing.map(\.text), isClosing ? [closing] : [], closing)
            XCTAssertEqual(o.signature.map(\.text), ["桐溪镇党委书记　柏云帆", "2026年1月8日"], closing)
        }
    }

    /// An unnumbered item whose heading names the rectification, with last
    /// year's findings named at the start of its body, is the rectification
    /// written inside the achievements.
    func testAnItemHeadingThatNamesTheRectificationIsEmbeddedRectification() {
        let o = read(opening + "\n主要工作及成效\n坚持书记带头，压实责任链条。全年召开党委会议研究党建工作12次，签订责任书14份。\n"
            + "坚持固本强基，建好支部堡垒。整顿软弱涣散村党组织2个，新建产业党支部3个。\n"
            + "坚持问题导向，抓实整改落实。去年述职评议时，县委指出村级后备力量不足，今年储备后备人选42名。\n"
            + "存在的问题\n一是学习不深；二是创新不够。\n下一步打算\n一是强化学习；二是建强队伍。\n")
        XCTAssertEqual(o.part(.achievements)?.items.map(\.heading), ["坚持书记带头，压实责任链条。", "坚持固本强基，建好支部堡垒。", "坚持问题导向，抓实整改落实。"])
        XCTAssertEqual(o.embedded.map(\.kind), [.rectification])
        XCTAssertEqual(o.embedded.first?.location.line, (o.part(.achievements)?.items.last?.location.line))
    }

    // MARK: 部分 — parts told by their words

    /// Headless reports: each paragraph after the achievements, with what
    /// its words say. Every opener family of the problems is here.
    func testPartEvidenceFamilies() {
        let judge = PartEvidence(lexicon: .builtin, year: 2024)
        let rows: [(String, PartKind?)] = [
            // 整改情况: back to last year's findings.
            ("针对去年述职评议指出的党员教育管理不规范问题，制定积分管理办法，整改已全部完成。", .rectification),
            ("上年度述职评议问题整改情况：三个问题均已整改到位。", .rectification),
            // 存在问题: a concession and a turn, a look back, a comparison, a summing-up, a turn alone.
            ("虽然做了一些工作，但离上级要求还有差距：一是学习不够深入；二是创新不足。", .problems),
            ("尽管取得了一定成效，仍存在不少短板。", .problems),
            ("回顾一年来的工作，自身还有不少不足，主要表现在：", .problems),
            ("对照上级要求和群众期盼，我镇党建工作还有一定差距。", .problems),
            ("总之，一年来工作取得了进展，具体讲有以下几个方面：一是抓落实不够；二是办法不多。", .problems),
            ("但是，与新时代党的建设总要求相比，还存在一些薄弱环节。", .problems),
            ("工作中还存在一些问题：一是调研不深；二是督导不够。", .problems),
            // 原因: at once, or the problems and their cause.
            ("究其原因，主要是思想认识不到位。", .causes),
            ("产生以上问题的原因主要有：一是认识有偏差；二是方法不多。", .causes),
            ("从主观上看，本人抓党建的精力投入不够。", .causes),
            // 下一步: forward in time, the next year, or the problems just named.
            ("在下一步的工作中，我将继续履行第一责任人职责。", .nextSteps),
            ("新的一年里，我将着力抓好以下工作。", .nextSteps),
            ("2025年，我将以更大力度推进基层党建。", .nextSteps),
            ("针对上述问题，我将重点抓好三项工作。", .nextSteps),
            // Achievements say none of this.
            ("全年组织集中学习24次，覆盖党员1260人次。", nil),
        ]
        for (text, kind) in rows {
            let best = judge.scores(Array(text.unicodeScalars)).first
            if let kind {
                XCTAssertEqual(best?.kind, kind, text)
                XCTAssertGreaterThanOrEqual(best?.score ?? 0, PartEvidence.decisive, text)
            } else {
                XCTAssertLessThan(best?.score ?? 0, PartEvidence.decisive, text)
            }
        }
    }

    func testHeadingWordFamilies() {
        let rows: [(String, PartKind?)] = [
            ("履职情况", .achievements), ("主要工作及成效", .achievements), ("一年来的主要做法", .achievements),
            ("上年度问题整改落实情况", .rectification), ("存在的不足", .problems), ("问题与短板", .problems),
            ("存在问题及原因分析", .problems), ("原因剖析", .causes), ("今后努力方向", .nextSteps), ("2026年工作思路", .nextSteps),
            ("坚持高位推动", nil),
        ]
        for (heading, kind) in rows { XCTAssertEqual(HeadingTable.builtin.kind(of: heading)?.kind, kind, heading) }
    }

    func testCauseSubheadingFamilies() {
        let rows: [(String, PartKind?)] = [
            ("（一）存在的问题", .problems), ("（二）原因分析", .causes), ("（二）产生问题的原因", .causes),
            ("（二）出现以上问题的主要原因", .causes), ("（二）问题根源", .causes), ("（二）整改措施", nil),
        ]
        for (line, kind) in rows {
            let text = opening + "\n一、履职情况\n一是抓学习。二是抓队伍。\n二、存在的问题及原因\n（一）存在的问题\n一是学习不深。二是创新不够。\n"
                + line + "\n一是认识不到位。二是办法不多。\n三、下一步打算\n一是强化学习。二是建强队伍。\n"
            let causes = read(text).part(.causes)
            XCTAssertEqual(causes?.evidence.source == .subheading, kind == .causes, line)
        }
    }

    // MARK: 编号, 数目

    func testNumberingFamilies() {
        let rows: [(String, NumberingStyle?, Int)] = [
            ("首先，", .shouxian, 1), ("其次，", .shouxian, 2), ("再次，", .shouxian, 3), ("最后，", .shouxian, 99),
            ("第三，", .diYi, 3), ("二是", .shiRunIn, 2), ("〔四〕", .chineseParen, 4), ("12.", .arabicDot, 12), ("统一", nil, 0),
            ("一方面，", .shouxian, 1), ("另一方面，", .shouxian, 2), ("一方", nil, 0),
            // 编号.第几后 and 编号.第几前: a counter or a word around 第一 keeps it a marker.
            ("第二件事，", .diYi, 2), ("第三个方面，", .diYi, 3), ("对第一个问题，", .diYi, 1), ("针对第二条意见，", .diYi, 2),
            ("第一书记，", nil, 0), ("对第一书记，", nil, 0), ("第二件", nil, 0),
            ("第一条是", .diYi, 1), ("第二个是", .diYi, 2), ("第一是", .diYi, 1), ("第三书记是", nil, 0),
            ("一个是", .shouxian, 1), ("另一个是", .shouxian, 2),
            // 编号.并列: the same word opens each item (针对……的问题，).
            ("针对", .parallel, 1),
            // ① to ⑳, and a dash that every item of its list shares.
            ("①", .circled, 1), ("⑫", .circled, 12), ("⑳", .circled, 20), ("㉑", nil, 0),
            ("——", .dash, 1), ("—", nil, 0),
            // A short name in brackets; a sentence in brackets is no marker.
            ("【抓理论武装】", .bracketed, 1), ("【把方向，落实党委领导下的院长负责制】", .bracketed, 1), ("【学习不够。】", nil, 0), ("【】", nil, 0),
        ]
        for (text, style, number) in rows {
            let m = NumberingMarkers.leading(Array((text + "抓好").unicodeScalars))
            XCTAssertEqual(m?.style, style, text)
            if let m { XCTAssertEqual(m.number, number, text) }
        }
        // 统一是 / 唯一是 are not run-in markers: the lexicon's boundary marks decide.
        XCTAssertEqual(NumberingMarkers.runIn(Array("标准统一是前提，唯一是底线。".unicodeScalars), from: 0, style: .shiRunIn, next: 1).count, 0)
        XCTAssertEqual(NumberingMarkers.runIn(Array("抓好两件事：一是学习，二是落实。".unicodeScalars), from: 0, style: .shiRunIn, next: 1).count, 2)
        XCTAssertEqual(
            NumberingMarkers.runIn(Array("主要做了三件事：①建台账；②抓培训；③搞评比。".unicodeScalars), from: 0, style: .circled, next: 1).map(\.number),
            [1, 2, 3])
        XCTAssertEqual(
            NumberingMarkers.runIn(Array("指出两个问题。对第一个问题，建了制度；对第二个问题，办了培训。".unicodeScalars), from: 0, style: .diYi, next: 1)
                .map(\.text), ["对第一个问题，", "对第二个问题，"])
        XCTAssertEqual(
            NumberingMarkers.runIn(Array("指出两个问题。针对“甲”的问题，建了制度；针对“乙”的问题，办了培训。".unicodeScalars), from: 0, style: .parallel, next: 1)
                .map(\.number), [1, 2])
        // 原因.开头: a question that asks why opens the causes.
        let o = read("各位领导：\n现将情况报告如下。\n一、履职情况\n（一）抓学习。学习12次。\n（二）抓阵地。新建2个。\n二、存在问题\n还有不足：一是学习不深；二是创新不够。\n为什么会出现这些问题？根子在我自己，一个是学得不深，另一个是抓得不实。\n三、下一步打算\n一是强化学习；二是建强队伍。\n")
        XCTAssertEqual(o.part(.causes)?.items.count, 2)
        // A draft numbers ① to ⑳ and writes the same dash before each item.
        XCTAssertEqual(NumberingStyle.circled.marker(position: 3, count: 5), "③")
        XCTAssertNil(NumberingStyle.circled.marker(position: 21, count: 21))
        XCTAssertEqual(NumberingStyle.dash.marker(position: 2, count: 3), "——")
        XCTAssertEqual(NumberingStyle(spelling: "①"), .circled)
    }

    /// 编号.部分: 第一部分 before a heading's words does not count against a
    /// bare heading's length, and the 一、 lines under it are its items.
    func testPartOrdinalFamily() {
        let body = "一、抓学习。组织学习12次，覆盖党员300名。\n二、抓阵地。新建党群服务中心2个，改造活动室5个。\n"
        for (first, second) in [("第一部分　2025年抓基层党建工作主要情况", "第二部分　存在的主要问题和不足"), ("第一篇　主要工作情况", "第二篇　存在问题")] {
            let o = read("各位领导：\n现将情况报告如下。\n\(first)\n\(body)\(second)\n学习还不够深入，调研还不够经常。\n")
            XCTAssertEqual(o.parts.map(\.kind), [.achievements, .problems], first)
            XCTAssertEqual(o.part(.achievements)?.items.count, 2, first)
        }
        let o = read("各位领导：\n现将情况报告如下。\n第一部门　2025年抓基层党建工作主要情况\n\(body)")
        XCTAssertNotEqual(o.part(.achievements)?.heading, "第一部门　2025年抓基层党建工作主要情况")
    }

    /// 编号.方面: [前] 词 后 and a comma; an aspect alone lists nothing.
    func testAspectFamily() {
        let rows: [(String, String?)] = [
            ("从主观上看，", "从主观上看，"), ("从客观上看，", "从客观上看，"), ("主观上，", "主观上，"), ("客观方面，", "客观方面，"),
            ("从思想认识上看，", "从思想认识上看，"), ("从工作方法上看，", "从工作方法上看，"), ("从能力作风上看，", "从能力作风上看，"),
            ("从制度机制层面看，", "从制度机制层面看，"), ("在思想上，", "在思想上，"), ("从个人角度来看，", "从个人角度来看，"),
            // No comma after it, or no aspect word: not a marker.
            ("主观上重视不够", nil), ("从总体上看，", nil), ("从严从实，", nil), ("客观地说，", nil),
            // 编号.方面.任意: 在 + two to six characters + 上，, unless the words make it a phrase.
            ("在理论学习上，", "在理论学习上，"), ("在支部建设上，", "在支部建设上，"), ("在压实责任上，", "在压实责任上，"),
            ("在此基础上，", nil), ("在原有基础上，", nil), ("在这个问题上，", nil), ("在全镇党建工作会议上，", nil),
            ("在上，", nil), ("在学上，", nil), ("在推进乡村振兴战略实施上，", nil),
        ]
        for (text, marker) in rows {
            let chars = Array((text + "抓好").unicodeScalars)
            let m = NumberingMarkers.leading(chars)
            XCTAssertEqual(m.map { String(scalars: chars[0..<$0.length]) }, marker, text)
            if marker != nil { XCTAssertEqual(m?.style, .aspect, text) }
        }
        // In either order, two or more make a list numbered by place.
        for para in ["原因有二，客观上，任务重；主观上，办法少。", "分析原因，从主观上看，学得不深；从客观上看，人手不足。",
                     "还有差距。在理论学习上，研讨不深；在队伍建设上，后备不足。"] {
            let found = NumberingMarkers.runIn(Array(para.unicodeScalars), from: 0, style: .aspect, next: 1)
            XCTAssertEqual(found.map(\.number), [1, 2], para)
        }
    }

    /// 编号.标签: 问题1：, 问题二：, 事项3：.
    func testItemLabelFamily() {
        let rows: [(String, Int?)] = [("问题1：", 1), ("问题二：", 2), ("事项3:", 3), ("整改事项十一：", 11), ("问题：", nil), ("问题1是", nil), ("问题很多：", nil)]
        for (text, number) in rows {
            let m = NumberingMarkers.leading(Array((text + "学习不够深入。").unicodeScalars))
            XCTAssertEqual(m?.style == .labelled ? m?.number : nil, number, text)
        }
    }

    func testCountFamilies() {
        let rows: [(String, Int?)] = [
            ("下一步，我将从三个方面着力：", 3), ("重点抓好以下四点：", 4), ("做到“三个聚焦”：", 3),
            ("牢固树立“四个意识”，", nil), ("坚持“三会一课”制度。", nil), ("全年开展三次督导。", nil),
            // 数目.自足: words after the number that announce a list alone.
            ("产生这些问题有主客观两个方面的原因：", 2), ("针对去年评议指出的三个问题，", 3), ("原因有两方面原因。", 2),
            ("全镇有两个村获评先进。", nil),
            // What was just quoted is what the number counts: no list is announced.
            ("县委指出的“阵地使用率不高”和“教育方式单一”两个问题，我亲自抓整改：", nil),
            // Only in the sentence that leads into the list, and after anything stronger.
            ("去年指出的两个问题已整改。今年重点抓了以下工作：", nil), ("针对两个问题，重点在以下五个方面用力：", 5),
        ]
        for (text, count) in rows {
            XCTAssertEqual(StructureChecks.claim(in: Array(text.unicodeScalars), .builtin)?.count, count, text)
        }
    }

    // MARK: 叠词, 占位符

    func testReduplicationFamilies() {
        let legitimate = [
            "组织党员看看、读读、走走、说说、议议", "认认真真学、扎扎实实干", "层层压实责任，村村有阵地，户户都走到",
            "部分党组织组织生活不规范", "谋划“十五五”发展", "研究研究再定", "做到心连心、面对面",
        ]
        for text in legitimate {
            XCTAssertEqual(InlineChecks.run(report: text).filter { $0.code == "repeated-phrase" }.map(\.message), [], text)
        }
        let slips = ["壮大集体经济集体经济", "落实领领导干部责任", "组织学学习"]
        for text in slips {
            XCTAssertEqual(InlineChecks.run(report: text).filter { $0.code == "repeated-phrase" }.count, 1, text)
        }
    }

    func testPlaceholderFamily() {
        for (text, found) in [("【待补充：全年数据】", true), ("【待完善】", true), ("【典型案例】", false)] {
            XCTAssertEqual(InlineChecks.run(report: text).contains { $0.code == "placeholder" }, found, text)
        }
    }

    // MARK: 报告类别

    func testKindFamilies() {
        let body = "\n一、履职情况\n一是抓学习。二是抓队伍。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        let rows: [(String, String)] = [
            ("按照街道党工委的统一安排，现将本人抓党建工作情况报告如下：", "village"),
            ("桐溪镇青石村党总支书记　柏云帆\n根据要求，现将本人抓党建工作情况报告如下：", "village"),
            ("作为镇党委书记，现将本人抓党建工作情况报告如下：", "township"),
            ("根据县直机关工委要求，现将本人抓党建工作情况报告如下：", "organ"),
            ("一年来，在县委和镇党委的坚强领导下，现将本人抓党建工作情况报告如下：", "township"),
            ("中共石桥社区委员会书记2025年度抓基层党建工作述职报告\n根据要求，现将本人抓党建工作情况报告如下：", "village"),
            ("县供水有限公司党委书记2025年度抓基层党建工作述职报告\n根据要求，现将本人抓党建工作情况报告如下：", "organ"),
            ("中共白沙镇委员会书记2025年度抓基层党建工作述职报告\n根据要求，现将本人抓党建工作情况报告如下：", "township"),
        ]
        for (head, id) in rows { XCTAssertEqual(OutlineReader.readReport(head + body).template.id, id, head) }
        // The body's words count when one kind clearly has more of them.
        let organBody = body.replacingOccurrences(of: "一是抓学习。二是抓队伍。", with: "一是机关党委抓科室学习。二是组织干部职工下沉服务，机关干部职工全覆盖。")
        XCTAssertEqual(OutlineReader.readReport("根据要求，现将本人抓党建工作情况报告如下：" + organBody).template.id, "organ")
    }

    // MARK: 年份

    func testYearFamily() {
        let rows: [(String, [Int])] = [
            ("2024年，全镇新建5个阵地。", [2024]),
            ("2021—2025年规划、2021至2025年任期", []),
            ("自2019年、从2019年、2019年以来、2019年起、2019年至今", []),
            ("社区成立于2016年，2021年换届时当选，2022年被评为先进", []),
            ("2016年成立合作社，2023年全村新建5个大棚", [2023]),
        ]
        for (text, years) in rows { XCTAssertEqual(Figures.years(in: text).map(\.year), years, text) }
        // The report's year is not a past event of its opening.
        let o = read("各位领导：\n我叫柏云帆，2021年换届时当选为村党支部书记。2024年，我带领村“两委”抓党建促发展，现将情况报告如下。\n一、履职情况\n一是抓学习。二是抓队伍。\n")
        XCTAssertEqual(o.year, 2024)
    }

    // MARK: A template folder's own 词表

    func testAFolderLexiconTeachesAnOpenerTheBuiltInOneLacks() throws {
        let report = opening + "\n第一，抓学习。组织学习24次。\n第二，抓队伍。培训干部30名。\n美中不足的是，部分支部活动内容较为单调。\n在下一步的工作中，我将继续努力。\n"
        XCTAssertNil(OutlineReader.readReport(report).outline.part(.problems))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shuzhi-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try BuiltinTemplateSource.schema(of: "township").write(to: folder.appendingPathComponent("模板.yaml"), atomically: true, encoding: .utf8)
        try "{{<township}}{{/township}}".write(to: folder.appendingPathComponent("正文.mustache"), atomically: true, encoding: .utf8)
        try "部分:\n  存在问题:\n    开头: 美中不足的是 美中不足\n".write(to: folder.appendingPathComponent("词表.yaml"), atomically: true, encoding: .utf8)
        let template = try TemplateLibrary.builtin.loadFolder(folder.path).template
        let problems = OutlineReader.readReport(report, template: template).outline.part(.problems)
        XCTAssertEqual(problems?.location.line, 4)
        XCTAssertEqual(problems?.evidence.words, "美中不足的是")
    }

    /// 版式: the lengths that tell unnumbered items by their form; a folder's
    /// 词表 sets its own (numbers are the folder's, not added to).
    func testLayoutLengthsFamily() throws {
        let builtin = ReportLexicon.builtin.layout
        XCTAssertEqual([builtin.topicSentence, builtin.topicSpread, builtin.label, builtin.sloganHeading, builtin.bracketed], [30, 8, 8, 24, 40])
        let long = Array("【把方向，落实党组织领导的校长负责制】抓好".unicodeScalars)
        XCTAssertEqual(NumberingMarkers.leading(long)?.style, .bracketed)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shuzhi-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try BuiltinTemplateSource.schema(of: "township").write(to: folder.appendingPathComponent("模板.yaml"), atomically: true, encoding: .utf8)
        try "{{<township}}{{/township}}".write(to: folder.appendingPathComponent("正文.mustache"), atomically: true, encoding: .utf8)
        try "版式:\n  方括号最长: 6\n".write(to: folder.appendingPathComponent("词表.yaml"), atomically: true, encoding: .utf8)
        let lexicon = try TemplateLibrary.builtin.loadFolder(folder.path).template.lexicon
        XCTAssertEqual(lexicon.layout.bracketed, 6)
        XCTAssertNil(NumberingMarkers.leading(long, lexicon: lexicon))
        XCTAssertEqual(NumberingMarkers.leading(Array("【抓学习】抓好".unicodeScalars), lexicon: lexicon)?.style, .bracketed)
    }

    /// 编号.一是 and 编号.序数: the characters that make 一是/一要 and 第一 are the
    /// lexicon's, so a folder's 词表 can add a county's own (一须……二须……).
    func testAFolderLexiconTeachesANumberingSuffix() throws {
        let text = Array("一须抓好学习，二须建强队伍。".unicodeScalars)
        XCTAssertNil(NumberingMarkers.leading(text))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shuzhi-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try BuiltinTemplateSource.schema(of: "township").write(to: folder.appendingPathComponent("模板.yaml"), atomically: true, encoding: .utf8)
        try "{{<township}}{{/township}}".write(to: folder.appendingPathComponent("正文.mustache"), atomically: true, encoding: .utf8)
        try "编号:\n  一是: 须\n".write(to: folder.appendingPathComponent("词表.yaml"), atomically: true, encoding: .utf8)
        let lexicon = try TemplateLibrary.builtin.loadFolder(folder.path).template.lexicon
        XCTAssertEqual(NumberingMarkers.leading(text, lexicon: lexicon)?.style, .shiRunIn)
        XCTAssertEqual(NumberingMarkers.runIn(text, from: 0, style: .shiRunIn, next: 1, lexicon: lexicon).map(\.text), ["一须", "二须"])
        // The built-in ones stay: 一是 still numbers.
        XCTAssertEqual(NumberingMarkers.leading(Array("一是抓好".unicodeScalars), lexicon: lexicon)?.style, .shiRunIn)
    }

    func testAFolderLexiconWithAnUnknownItemIsALocatedError() {
        let text = "部分:\n  存在问题:\n    开投: 美中不足\n"
        XCTAssertThrowsError(try ReportLexicon.builtin.adding(lexiconText: text, file: "词表.yaml")) { error in
            let d = error as! Diagnostic
            XCTAssertEqual(DiagnosticPrinter.text(d), "词表.yaml:3:5: error[unknown-key]: 词表中没有“开投”这一项\n  提示：是不是“开头”？\n")
        }
    }
}
