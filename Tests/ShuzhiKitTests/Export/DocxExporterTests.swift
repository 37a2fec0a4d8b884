import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import ShuzhiKit

final class DocxExporterTests: XCTestCase {
    private func part(_ path: String, _ document: ExportDocument = ExportSamples.small,
                      _ exporter: DocxExporter = DocxExporter(options: .init(grid: .linesAndChars))) -> String {
        exporter.parts(document).first { $0.path == path }?.xml ?? ""
    }

    func testDocumentXMLOfTheSmallSampleMatchesTheGolden() {
        let golden = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\
            <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>2024年度抓基层党建工作述职报告</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="NameLine"/></w:pPr><w:r><w:t>青石镇党委书记　王明远</w:t></w:r></w:p>\
            <w:p/>\
            <w:p><w:r><w:t>按照县委要求，现将本人2024年度抓基层党建工作情况报告如下：</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、履职情况</w:t></w:r></w:p>\
            <w:p><w:r><w:rPr><w:rStyle w:val="RunIn2"/></w:rPr><w:t>（一）强化责任落实，压力传导到边到底。</w:t></w:r>\
            <w:r><w:t>一是带头抓落实。全年主持召开党委会专题研究党建工作12次。</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>（二）夯实基层基础</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>1.建强村级阵地</w:t></w:r></w:p>\
            <w:p><w:r><w:t>新建柳河村党群服务中心1个，投入资金65万元。</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>二、存在问题</w:t></w:r></w:p>\
            <w:p><w:r><w:t>对软弱涣散党组织整顿还不够深入。</w:t></w:r></w:p>\
            <w:p/>\
            <w:p><w:pPr><w:pStyle w:val="Signature"/></w:pPr><w:r><w:t>王明远</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Signature"/></w:pPr><w:r><w:t>2025年1月10日</w:t></w:r></w:p>\
            <w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/>\
            <w:footerReference w:type="even" r:id="rIdFooterEven"/>\
            <w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1307" w:gutter="0"/>\
            <w:cols w:space="425"/>\
            <w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/>\
            </w:sectPr></w:body></w:document>
            """
        XCTAssertEqual(part("word/document.xml"), golden)
    }

    func testStylesSetTheGBFontsSizesAndIndent() {
        let styles = part("word/styles.xml")
        let body = #"<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:cs="仿宋_GB2312"/>"#
        XCTAssertTrue(styles.contains("<w:rPrDefault><w:rPr>\(body)<w:kern w:val=\"2\"/><w:sz w:val=\"32\"/>"))
        XCTAssertTrue(styles.contains(
            #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>"#
                + #"<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>"#
                + "<w:rPr>\(body)<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"))
        XCTAssertTrue(styles.contains(
            #"<w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" "#
                + #"w:hAnsi="方正小标宋简体" w:cs="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>"#))
        XCTAssertTrue(styles.contains(
            #"<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体""#))
        XCTAssertTrue(styles.contains(
            #"<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312""#))
        XCTAssertTrue(styles.contains(
            #"<w:style w:type="character" w:customStyle="1" w:styleId="RunIn2"><w:name w:val="段首标题 2"/>"#
                + #"<w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:rFonts w:ascii="楷体_GB2312""#))
        XCTAssertTrue(styles.contains(
            #"<w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:cs="宋体"/>"#
                + #"<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>"#))
        XCTAssertFalse(styles.contains("<w:spacing"))
    }

    func testTheLinesGridTightensTheBodyInsteadOfACharacterGrid() {
        let exporter = DocxExporter(options: .init(grid: .lines))
        XCTAssertTrue(part("word/document.xml", ExportSamples.small, exporter)
            .contains(#"<w:docGrid w:type="lines" w:linePitch="579"/>"#))
        XCTAssertTrue(part("word/styles.xml", ExportSamples.small, exporter)
            .contains(#"<w:spacing w:val="-5"/><w:sz w:val="32"/>"#))
    }

    func testGridNumbersGiveTwentyTwoLinesOfTwentyEightCharacters() {
        XCTAssertEqual(GB9704.typeWidth, 8845)
        XCTAssertEqual(GB9704.typeHeight, 12756)
        XCTAssertLessThanOrEqual(GB9704.linePitch * 22, GB9704.typeHeight)
        XCTAssertGreaterThan(GB9704.linePitch * 23, GB9704.typeHeight)
        // Character pitch in twips: 16 pt plus charSpace / 4096 pt.
        let pitch = (16.0 + Double(GB9704.charSpace) / 4096) * 20
        XCTAssertLessThanOrEqual(pitch * 28, Double(GB9704.typeWidth))
        XCTAssertGreaterThan(pitch * 29, Double(GB9704.typeWidth))
        XCTAssertLessThanOrEqual((320 + GB9704.tightenedSpacing) * 28, GB9704.typeWidth)
    }

    func testFootersCarryThePageFieldRightOnOddPagesAndLeftOnEvenOnes() {
        let odd = part("word/footer1.xml")
        let even = part("word/footer2.xml")
        let field = #"<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
            + #"<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r>"#
        XCTAssertTrue(odd.contains(#"<w:ind w:right="280"/><w:jc w:val="right"/></w:pPr>"# + field))
        XCTAssertTrue(even.contains(#"<w:ind w:left="280"/><w:jc w:val="left"/></w:pPr>"# + field))
        XCTAssertTrue(part("word/settings.xml").contains("<w:evenAndOddHeaders/>"))
    }

    func testEveryPartIsDeclaredAndEveryRelationshipPointsAtAPart() {
        let parts = DocxExporter(options: .init(grid: .linesAndChars)).parts(ExportSamples.small)
        XCTAssertEqual(parts.first?.path, "[Content_Types].xml")
        let types = parts[0].xml
        for p in parts where !p.path.hasSuffix(".rels") && p.path != "[Content_Types].xml" {
            XCTAssertTrue(types.contains("<Override PartName=\"/\(p.path)\""), p.path)
        }
        let paths = Set(parts.map(\.path))
        func targets(_ rels: String) -> [String] {
            rels.components(separatedBy: "Target=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        let root = targets(part("_rels/.rels"))
        XCTAssertEqual(root, ["word/document.xml", "docProps/core.xml", "docProps/app.xml"])
        let word = targets(part("word/_rels/document.xml.rels"))
        XCTAssertEqual(word, ["styles.xml", "settings.xml", "fontTable.xml", "footer1.xml", "footer2.xml"])
        for target in root + word.map({ "word/" + $0 }) { XCTAssertTrue(paths.contains(target), target) }
        // The ids the section properties use exist.
        XCTAssertTrue(part("word/_rels/document.xml.rels").contains(#"Id="rIdFooterOdd""#))
        XCTAssertTrue(part("word/_rels/document.xml.rels").contains(#"Id="rIdFooterEven""#))
    }

    func testCorePropertiesHoldTitleReporterAndYear() {
        XCTAssertTrue(part("docProps/core.xml").contains(
            "<dc:title>2024年度抓基层党建工作述职报告</dc:title><dc:creator>王明远</dc:creator>"
                + "<cp:keywords>2024年度</cp:keywords>"))
        XCTAssertTrue(part("docProps/app.xml").contains("<Application>shuzhi</Application>"))
    }

    func testFontTableNamesAFallbackForEveryGBFont() {
        let fonts = part("word/fontTable.xml")
        for (name, fallback) in [("仿宋_GB2312", "仿宋"), ("楷体_GB2312", "楷体"), ("黑体", "SimHei"), ("宋体", "SimSun"),
                                 ("方正小标宋简体", "宋体")] {
            XCTAssertTrue(fonts.contains("<w:font w:name=\"\(name)\"><w:altName w:val=\"\(fallback)\"/>"), name)
        }
    }

    func testTextIsXMLEscapedAndControlCharactersDropped() {
        let doc = ExportDocument(
            title: "A&B <x>", blocks: [.paragraph(text: " 前后有空格\u{1} \"引号\" ")],
            metadata: ExportMetadata(author: "王<明>远"))
        let xml = part("word/document.xml", doc)
        XCTAssertTrue(xml.contains("<w:t>A&amp;B &lt;x&gt;</w:t>"))
        XCTAssertTrue(xml.contains(#"<w:t xml:space="preserve"> 前后有空格 &quot;引号&quot; </w:t>"#))
        XCTAssertTrue(part("docProps/core.xml", doc).contains("<dc:creator>王&lt;明&gt;远</dc:creator>"))
    }

    func testALineBreakInsideAParagraphBecomesABreak() {
        let xml = part("word/document.xml", ExportDocument(blocks: [.paragraph(text: "第一行\n第二行")]))
        XCTAssertTrue(xml.contains("<w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r>"))
    }

    func testATabBecomesATabElement() {
        let xml = part("word/document.xml", ExportDocument(blocks: [.paragraph(text: "项目\t金额\t")]))
        XCTAssertTrue(xml.contains("<w:r><w:t>项目</w:t><w:tab/><w:t>金额</w:t><w:tab/></w:r>"), xml)
    }

    func testRunInHeadingsOfLevelOneAreBlackAndDeeperOnesPlain() {
        let doc = ExportDocument(blocks: [
            .paragraph(runIn: "一、总体情况。", runInLevel: 1, text: "甲"),
            .paragraph(runIn: "1.建强阵地。", runInLevel: 3, text: "乙"),
        ])
        let xml = part("word/document.xml", doc)
        XCTAssertTrue(xml.contains(#"<w:r><w:rPr><w:rStyle w:val="RunIn1"/></w:rPr><w:t>一、总体情况。</w:t></w:r>"#))
        XCTAssertTrue(xml.contains("<w:p><w:r><w:t>1.建强阵地。</w:t></w:r><w:r><w:t>乙</w:t></w:r></w:p>"))
    }

    func testEveryPartIsWellFormedXMLEvenForTrickyText() {
        for document in [ExportSamples.small, ExportSamples.tricky, ExportDocument()] {
            for part in DocxExporter(options: .init(grid: .linesAndChars)).parts(document) {
                let parser = XMLParser(data: Data(part.xml.utf8))
                XCTAssertTrue(parser.parse(), "\(part.path): \(parser.parserError.map { "\($0)" } ?? "")")
            }
        }
    }
}
