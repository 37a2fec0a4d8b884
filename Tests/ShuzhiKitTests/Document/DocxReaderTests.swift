import Foundation
import XCTest
@testable import ShuzhiKit

/// What a reader sees in a Word document's body, paragraph by paragraph.
final class DocxReaderTests: XCTestCase {
    typealias T = DocxTest

    func testRunsAreJoinedAndEachParagraphIsALine() throws {
        XCTAssertEqual(try T.lines(T.p("一、", "履职", "情况") + T.p("按照县委要求，", "现将情况报告如下：")),
                       ["一、履职情况", "按照县委要求，现将情况报告如下："])
    }

    func testTabsAndBreaksAreShownAsWordShowsThem() throws {
        let body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"2000\"/></w:tabs></w:pPr>"
            + "<w:r><w:t>青石镇</w:t><w:tab/><w:t>王明远</w:t><w:br/><w:t>2025年1月8日</w:t></w:r></w:p>"
        XCTAssertEqual(try T.lines(body), ["青石镇\t王明远", "2025年1月8日"])
    }

    func testSoftHyphensHiddenTextAndFieldCodesAreNotShownButFieldResultsAre() throws {
        let body = "<w:p><w:r><w:t>基层\u{AD}党建</w:t></w:r><w:r><w:softHyphen/></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>"
            + "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>，</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE \\@ \"yyyy年\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2024年</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>（3）</w:t></w:r></w:fldSimple></w:p>"
        XCTAssertEqual(try T.lines(body), ["基层党建，2024年（3）"])
    }

    func testTrackedChangesReadAsAccepted() throws {
        let body = "<w:p><w:r><w:t>发展党员</w:t></w:r><w:del w:id=\"1\" w:author=\"甲\"><w:r><w:delText>8名</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"甲\"><w:r><w:t>10名</w:t></w:r></w:ins>"
            + "<w:moveFrom w:id=\"3\"><w:r><w:t>移走的</w:t></w:r></w:moveFrom><w:moveTo w:id=\"4\"><w:r><w:t>。</w:t></w:r></w:moveTo></w:p>"
            // A deleted paragraph mark joins this paragraph to the next.
            + "<w:p><w:pPr><w:rPr><w:del w:id=\"5\" w:author=\"甲\"/></w:rPr></w:pPr><w:r><w:t>前半段</w:t></w:r></w:p>"
            + T.p("后半段")
            + "<w:p><w:pPr><w:pPrChange w:id=\"6\"><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>旧的编号不算</w:t></w:r></w:p>"
        XCTAssertEqual(try T.lines(body), ["发展党员10名。", "前半段后半段", "旧的编号不算"])
    }

    func testTablesAreReadRowByRowWithANote() throws {
        let row = { (a: String, b: String) in "<w:tr><w:trPr/><w:tc><w:tcPr/>\(T.p(a))</w:tc><w:tc>\(T.p(b))</w:tc></w:tr>" }
        let body = T.p("主要指标如下：") + "<w:tbl><w:tblPr/><w:tblGrid/>" + row("指标", "数值") + row("发展党员", "10名") + "</w:tbl>" + T.p("完。")
        let text = try T.read(T.docx(body: body))
        XCTAssertEqual(text.text, "主要指标如下：\n指标\t数值\n发展党员\t10名\n完。\n")
        XCTAssertEqual(text.notes.map(\.code), ["docx-table"])
        XCTAssertEqual(DiagnosticPrinter.text(text.notes[0]), "报告.docx:第2段:1: note[docx-table]: 从这里起是表格，按行读出：每行一段，单元格之间用制表符隔开\n")
    }

    func testTextBoxesAreLeftOutWithANoteAndAlternativesAreReadOnce() throws {
        let box = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>\(T.p("框里的字"))</w:txbxContent></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><w:txbxContent>\(T.p("框里的字"))</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        let text = try T.read(T.docx(body: "<w:p><w:r><w:t>正文</w:t></w:r>\(box)</w:p>"))
        XCTAssertEqual(text.text, "正文\n")
        XCTAssertEqual(text.notes.map(\.code), ["docx-text-box"])
        XCTAssertEqual(text.notes[0].message, "文档中有1个文本框，其中的文字没有读入")
    }

    func testAnotherPrefixForTheWordNamespaceReadsTheSame() throws {
        let body = "<x:p><x:r><x:t>一、履职情况</x:t></x:r></x:p>"
        XCTAssertEqual(try T.read(T.docx(body: body, prefix: "x")).text, "一、履职情况\n")
    }

    func testEntitiesAndCharacterReferencesAreRead() throws {
        XCTAssertEqual(try T.lines(T.p("A&amp;B &lt;&gt; &quot;&apos; &#x4E00;&#20108;")), ["A&B <> \"' 一二"])
    }

    func testEmptyParagraphsStayEmptyLinesAndTakeNoNumber() throws {
        let text = try T.read(T.docx(body: T.p("标题") + "<w:p/>" + T.p("第一段重复重复") + "<w:p/>"))
        XCTAssertEqual(text.text, "标题\n\n第一段重复重复\n\n")
        let d = Diagnostic.error("repeated-phrase", "词语重复", at: SourceLocation(line: 3, column: 4))
        XCTAssertEqual(DiagnosticPrinter.text(text.locate(d.inFile("报告.docx"))),
                       "报告.docx:第2段:4: error[repeated-phrase]: 词语重复\n报告.docx:第2段:1: note: 这一段开头是“第一段重复重复”\n")
    }

    func testALocationAfterALineBreakCountsFromTheParagraphsStart() throws {
        let body = "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行很长很长很长很长很长很长很长</w:t></w:r></w:p>"
        let text = try T.read(T.docx(body: T.p("开头") + body))
        let d = text.locate(Diagnostic.error("placeholder", "占位符", at: SourceLocation(line: 3, column: 2)).inFile("a.docx"))
        XCTAssertEqual(d.location, SourceLocation(line: 2, column: 6, unit: .paragraph))
        XCTAssertEqual(d.notes.first?.message, "这一段开头是“第一行 第二行很长很长很长很长很……”")
        XCTAssertTrue(DiagnosticPrinter.json(d).contains(#""line":2,"column":6,"endLine":2,"endColumn":6,"unit":"paragraph""#))
    }

    func testTextFilesKeepLinesAndColumns() throws {
        let text = try DocumentText.read(Array("一、履职情况\n".utf8), name: "a.txt")
        let d = Diagnostic.error("placeholder", "占位符", at: SourceLocation(line: 1, column: 3)).inFile("a.txt")
        XCTAssertEqual(DiagnosticPrinter.text(text.locate(d)), "a.txt:1:3: error[placeholder]: 占位符\n")
        XCTAssertFalse(text.isWordDocument)
    }
}
