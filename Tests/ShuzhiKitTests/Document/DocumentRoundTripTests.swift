import Foundation
import XCTest
@testable import ShuzhiKit

/// A report made into a Word document (by our exporter, by LibreOffice,
/// with automatic numbering by python-docx) reads back to the paragraphs
/// a person sees, and imports to the same input file as its text.
final class DocumentRoundTripTests: XCTestCase {
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// Every report text the project keeps: examples' drafts, style fixtures, template goldens.
    static func reportTexts() throws -> [(String, String)] {
        var out: [(String, String)] = []
        for folder in ["Examples", "Tests/Fixtures/styles", "Tests/Fixtures/templates"] {
            let url = packageRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).filter({ $0.hasSuffix(".txt") }).sorted() {
                out.append(("\(folder)/\(name)", try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        return out
    }

    /// Paragraphs with text, without indentation or trailing spaces.
    static func paragraphs(_ text: String) -> [String] {
        text.sourceLines.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{3000}", with: "") }.filter { !$0.isEmpty }
    }

    func testOurOwnDocxReadsBackToTheSameParagraphs() throws {
        let texts = try Self.reportTexts()
        XCTAssertGreaterThan(texts.count, 10)
        for (name, text) in texts {
            let template = Importer.detectTemplate(text)
            let document = ExportDocument(outline: OutlineReader.read(text, profile: template.profile))
            for grid in [DocxExporter.Grid.lines, .linesAndChars] {
                let docx = DocxExporter(options: .init(grid: grid)).export(document)
                let read = try DocumentText.read(docx, name: "x.docx")
                XCTAssertEqual(Self.paragraphs(read.text), Self.paragraphs(text), name)
                XCTAssertTrue(read.notes.isEmpty, "\(name): \(read.notes)")
            }
        }
    }

    func testImportOfOurDocxGivesTheSameInputFileAsImportOfTheText() throws {
        for (name, text) in try Self.reportTexts() {
            let template = Importer.detectTemplate(text)
            let docx = DocxExporter().export(ExportDocument(outline: OutlineReader.read(text, profile: template.profile)))
            let read = try DocumentText.read(docx, name: "x.docx")
            let fromText = try? Importer.importText(text, file: name).input
            let fromDocx = try? Importer.importText(read.text, file: name).input
            XCTAssertEqual(fromDocx, fromText, name)
        }
    }

    func testAutomaticNumberingReadsWithTheNumbersAPersonSees() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("docx/numbered.docx")))
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("docx/numbered.txt"), encoding: .utf8)
        let read = try DocumentText.read(bytes, name: "numbered.docx")
        XCTAssertEqual(read.text, expected)
        XCTAssertEqual(read.notes.map(\.code), ["docx-table"])
        let outline = OutlineReader.read(read.text)
        XCTAssertEqual(outline.parts.compactMap { $0.headingMarker?.text }, ["一、", "二、", "三、"])
    }

    func testNumberingWrittenByLibreOfficeReadsWithTheNumbersAPersonSees() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("docx/libreoffice-numbered.docx")))
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("docx/libreoffice-numbered.txt"), encoding: .utf8)
        XCTAssertEqual(try DocumentText.read(bytes, name: "a.docx").text, expected)
    }

    // MARK: LibreOffice

    /// LibreOffice, an independent renderer, shows the same list numbers.
    func testLibreOfficeShowsTheSameNumbersForTheNumberedFixture() throws {
        guard let soffice = ExportTestSupport.tool("soffice", "libreoffice") else {
            throw XCTSkip("未找到 soffice 或 libreoffice，跳过与 LibreOffice 编号的对照；用 apt-get install libreoffice-writer 安装")
        }
        let folder = try ExportTestSupport.temporaryFolder(self)
        let source = Self.fixtures.appendingPathComponent("docx/numbered.docx")
        let profile = "file://" + folder.appendingPathComponent("profile").path
        let (status, _) = try ExportTestSupport.run(soffice, [
            "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", folder.path, source.path,
        ])
        XCTAssertEqual(status, 0)
        let theirs = try String(contentsOf: folder.appendingPathComponent("numbered.txt"), encoding: .utf8)
        let ours = try DocumentText.read([UInt8](try Data(contentsOf: source)), name: "numbered.docx").text
        // LibreOffice indents list paragraphs and puts a space after the number; compare the numbers in order.
        func numbers(_ text: String) -> [String] {
            text.sourceLines.compactMap { line in
                let t = line.drop { $0 == " " || $0 == "\u{FEFF}" }
                return NumberingMarkers.leading(Substring(t)).map { $0.text }
            }
        }
        XCTAssertEqual(numbers(theirs), numbers(ours))
        XCTAssertEqual(numbers(ours).count, 15)
    }

    func testDocxMadeByLibreOfficeReadsBackToTheSameParagraphs() throws {
        let texts = try Self.reportTexts()
        let converted = try convertWithLibreOffice(texts)
        for (name, text) in texts {
            let bytes = try XCTUnwrap(converted[name], name)
            let read = try DocumentText.read(bytes, name: "x.docx")
            XCTAssertEqual(read.text.sourceLines, text.sourceLines.dropLast(text.hasSuffix("\n") ? 1 : 0).map { $0 } + [""], name)
            let fromText = try? Importer.importText(text, file: name).input
            XCTAssertEqual(try? Importer.importText(read.text, file: name).input, fromText, name)
        }
    }

    func testEachCorpusReportConvertedByLibreOfficeReadsBackToTheSameParagraphs() throws {
        let corpus = try SharedFolder.corpusSeeds()
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { ($0, try String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8)) }
        let converted = try convertWithLibreOffice(texts)
        for (name, text) in texts {
            let read = try DocumentText.read(try XCTUnwrap(converted[name], name), name: "x.docx")
            XCTAssertEqual(Self.paragraphs(read.text), Self.paragraphs(text), name)
        }
    }

    /// Converts texts to .docx with one LibreOffice run; the result is keyed by the texts' names.
    func convertWithLibreOffice(_ texts: [(String, String)]) throws -> [String: [UInt8]] {
        guard let soffice = ExportTestSupport.tool("soffice", "libreoffice") else {
            throw XCTSkip("未找到 soffice 或 libreoffice，跳过 LibreOffice 生成 Word 文档的往返测试；用 apt-get install libreoffice-writer 安装")
        }
        let folder = try ExportTestSupport.temporaryFolder(self)
        var files: [String] = []
        for (k, (_, text)) in texts.enumerated() {
            let url = folder.appendingPathComponent("r\(k).txt")
            try Data(text.utf8).write(to: url)
            files.append(url.path)
        }
        let profile = "file://" + folder.appendingPathComponent("profile").path
        let out = folder.appendingPathComponent("out")
        let (status, _) = try ExportTestSupport.run(soffice, [
            "-env:UserInstallation=\(profile)", "--headless", "--infilter=Text (encoded):UTF8,LF,,,",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", out.path,
        ] + files)
        XCTAssertEqual(status, 0)
        var result: [String: [UInt8]] = [:]
        for (k, (name, _)) in texts.enumerated() {
            result[name] = [UInt8](try Data(contentsOf: out.appendingPathComponent("r\(k).docx")))
        }
        return result
    }
}
