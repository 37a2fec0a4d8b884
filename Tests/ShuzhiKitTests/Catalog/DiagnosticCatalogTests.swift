import Foundation
import XCTest
@testable import ShuzhiKit

/// The README documents every diagnostic code, and only those: its table
/// is the catalog's, and every code the sources report is in the catalog.
final class DiagnosticCatalogTests: XCTestCase {
    static let begin = "<!-- 诊断代码表：由 DiagnosticCatalogTests 核对，SHUZHI_RECORD=1 时重写 -->\n"
    static let end = "<!-- 诊断代码表结束 -->\n"

    func testReadmeTableIsTheCatalog() throws {
        let url = packageRoot.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        guard let b = readme.range(of: Self.begin), let e = readme.range(of: Self.end) else {
            return XCTFail("README.md 中缺少诊断代码表的标记")
        }
        let table = String(readme[b.upperBound..<e.lowerBound])
        let expected = DiagnosticCatalog.markdownTable()
        if isRecording {
            try (String(readme[..<b.upperBound]) + expected + String(readme[e.lowerBound...])).write(to: url, atomically: true, encoding: .utf8)
            return XCTFail("已重写 README.md 的诊断代码表；去掉 SHUZHI_RECORD 再运行")
        }
        XCTAssertEqual(table, expected, "README 的诊断代码表与代码不一致：运行 SHUZHI_RECORD=1 swift test --filter DiagnosticCatalogTests")
    }

    /// Codes are typed, so every use names a declared code; this keeps
    /// every declared code in the catalog (and so in the README), once.
    func testEveryDeclaredCodeIsInTheCatalogOnce() throws {
        let names = DiagnosticCatalog.all.map(\.rawValue)
        XCTAssertEqual(Set(names).count, names.count)
        let pattern = try NSRegularExpression(pattern: #"DiagnosticCode\(\s*"([a-z0-9]+(?:-[a-z0-9]+)*)""#)
        var declared: [String: String] = [:]
        let sources = packageRoot.appendingPathComponent("Sources")
        let walker = FileManager.default.enumerator(atPath: sources.path)!
        while let rel = walker.nextObject() as? String {
            guard rel.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(rel), encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let code = String(text[Range(m.range(at: 1), in: text)!])
                XCTAssertNil(declared[code], "“\(code)”在 \(rel) 和 \(declared[code] ?? "") 中各声明了一次")
                declared[code] = rel
            }
        }
        XCTAssertEqual(Set(declared.keys), Set(names), "声明的诊断代码与 DiagnosticCatalog.all 不一致")
    }
}
