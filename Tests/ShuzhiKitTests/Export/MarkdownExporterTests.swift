import XCTest
@testable import ShuzhiKit

final class MarkdownExporterTests: XCTestCase {
    func testSmallSampleBecomesHeadingsAndParagraphs() {
        XCTAssertEqual(MarkdownExporter().string(ExportSamples.small), """
            # 2024年度抓基层党建工作述职报告

            青石镇党委书记　王明远

            按照县委要求，现将本人2024年度抓基层党建工作情况报告如下：

            ## 一、履职情况

            **（一）强化责任落实，压力传导到边到底**。一是带头抓落实。全年主持召开党委会专题研究党建工作12次。

            ### （二）夯实基层基础

            #### 1\\.建强村级阵地

            新建柳河村党群服务中心1个，投入资金65万元。

            ## 二、存在问题

            对软弱涣散党组织整顿还不够深入。

            王明远\u{20}\u{20}
            2025年1月10日

            """)
    }

    /// （一）存在的问题 and （二）原因分析 under 存在问题及原因 are set as
    /// sub-headings: on a line of their own, or run in before the items.
    func testProblemAndCauseSubHeadingsAreSetAsHeadings() throws {
        func section(_ fixture: String) throws -> String {
            let text = try String(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/styles/\(fixture).txt"), encoding: .utf8)
            let md = MarkdownExporter().string(ExportDocument(outline: OutlineReader.read(text)))
            let start = md.range(of: "## 二、")!.lowerBound, end = md.range(of: "## 三、")!.lowerBound
            return String(md[start..<end])
        }
        XCTAssertEqual(try section("problem-cause-groups"), """
            ## 二、存在的问题及原因

            ### （一）存在的问题

            1\\.统筹谋划还不够系统。

            2\\.个别社区党组织书记带动能力不强。

            ### （二）原因分析

            1\\.研究党建工作的时间精力投入不足。

            2\\.培养干部的办法不多。


            """)
        XCTAssertEqual(try section("problem-cause-groups-runin"), """
            ## 二、存在问题及原因

            **（一）存在问题**。一是统筹谋划还不够系统。二是个别社区党组织书记带动能力不强。

            **（二）原因分析**。一是研究党建工作的时间精力投入不足。二是培养干部的办法不多。


            """)
    }

    func testMarkdownSpecialsAreEscaped() {
        XCTAssertEqual(MarkdownExporter().string(ExportSamples.tricky), ##"""
            # A&amp;B &lt;测试&gt; "报告"

            ## 一、\*重点\* \_工作\_ \#1

            1\. 这一段以数字和点开头

            \- 不是列表 + \[链接\](x) \`代码\` &lt;b&gt;粗&lt;/b&gt; &amp; 完成率&gt;95%

            <strong>（一）</strong>只有编号的段首标题\\反斜杠

            """##)
    }

    func testLineStartsThatWouldOpenABlockAreEscaped() {
        XCTAssertEqual(MarkdownExporter.escape("+ 加号"), "\\+ 加号")
        XCTAssertEqual(MarkdownExporter.escape("=== "), "&#61;&#61;&#61; ")
        XCTAssertEqual(MarkdownExporter.escape("- 减号"), "\\- 减号")
        XCTAssertEqual(MarkdownExporter.escape("!!! 提示"), "\\!!! 提示")
        XCTAssertEqual(MarkdownExporter.escape(": 定义"), "&#58; 定义")
        XCTAssertEqual(MarkdownExporter.escape("时间8:30"), "时间8:30")
        XCTAssertEqual(MarkdownExporter.escape("12) 项"), "12\\) 项")
        XCTAssertEqual(MarkdownExporter.escape("    缩进"), "缩进")
        XCTAssertEqual(MarkdownExporter.escape("完成率1.5倍"), "完成率1.5倍")
    }

    /// Python-Markdown shows `\<`, `\&`, `\|`, `\~` and `\=` with their
    /// backslash: these are written as character references, which it
    /// and CommonMark both read.
    func testCharactersPythonMarkdownCannotBackslashAreReferences() {
        XCTAssertEqual(MarkdownExporter.escape("A&B<C>D|E~F=G^H"), "A&amp;B&lt;C&gt;D&#124;E&#126;F&#61;G&#94;H")
        XCTAssertEqual(MarkdownExporter.escape("*_`[]{}#\\"), "\\*\\_\\`\\[\\]\\{\\}\\#\\\\")
    }

    func testLineBreaksAreHardBreaksBothRenderersRead() {
        XCTAssertEqual(MarkdownExporter.escape("第一行\n第二行\n\n  第三行"), "第一行  \n第二行  \n第三行")
    }

    func testALineBreakInAHeadingBecomesASpace() {
        XCTAssertEqual(
            MarkdownExporter().string(ExportDocument(blocks: [.heading(level: 1, text: "一、履职\n情况")])),
            "## 一、履职 情况\n")
    }
}
