import XCTest
@testable import ShuzhiKit

final class HTMLExporterTests: XCTestCase {
    func testBodyKeepsTheReportsHierarchy() {
        let html = HTMLExporter().string(ExportSamples.small)
        XCTAssertTrue(html.contains("""
            <main>
            <header>
            <h1 class="title">2024年度抓基层党建工作述职报告</h1>
            <p class="name">青石镇党委书记　王明远</p>
            </header>
            <p>按照县委要求，现将本人2024年度抓基层党建工作情况报告如下：</p>
            <h2>一、履职情况</h2>
            <p><span class="runin runin2">（一）强化责任落实，压力传导到边到底。</span>一是带头抓落实。全年主持召开党委会专题研究党建工作12次。</p>
            <h3>（二）夯实基层基础</h3>
            <h4>1.建强村级阵地</h4>
            <p>新建柳河村党群服务中心1个，投入资金65万元。</p>
            <h2>二、存在问题</h2>
            <p>对软弱涣散党组织整顿还不够深入。</p>
            <p class="signature">王明远<br>2025年1月10日</p>
            </main>
            """))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"))
        XCTAssertTrue(html.contains("<meta name=\"author\" content=\"王明远\">"))
    }

    func testPrintCSSSetsTheGBPage() {
        let html = HTMLExporter().string(ExportSamples.small)
        XCTAssertTrue(html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"))
        XCTAssertTrue(html.contains(#"content: "— " counter(page) " —""#))
        XCTAssertTrue(html.contains(#"font-family: "仿宋_GB2312", "仿宋", "FangSong""#))
        // The Word document's grid: 28.95 pt lines, characters 0.25 pt tighter, no margin of the body's own.
        XCTAssertTrue(html.contains("font-size: 16pt; line-height: 28.95pt; letter-spacing: -0.25pt"))
        XCTAssertTrue(html.contains("body { margin: 0; padding: 0; }"))
        XCTAssertTrue(html.contains("orphans: 1; widows: 1; text-autospace: no-autospace; text-spacing-trim: space-all;"))
        XCTAssertTrue(html.contains(#"h1.title { font-family: "方正小标宋简体""#))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("<script"))
    }

    func testPointsAreWrittenExactly() {
        XCTAssertEqual(HTMLExporter.points(twips: 579), "28.95pt")
        XCTAssertEqual(HTMLExporter.points(twips: -5), "-0.25pt")
        XCTAssertEqual(HTMLExporter.points(twips: 320), "16pt")
        XCTAssertEqual(HTMLExporter.points(twips: 2), "0.1pt")
    }

    func testTextIsEscaped() {
        let html = HTMLExporter().string(ExportSamples.tricky)
        XCTAssertTrue(html.contains("<title>A&amp;B &lt;测试&gt; &quot;报告&quot;</title>"))
        XCTAssertTrue(html.contains("<p>- 不是列表 + [链接](x) `代码` &lt;b&gt;粗&lt;/b&gt; &amp; 完成率&gt;95%</p>"))
    }
}
