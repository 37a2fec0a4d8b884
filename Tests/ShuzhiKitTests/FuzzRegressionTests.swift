import Foundation
import XCTest
@testable import ShuzhiKit

/// Inputs that once crashed a fuzz target (Fuzz/run.sh keeps them in
/// Tests/Fixtures/fuzz/TARGET/) must now give a result or a diagnostic.
final class FuzzRegressionTests: XCTestCase {
    func testEveryKeptFuzzInputIsHandled() throws {
        let root = packageRoot.appendingPathComponent("Tests/Fixtures/fuzz")
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        var count = 0
        for target in targets.sorted() {
            let folder = root.appendingPathComponent(target)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
                let text = String(decoding: bytes, as: UTF8.self)
                count += 1
                switch target {
                case "reader": _ = try? InputReader.read(bytes: bytes)
                case "draft": _ = Drafter.draft(text, file: name)
                case "outline": _ = OutlineReader.read(text).json()
                case "check":
                    _ = Checker.checkReport(text, file: name)
                    _ = Checker.checkInput(text, file: name)
                case "import": _ = try? Importer.importText(text, file: name)
                case "inflate": _ = try? Inflate.inflate(bytes, limit: 1 << 22)
                case "docx":
                    if let body = try? DocxReader.read(bytes) { _ = DocumentText.wordDocument(body).text }
                    _ = try? DocumentText.read(bytes, name: name)
                case "template":
                    if let t = try? Template(text) { _ = try? t.render(.map(["a": .list([.int(1)])]), options: RenderOptions(strict: true, partials: ["p": text])) }
                default: XCTFail("unknown fuzz target folder \(target)")
                }
            }
        }
        XCTAssertGreaterThan(count, 0, "Tests/Fixtures/fuzz 中应有模糊测试发现过的输入")
    }
}
