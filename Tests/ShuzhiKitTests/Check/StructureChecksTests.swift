import XCTest
@testable import ShuzhiKit

/// Each structural check with a positive and a negative case, in our own
/// words. Expected positions are marked with ⟦ before the character.
final class StructureChecksTests: XCTestCase {
    /// The findings of `code` in `marked` (marker removed), as positions.
    func found(_ marked: String, _ code: DiagnosticCode, profile: OutlineProfile = .standard) -> [SourceLocation] {
        let text = marked.replacingOccurrences(of: "⟦", with: "")
        return Checker.checkReport(text, file: "t.txt", profile: profile).filter { $0.code == code }.compactMap(\.location)
    }

    func marks(_ marked: String) -> [SourceLocation] {
        var result: [SourceLocation] = []
        for (i, line) in marked.components(separatedBy: "\n").enumerated() {
            var column = 1
            for c in line {
                if c == "⟦" { result.append(SourceLocation(line: i + 1, column: column)) } else { column += 1 }
            }
        }
        return result
    }

    func assertFinds(_ marked: String, _ code: DiagnosticCode, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(found(marked, code), marks(marked), file: file, line: line)
    }

    let base = "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"

    func testMissingSection() {
        // Reported where the part belongs: at the part that should follow it.
        let text = "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n⟦三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        assertFinds(text, "missing-section")
        XCTAssertEqual(found(base, "missing-section"), [])
        // Without problems, missing causes is not reported on top.
        let strict = TemplateLibrary.builtin.template(named: "strict")!.profile
        XCTAssertEqual(found(text, "missing-causes", profile: strict), [])
        // The last part missing: at the end.
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n⟦以上报告，请予评议。\n", "missing-section")
    }

    func testMissingOpening() {
        assertFinds("2024年度述职报告\n⟦一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n", "missing-opening")
        assertFinds(base, "missing-opening")
    }

    func testNumberingGapAndRepeat() {
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n⟦（三）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。⟦一是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n", "numbering-gap")
        assertFinds(base, "numbering-gap")
    }

    func testNumberingReusedAtTwoLevels() {
        assertFinds("根据要求，现报告如下：\n一、履职情况\n一是抓学习，强基础。⟦一是学理论。二是学业务。\n二是抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n", "numbering-reused")
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）抓学习，强基础。一是学理论。二是学业务。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n", "numbering-reused")
    }

    /// Four levels, 一、（一）1.（1）: the （1） paragraphs under each 1. are
    /// their own list, not a mix, and a gap among them is found.
    func testAFourthLevelUnderNumberedParagraphs() {
        let text = "根据要求，现报告如下：\n一、履职情况\n（一）强化政治建设\n1.深化理论武装。\n（1）集中学习14次。\n（2）研讨交流6次。\n2.严肃政治生活。\n（1）召开民主生活会1次。\n⟦（3）谈心谈话92人次。\n（二）夯实基层基础\n1.建强阵地。新建服务站4个。\n2.建强队伍。选派干部3名。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        assertFinds(text, "numbering-gap")
        assertFinds(text.replacingOccurrences(of: "⟦", with: ""), "numbering-mixed")
    }

    func testNumberingMixedWithinALevel() {
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n⟦2.抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n", "numbering-mixed")
        assertFinds(base, "numbering-mixed")
    }

    func testCountClaimThatDoesNotMatchItsItems() {
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n下一步，我将从⟦三个方面着力。一是加强学习。二是改进作风。\n", "count-mismatch")
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）做到“⟦三个聚焦”。一是聚焦发展。二是聚焦民生。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n", "count-mismatch")
        // A count before a measure word reads 两, as the writer would say it.
        let text = base.replacingOccurrences(of: "下一步工作打算\n", with: "下一步工作打算\n下一步，我将从三个方面着力。")
        XCTAssertEqual(Checker.checkReport(text, file: "t.txt").filter { $0.code == "count-mismatch" }.map { DiagnosticPrinter.text($0) },
                       ["t.txt:8:8: error[count-mismatch]: “三个方面”说有三项，后面列了两项\n  提示：改正数目，或补齐、删减后面的条目\n"])
    }

    /// “三个聚焦”：聚焦A、聚焦B — a quoted count over a list in the sentence.
    func testCountClaimOverAListAfterAColon() {
        func report(_ sentence: String) -> String {
            base.replacingOccurrences(of: "（一）抓学习。每月学习一次。", with: "（一）抓学习。" + sentence)
        }
        assertFinds(report("围绕“⟦三个聚焦”：聚焦理论学习、聚焦实践锻炼，全年学习20次。"), "count-mismatch")
        assertFinds(report("坚持“⟦四个到位”，即思想到位、措施到位、责任到位。"), "count-mismatch")
        // Matches, also when the last two are joined by 和; slogans and numbered lists are left alone.
        assertFinds(report("围绕“三个聚焦”：聚焦理论学习、聚焦实践锻炼、聚焦服务群众。"), "count-mismatch")
        assertFinds(report("做到“三个到位”：思想到位、措施到位和责任到位。"), "count-mismatch")
        assertFinds(report("增强“四个意识”：政治意识、大局意识。"), "count-mismatch")
        assertFinds(report("开展“十大行动”：人居环境整治、移风易俗等。"), "count-mismatch")
        assertFinds(report("做到“三个到位”：思想、认识到位，措施到位，责任到位。"), "count-mismatch")
        // Over run-in items as well: reported once.
        XCTAssertEqual(found(report("做到“三个聚焦”：聚焦A、聚焦B。一是聚焦发展。二是聚焦民生。").replacingOccurrences(of: "⟦", with: ""), "count-mismatch").count, 1)
        let input = TemplateGoldenTests.input.replacingOccurrences(of: "新建党群服务站点，服务群众更加便捷。", with: "围绕“三个聚焦”：聚焦理论学习、聚焦实践锻炼。")
        XCTAssertEqual(Checker.checkInput(input, file: "in.yaml").filter { $0.code == "count-mismatch" }.compactMap(\.location),
                       [SourceLocation(line: 14, column: 14)])
    }

    /// Causes listed by aspect (从主观上看……从客观上看……) are items in no
    /// order: 客观 first is no numbering slip, and a claim counts them.
    func testAspectsAreItemsInAnyOrderAndCountedByClaims() {
        let causes = [
            "究其原因，从客观上看，村里青壮年外出多；从主观上看，我抓得不够紧。",
            "产生这些问题有两个方面的原因：主观上，学得不深；客观上，人手不足。",
            "究其原因，主要有两个方面：\n从思想认识上看，重视不够。\n从工作方法上看，办法不多。",
        ]
        for c in causes {
            let text = base.replacingOccurrences(of: "三、下一步", with: c + "\n三、下一步")
            let outline = OutlineReader.read(text)
            XCTAssertEqual(outline.part(.causes)?.items.map { $0.marker?.style }, [.aspect, .aspect], c)
            XCTAssertEqual(outline.part(.causes)?.items.map { $0.marker?.number }, [1, 2], c)
            for code: DiagnosticCode in ["numbering-gap", "numbering-mixed", "count-mismatch"] { XCTAssertEqual(found(text, code), [], c) }
        }
        let three = base.replacingOccurrences(of: "三、下一步", with: "究其原因，主要有⟦三个方面：主观上，学得不深；客观上，人手不足。\n三、下一步")
        assertFinds(three, "count-mismatch")
        // One aspect alone lists nothing: it is the causes' text.
        let alone = base.replacingOccurrences(of: "三、下一步", with: "从主观上看，我抓得不够紧。\n三、下一步")
        XCTAssertEqual(OutlineReader.read(alone).part(.causes)?.items.count, 0)
    }

    func testCountClaimBeforeRunInSubItems() {
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）抓责任。抓好⟦三项工作：一是定计划。二是抓落实。三是严考核。四是强保障。\n（二）抓队伍。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n", "count-mismatch")
    }

    func testOrdinaryNumbersAndSlogansAreNotCountClaims() {
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）坚决做到“两个维护”。一是学理论。二是学业务。三是学法规。\n（二）组建“七支队伍”。选好配强班子。\n二、存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n下一步，我将从两个方面着力。一是加强学习。二是改进作风。\n", "count-mismatch")
    }

    func testSectionOrderAndEmptySection() {
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、下一步工作打算\n一是加强学习。二是改进作风。\n⟦三、存在问题\n一是学习不深。二是创新不够。\n", "section-order")
        assertFinds(base, "section-order")
        // Last year's problems may be answered first, after the achievements or after the
        // problems, as outlines differ; not after the next steps.
        let rectification = "上年度述职评议问题整改情况\n一是整改学习不深问题。二是整改阵地不足问题。\n"
        let first = base.replacingOccurrences(of: "一、履职情况\n", with: "一、" + rectification + "二、履职情况\n")
        assertFinds(first, "section-order")
        assertFinds(base.replacingOccurrences(of: "三、下一步", with: "三、" + rectification + "四、下一步"), "section-order")
        assertFinds(base + "⟦四、" + rectification, "section-order")
        assertFinds("根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n⟦二、存在问题\n三、下一步工作打算\n一是加强学习。二是改进作风。\n", "empty-section")
        assertFinds(base, "empty-section")
    }

    func testMissingCausesIsAnErrorOnlyWhereTheTemplateRequiresIt() {
        let strict = TemplateLibrary.builtin.template(named: "strict")!.profile
        let text = base.replacingOccurrences(of: "⟦", with: "")
        XCTAssertEqual(Checker.checkReport(text, file: "t", profile: strict).first { $0.code == "missing-causes" }?.severity, .error)
        XCTAssertEqual(Checker.checkReport(text, file: "t").first { $0.code == "missing-causes" }?.severity, .note)
    }

    /// 存在问题及原因 split by its own sub-headings: the problems and the
    /// causes are read as two lists, so strict finds the causes and a gap
    /// inside either list is found.
    func testProblemAndCauseSubHeadingsAreTwoLists() {
        let strict = TemplateLibrary.builtin.template(named: "strict")!.profile
        let grouped = "根据要求，现报告如下：\n一、履职情况\n（一）抓学习。每月学习一次。\n（二）抓队伍。选好配强班子。\n二、存在问题及原因\n（一）存在的问题\n1.学习不深。\n2.创新不够。\n（二）原因分析\n1.重视不够。\n⟦3.办法不多。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        assertFinds(grouped, "numbering-gap")
        let clean = grouped.replacingOccurrences(of: "⟦3.", with: "2.")
        XCTAssertEqual(Checker.checkReport(clean, file: "t", profile: strict).filter { $0.code == "missing-causes" }, [])
        let outline = OutlineReader.read(clean)
        XCTAssertEqual(outline.part(.problems)?.lead, "（一）存在的问题")
        XCTAssertEqual(outline.part(.problems)?.items.map(\.body), ["学习不深。", "创新不够。"])
        XCTAssertEqual(outline.part(.causes)?.lead, "（二）原因分析")
        XCTAssertEqual(outline.part(.causes)?.items.count, 2)
        // An ordinary problem that starts with the same words is still a problem.
        let ordinary = base.replacingOccurrences(of: "一是学习不深。二是创新不够。", with: "（一）存在问题整改不彻底。\n（二）原因分析不深入。")
        XCTAssertEqual(OutlineReader.read(ordinary.replacingOccurrences(of: "⟦", with: "")).part(.problems)?.items.count, 2)
    }

    /// Sub-headings on lines of their own with run-in items below them are
    /// not mistaken for a numbered item (which made 二是 look like a sub-item).
    func testSubHeadingLinesBeforeRunInItemsGiveNoNumberingErrors() {
        let strict = TemplateLibrary.builtin.template(named: "strict")!.profile
        let text = base.replacingOccurrences(of: "二、存在问题\n一是学习不深。二是创新不够。\n", with: "二、存在问题及原因\n（一）存在问题\n一是学习不深。二是创新不够。\n（二）原因分析\n一是重视不够。二是办法不多。\n")
            .replacingOccurrences(of: "⟦", with: "")
        XCTAssertEqual(Checker.checkReport(text, file: "t", profile: strict).map(\.code).filter { $0 != "word-count" }, ["missing-rectification"])
        XCTAssertEqual(OutlineReader.read(text).part(.problems)?.items.count, 2)
        XCTAssertEqual(OutlineReader.read(text).part(.causes)?.items.count, 2)
    }

    /// Ways of introducing causes other than 究其原因.
    func testCausesIntroducedInOtherWordsAreFound() {
        let strict = TemplateLibrary.builtin.template(named: "strict")!.profile
        for intro in ["产生这些问题的原因：", "主要原因：", "出现以上问题的主要原因，"] {
            let text = base.replacingOccurrences(of: "二是创新不够。\n", with: "二是创新不够。\n\(intro)一是重视不够。二是办法不多。\n")
                .replacingOccurrences(of: "⟦", with: "")
            XCTAssertEqual(Checker.checkReport(text, file: "t", profile: strict).filter { $0.code == "missing-causes" }, [], intro)
            XCTAssertEqual(OutlineReader.read(text).part(.causes)?.items.count, 2, intro)
        }
    }

    /// A list quoted inside an item (“一是学原文、二是谈体会”) is not the
    /// report's numbering; a short opening line is not a title.
    func testQuotedListsAndShortOpeningsAreNotStructure() {
        let quoted = base.replacingOccurrences(of: "（一）抓学习。每月学习一次。", with: "（一）抓学习。一是带头学。提出“一是学原文、二是谈体会”的要求。二是带动学。组织讨论。")
            .replacingOccurrences(of: "⟦", with: "")
        XCTAssertEqual(Checker.checkReport(quoted, file: "t").filter { $0.severity != .note && $0.code != "word-count" }.map { DiagnosticPrinter.text($0) }, [])
        let outline = OutlineReader.read("现将情况报告如下：\n" + base.replacingOccurrences(of: "根据要求，现报告如下：\n", with: ""))
        XCTAssertNil(outline.title)
        XCTAssertEqual(outline.opening?.text, "现将情况报告如下：")
    }

    /// 一.履职情况 is still read as a heading (so the parts are found) and
    /// its mark is reported, as is 1、 for 1. — once per wrong mark; 1． is fine.
    func testMarkersWithTheWrongMarkAreReadAndReported() {
        let text = "根据要求，现报告如下：\n⟦一.履职情况\n⟦1、抓学习。每月学习一次。\n2、抓队伍。选好配强班子。\n⟦二，存在问题\n一是学习不深。二是创新不够。\n三、下一步工作打算\n一是加强学习。二是改进作风。\n"
        assertFinds(text, "marker-punctuation")
        assertFinds(base, "marker-punctuation")
        XCTAssertEqual(found(text, "missing-section"), [])
        let messages = Checker.checkReport(text.replacingOccurrences(of: "⟦", with: ""), file: "t").filter { $0.code == "marker-punctuation" }.map(\.message)
        XCTAssertEqual(messages, ["编号“一.”应写作“一、”", "编号“1、”应写作“1.”（同样的写法共2处）", "编号“二，”应写作“二、”"])
        assertFinds(text.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "、抓", with: "．抓").replacingOccurrences(of: "一.", with: "⟦一.").replacingOccurrences(of: "二，", with: "⟦二，"), "marker-punctuation")
    }

    /// A first problem headed 主要问题 is a problem, not a sub-heading,
    /// unless a cause sub-heading follows.
    func testAProblemNamedLikeASubHeadingIsStillAProblem() {
        let text = base.replacingOccurrences(of: "二、存在问题\n一是学习不深。二是创新不够。\n", with: "二、存在问题\n（一）主要问题。理论学习不够深入。\n（二）工作创新不够。\n")
            .replacingOccurrences(of: "⟦", with: "")
        XCTAssertEqual(Checker.checkReport(text, file: "t").filter { $0.severity != .note && $0.code != "word-count" }.map { DiagnosticPrinter.text($0) }, [])
        XCTAssertEqual(OutlineReader.read(text).part(.problems)?.items.count, 2)
        XCTAssertNil(OutlineReader.read(text).part(.problems)?.lead)
    }

    func words(_ text: String) -> [String] {
        Checker.checkReport(text, file: "t.txt", profile: .standard).filter { $0.code == "word-count" }.map(\.message)
    }

    func testWordCountOverTheBudget() {
        let long = base.replacingOccurrences(of: "⟦", with: "") + String(repeating: "坚持把党建工作抓在手上。", count: 700) + "\n"
        XCTAssertEqual(words(long), ["全文约7771字，超过模板的字数上限6000字"])
    }

    /// A report far shorter than its kind usually is, is a toy: check says so.
    func testWordCountFarBelowTheUsualLength() {
        let short = base.replacingOccurrences(of: "⟦", with: "")
        XCTAssertEqual(words(short), ["全文约71字，远少于这类报告通常的1000字以上"])
        let usual = short + String(repeating: "坚持把党建工作抓在手上。", count: 90) + "\n"
        XCTAssertEqual(words(usual), [])
    }
}
