import XCTest
@testable import ShuzhiKit

final class MetricDiagnosticsTests: XCTestCase {
    var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    func testCatalogListsEveryCodeTheMetricsSourcesUse() throws {
        let folder = packageRoot.appendingPathComponent("Sources/ShuzhiKit/Metrics")
        var used = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let pattern = try NSRegularExpression(pattern: #"\.error\(\s*"([a-z-]+)""#)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                used.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        XCTAssertEqual(used, Set(MetricDiagnostics.catalog.map(\.code)))
    }

    func testReadmeDocumentsEveryCode() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "## 指标与计算") else { return XCTFail("README lacks ## 指标与计算") }
        let section = readme[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
        for (code, _) in MetricDiagnostics.catalog {
            XCTAssertTrue(section.contains("`\(code)`"), "README ## 指标与计算 lacks \(code)")
        }
        for field in MetricField.all {
            XCTAssertTrue(section.contains("`\(field)`"), "README ## 指标与计算 lacks field \(field)")
        }
    }
}
