import XCTest
@testable import ShuzhiKit

final class MetricDiagnosticsTests: XCTestCase {
    var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    func testReadmeDocumentsEveryCode() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "## 指标与计算") else { return XCTFail("README lacks ## 指标与计算") }
        let section = readme[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
        for code in MetricDiagnostics.codes.map(\.rawValue) {
            XCTAssertTrue(section.contains("`\(code)`"), "README ## 指标与计算 lacks \(code)")
        }
        for field in MetricField.all {
            XCTAssertTrue(section.contains("`\(field)`"), "README ## 指标与计算 lacks field \(field)")
        }
    }
}
