import Foundation
import XCTest
@testable import ShuzhiKit

/// Converts an exported DOCX to PDF with LibreOffice, when it is installed.
final class DocxLibreOfficeTests: XCTestCase {
    func testLibreOfficeConvertsTheDocxToPDF() throws {
        try convert(DocxExporter(options: .init(grid: .linesAndChars)), name: "report")
    }

    func testLibreOfficeConvertsTheLinesGridDocxToPDF() throws {
        try convert(DocxExporter(), name: "report-lines")
    }

    /// Every example, drafted and exported through the outline, opens in LibreOffice.
    func testLibreOfficeConvertsTheDocxOfEveryExample() throws {
        let folder = packageRoot.appendingPathComponent("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".yaml") }).sorted() {
            let input = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let result = Drafter.draft(input, file: name)
            let text = try XCTUnwrap(result.text)
            let document = ExportDocument(outline: OutlineReader.read(text, profile: result.template!.profile), author: result.author, year: result.year)
            try convert(DocxExporter(), name: String(name.dropLast(5)), document: document)
        }
    }

    private func convert(_ exporter: DocxExporter, name: String, document: ExportDocument = ExportSamples.long) throws {
        guard let soffice = ExportTestSupport.tool("soffice", "libreoffice") else {
            throw XCTSkip("未找到 soffice 或 libreoffice，跳过 LibreOffice 转换测试；用 apt-get install libreoffice-writer 安装")
        }
        let folder = try ExportTestSupport.temporaryFolder(self)
        let docx = folder.appendingPathComponent("\(name).docx")
        try Data(exporter.export(document)).write(to: docx)
        // A private profile folder, so a running LibreOffice or a parallel test cannot interfere.
        let profile = "file://" + folder.appendingPathComponent("profile").path
        let (status, _) = try ExportTestSupport.run(
            soffice,
            ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf", "--outdir", folder.path, docx.path])
        XCTAssertEqual(status, 0)
        let pdf = folder.appendingPathComponent("\(name).pdf")
        let bytes = try Data(contentsOf: pdf)
        XCTAssertEqual(String(decoding: bytes.prefix(5), as: UTF8.self), "%PDF-")
        // SHUZHI_EXPORT_KEEP=folder keeps the files, to look at them (docs/render-docx-page.sh).
        if let keep = ProcessInfo.processInfo.environment["SHUZHI_EXPORT_KEEP"] {
            for file in [pdf, docx] {
                let target = URL(fileURLWithPath: keep).appendingPathComponent(file.lastPathComponent)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: file, to: target)
            }
        }
    }
}
