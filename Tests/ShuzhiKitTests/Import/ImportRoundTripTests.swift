import Foundation
import XCTest
@testable import ShuzhiKit

/// draft(import(report)) equals the report, up to blank lines, leading
/// indentation and trailing spaces.
final class ImportRoundTripTests: XCTestCase {
    /// Paragraph texts, as the comparison sees them.
    func normalized(_ text: String) -> [String] { OutlineReader.splitParagraphs(text).map(\.text) }

    func assertRoundTrip(_ text: String, file: String, metrics: Bool, line: UInt = #line) {
        do {
            let result = try Importer.importText(text, file: file, metrics: metrics)
            let drafted = Drafter.draft(result.input, file: file)
            XCTAssertEqual(drafted.diagnostics.filter { $0.severity != .note }.map { DiagnosticPrinter.text($0) }, [], file, line: line)
            XCTAssertEqual(normalized(drafted.text ?? ""), normalized(text), file, line: line)
        } catch {
            XCTFail("\(file)：\(DiagnosticPrinter.text(error))", line: line)
        }
    }

    func testCorpusReportsRoundTripWithAndWithoutMetrics() throws {
        let corpus = try SharedFolder.corpusSeeds()
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(files.count, 3)
        for name in files {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            assertRoundTrip(text, file: name, metrics: false)
            assertRoundTrip(text, file: name, metrics: true)
        }
    }

    func testMetricsBecomeNamedEntriesReferencedFromTheText() throws {
        let report = """
            按照镇党委要求，现将本人2023年度抓基层党建工作情况报告如下：
            一、履职情况
            （一）抓队伍建设。全年培训党员干部320人次，新建党员活动室4个，16名党员联系农户90户。
            （二）抓产业发展。争取项目资金650万元，发展12名党员，走访80户困难群众家庭，大力推进6个示范支部。
            二、存在问题
            一是学习不够深入。二是创新不够。
            三、下一步工作打算
            一是加强学习。二是改进作风。

            """
        let result = try Importer.importText(report, file: "r.txt", metrics: true)
        XCTAssertTrue(result.input.contains("指标:\n  培训党员干部: 320人次\n  新建党员活动室: 4个\n  党员: 16名\n  党员联系农户: 90户\n  争取项目资金: 650万元\n  发展党员: 12名\n  走访困难群众家庭: 80户\n  推进示范支部: 6个\n"), result.input)
        // A bare verb takes the noun after the number; the text around the number is kept.
        XCTAssertTrue(result.input.contains("发展{{发展党员}}党员，"), result.input)
        XCTAssertTrue(result.input.contains("{{走访困难群众家庭}}困难群众家庭，"), result.input)
        XCTAssertTrue(result.input.contains("全年培训党员干部{{培训党员干部}}，新建党员活动"), result.input)
        // The unit of the number before (16名) is not part of the next name; a number
        // before a noun counts that noun.
        XCTAssertTrue(result.input.contains("室{{新建党员活动室}}，{{党员}}党员联系农户{{党员联系农户}}。"), result.input)
        assertRoundTrip(report, file: "r.txt", metrics: true)
    }

    func testEveryStyleFixtureDraftRoundTrips() throws {
        let folder = packageRoot.appendingPathComponent("Tests/Fixtures/styles")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            assertRoundTrip(text, file: name, metrics: false)
            assertRoundTrip(text, file: name, metrics: true)
        }
    }

    func testEveryExampleDraftRoundTrips() throws {
        let folder = packageRoot.appendingPathComponent("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            assertRoundTrip(text, file: name, metrics: false)
            assertRoundTrip(text, file: name, metrics: true)
        }
    }

    func testEveryOutlineAndMetricsFixtureRoundTripsWithMetrics() throws {
        for folder in ["Tests/Fixtures/outline", "Tests/Fixtures/metrics"] {
            let url = packageRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).filter({ $0.hasSuffix(".txt") }).sorted() {
                assertRoundTrip(try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8), file: name, metrics: true)
            }
        }
    }

    func testVariantMarkersAndWindowsLineEndsRoundTrip() {
        let report = "　　根据要求，现报告如下：\r\n一、履职情况\r\n(一)抓学习。每月学习一次。\r\n(二)抓队伍。选好配强班子。\r\n二、存在问题\r\n〔一〕学习不深。〔二〕创新不够。\r\n三、下一步工作打算\r\n首先是加强学习。其次是改进作风。再次，完善制度。\r\n"
        assertRoundTrip(report, file: "variants.txt", metrics: false)
    }

    func testStandaloneLevelTwoHeadingsWithNumberedParagraphsRoundTripAndCheckClean() {
        let report = "根据镇党委要求，现将本人抓基层党建工作情况报告如下：\n一、履职情况\n（一）强化政治引领\n1.抓理论学习。坚持每月集中学习一次。\n2.抓组织生活。严格落实“三会一课”制度。\n（二）夯实基层基础\n1.建强阵地。新建党群服务中心一个。\n2.建强队伍。选派年轻干部到村任职。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        assertRoundTrip(report, file: "headings.txt", metrics: false)
        let outline = OutlineReader.read(report)
        XCTAssertEqual(outline.part(.achievements)?.items.map { $0.subitems.count }, [2, 2])
        XCTAssertEqual(Checker.checkReport(report, file: "h.txt").filter { $0.severity != .note && $0.code != "word-count" }.map { DiagnosticPrinter.text($0) }, [])
    }

    /// Tops seen in real reports: no opening paragraph, a name line with
    /// no title above it, a labelled name line (述职人：……).
    func testReportTopsWithoutOpeningOrTitleRoundTrip() throws {
        let body = "一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        let noOpening = "2024年度述职报告\n述职人：柳溪村党支部书记　周立新\n" + body
        let result = try Importer.importText(noOpening, file: "a.txt")
        XCTAssertTrue(result.input.contains("姓名行: 述职人：柳溪村党支部书记　周立新\n开头: 无\n"), result.input)
        assertRoundTrip(noOpening, file: "a.txt", metrics: false)
        let noTitle = "柳溪村党支部书记　周立新\n各位领导、同志们：\n现将本人一年来抓党建工作情况报告如下：\n" + body
        let outline = OutlineReader.read(noTitle)
        XCTAssertEqual(outline.nameLine?.text, "柳溪村党支部书记　周立新")
        XCTAssertEqual(outline.salutation?.text, "各位领导、同志们：")
        assertRoundTrip(noTitle, file: "b.txt", metrics: false)
    }

    /// The kind of report from its top lines: who reports to whom.
    func testTemplateIsChosenByTheReportersOfficeOrTheOneReportedTo() {
        let body = "\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        let cases = [
            ("按照街道党工委的统一安排，现将本人抓党建工作情况报告如下：", "village"),
            ("根据镇党委要求，现将本人抓党建工作情况报告如下：", "village"),
            ("根据县委组织部要求，现将本人抓党建工作情况报告如下：", "township"),
            ("作为镇党委书记，现将本人抓党建工作情况报告如下：", "township"),
            ("根据县直机关工委要求，现将本人抓党建工作情况报告如下：", "organ"),
            ("一年来，在县委和镇党委的坚强领导下，现将本人抓党建工作情况报告如下：", "township"),
            ("青石镇党委委员、组织委员 王明\n根据县委组织部要求，现将本人抓党建工作情况报告如下：", "township"),
        ]
        for (opening, id) in cases {
            XCTAssertEqual(Importer.detectTemplate(opening + body).id, id, opening)
        }
    }

    func testNumberingSlipsAreKeptAndWarnedAbout() throws {
        let report = "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（三）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        let result = try Importer.importText(report, file: "r.txt")
        XCTAssertEqual(result.notes.filter { $0.severity == .warning }.map { DiagnosticPrinter.text($0) },
                       ["r.txt:4:1: warning[numbering-gap]: 编号不连续：这里应是“（二）”\n  提示：原报告的编号问题已原样写进输入文件，检查输入文件时不再报告；请在输入文件中改正\n"])
        assertRoundTrip(report, file: "r.txt", metrics: false)
    }

    /// One item with its measures in one paragraph, another with a paragraph
    /// each: both read back as written.
    func testMixedMeasureLayoutsUnderHeadingLinesRoundTrip() {
        let report = "根据要求，现报告如下：\n一、履职情况\n（一）强化政治引领\n一是抓学习。每月学习一次。二是抓研讨。每季研讨一次。\n（二）夯实基层基础\n一是建阵地。新建站点4个。\n二是强队伍。选派干部3名。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        assertRoundTrip(report, file: "mixed.txt", metrics: false)
    }

    func testAMissingRequiredCauseUnderStrictIsNamed() {
        let strict = TemplateLibrary.builtin.template(named: "strict")!
        let report = "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、上年度述职评议问题整改情况\n一是建立学习制度。二是完善考核办法。\n三、存在问题\n一是学习不深。二是创新不够。\n四、下一步工作打算\n一是加强学习。二是改进作风。\n"
        XCTAssertThrowsError(try Importer.importText(report, file: "r.txt", template: strict)) { error in
            XCTAssertEqual((error as! Diagnostic).code, "missing-causes")
            XCTAssertTrue((error as! Diagnostic).message.hasSuffix("，无法导入"))
        }
    }

    /// A part no template names imports as 其他部分 when it comes last, and
    /// is named with the fix when it stands between the others.
    func testAPartNoTemplateNamesImportsWhenLastAndIsNamedOtherwise() throws {
        let top = "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n"
        let problems = "二、存在问题\n一是学习不深。二是创新不够。\n"
        let next = "三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        let last = try Importer.importText(top + problems + next + "四、廉洁自律情况\n严守规定，管好身边人。\n", file: "r.txt")
        XCTAssertTrue(last.input.contains("其他部分:\n  - 标题: 廉洁自律情况\n    内容: 严守规定，管好身边人。\n"), last.input)
        let between = top + problems + "三、廉洁自律情况\n严守规定，管好身边人。\n" + next.replacingOccurrences(of: "三、", with: "四、")
        XCTAssertThrowsError(try Importer.importText(between, file: "r.txt")) { error in
            XCTAssertEqual(DiagnosticPrinter.text(error as! Diagnostic),
                           "r.txt:7:1: error[import-mismatch]: “廉洁自律情况”不是模板里的部分，只有写在各部分之后的这类部分能导入（作为“其他部分”）\n  提示：把这一部分移到最后一部分之后再导入\n")
        }
        let afterAchievements = top + "二、廉洁自律情况\n严守规定，管好身边人。\n" + problems.replacingOccurrences(of: "二、", with: "三、")
            + next.replacingOccurrences(of: "三、", with: "四、")
        XCTAssertThrowsError(try Importer.importText(afterAchievements, file: "r.txt")) { error in
            XCTAssertEqual(DiagnosticPrinter.text(error as! Diagnostic),
                           "r.txt:5:1: error[import-mismatch]: 这一部分“廉洁自律情况”和第2行的部分都读作“履职情况”\n  提示：模板之外的部分请移到最后一部分之后（导入为“其他部分”），或把两部分合成一部分\n")
        }
    }

    func testAMissingRequiredPartIsNamedWhereItBelongs() {
        let report = "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、下一步工作打算\n一是加强学习。二是改进作风。\n"
        XCTAssertThrowsError(try Importer.importText(report, file: "r.txt")) { error in
            XCTAssertEqual(DiagnosticPrinter.text(error as! Diagnostic),
                           "r.txt:5:1: error[missing-section]: 缺少必需部分“存在问题”，无法导入\n  提示：先补上这一部分再导入；shuzhi check 会列出这份报告的全部问题\n")
        }
    }

    func testAParagraphThatWouldChangeIsReportedWithItsLine() {
        // The last item lacks its full stop: a draft would add one.
        let report = "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        XCTAssertThrowsError(try Importer.importText(report, file: "r.txt")) { error in
            // At the first character that would change, with both readings from there.
            XCTAssertEqual(DiagnosticPrinter.text(error as! Diagnostic).split(separator: "\n").first,
                           "r.txt:3:14: error[import-mismatch]: 这一段无法原样转换：原文“（段落结束）”，导入后会变成“。”")
        }
    }

    /// Random reports built from the outline model's styles, counts and
    /// texts: each drafts, imports and drafts again to the same text.
    func testRandomReportsRoundTrip() {
        var rng = SplitMix(seed: 20241)
        let words = ["抓学习", "强队伍", "促发展", "优服务", "严管理", "建阵地", "育人才", "聚合力"]
        for round in 0..<60 {
            var input = "年度: 2024\n"
            if rng.next() % 2 == 0 { input += "标题: 无\n" }
            let itemStyle = ["（一）", "一是", "第一，", "1."][Int(rng.next() % 4)]
            let measureStyle = ["一是", "（1）", "首先"][Int(rng.next() % 3)]
            input += "履职情况:\n  编号: \(itemStyle)\n  措施编号: \(measureStyle)\n"
            if rng.next() % 2 == 0 { input += "  导语: 一年来，我坚持把党建工作放在首位。\n" }
            input += "  事项:\n"
            for _ in 0..<(2 + Int(rng.next() % 3)) {
                input += "    - 标题: \(words[Int(rng.next() % 8)])，\(words[Int(rng.next() % 8)])\n"
                let m = Int(rng.next() % 4)
                if m >= 2 {
                    input += "      措施:\n"
                    for _ in 0..<min(m, 3) { input += "        - \(words[Int(rng.next() % 8)])。全年开展活动\(rng.next() % 90 + 2)次。\n" }
                } else {
                    input += "      内容: 坚持每月研究一次，推动工作落实。\n"
                }
            }
            input += "存在问题:\n  版式: \(rng.next() % 2 == 0 ? "连排" : "分段")\n  问题:\n    - 学习不够深入\n    - 创新意识不强\n"
            if rng.next() % 2 == 0 { input += "  原因:\n    - 思想认识不到位\n    - 办法不多\n" }
            input += "下一步:\n  措施:\n    - 加强学习\n    - 改进作风\n    - 完善制度\n"
            let drafted = Drafter.draft(input, file: "random\(round).yaml")
            guard let text = drafted.text else {
                XCTFail("round \(round): \(drafted.diagnostics.map { DiagnosticPrinter.text($0) })\n\(input)")
                continue
            }
            assertRoundTrip(text, file: "random\(round).txt", metrics: rng.next() % 2 == 0)
        }
    }
}

/// A small deterministic generator, so a failing round is reproducible.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
