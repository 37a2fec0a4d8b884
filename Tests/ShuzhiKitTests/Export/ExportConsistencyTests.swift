import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import ShuzhiKit

/// The same document in every format carries the same paragraphs in the
/// same order: each output is read back to plain paragraphs and compared.
final class ExportConsistencyTests: XCTestCase {
    func testEveryFormatHasTheSameParagraphsInTheSameOrder() throws {
        for document in [ExportSamples.small, ExportSamples.tricky, ExportSamples.long] {
            let text = textParagraphs(PlainTextExporter(options: .init(indent: true)).string(document))
            XCTAssertEqual(markdownParagraphs(MarkdownExporter().string(document)), text)
            XCTAssertEqual(htmlParagraphs(HTMLExporter().string(document)), text)
            XCTAssertEqual(try docxParagraphs(document), text)
            XCTAssertGreaterThan(text.count, 3)
        }
    }

    private func textParagraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0.drop { $0 == "\u{3000}" }) }
    }

    private func markdownParagraphs(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "\n\n").flatMap { chunk -> [String] in
            var s = chunk.trimmingCharacters(in: .newlines)
            s = s.replacingOccurrences(of: "^#+ ", with: "", options: .regularExpression)
            for markup in ["**", "<strong>", "</strong>"] { s = s.replacingOccurrences(of: markup, with: "") }
            return s.components(separatedBy: "  \n").map(unescapeMarkdown)
        }
    }

    /// Backslash escapes and the character references the exporter writes.
    private func unescapeMarkdown(_ s: String) -> String {
        var s = s
        for (reference, character) in [("&lt;", "<"), ("&gt;", ">"), ("&#124;", "|"), ("&#126;", "~"), ("&#61;", "="), ("&#94;", "^"), ("&#58;", ":"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: reference, with: character)
        }
        var out = ""
        var escaped = false
        for ch in s {
            if !escaped, ch == "\\" {
                escaped = true
                continue
            }
            out.append(ch)
            escaped = false
        }
        return out
    }

    private func htmlParagraphs(_ html: String) -> [String] {
        let body = html.components(separatedBy: "<main>")[1].components(separatedBy: "</main>")[0]
        let regex = try! NSRegularExpression(pattern: "<(h[1-5]|p)[^>]*>(.*?)</\\1>")
        let ns = body as NSString
        return regex.matches(in: body, range: NSRange(location: 0, length: ns.length)).flatMap { match in
            ns.substring(with: match.range(at: 2)).components(separatedBy: "<br>").map { piece in
                piece.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            }
        }
    }

    private func docxParagraphs(_ document: ExportDocument) throws -> [String] {
        let xml = DocxExporter().parts(document).first { $0.path == "word/document.xml" }!.xml
        let collector = ParagraphCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        return collector.paragraphs.filter { !$0.isEmpty }
    }
}

/// Collects the text of each `w:p`, splitting at `w:br`.
private final class ParagraphCollector: NSObject, XMLParserDelegate {
    var paragraphs: [String] = []
    private var inText = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:p", "w:br": paragraphs.append("")
        case "w:t": inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "w:t" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraphs[paragraphs.count - 1] += string }
    }
}
