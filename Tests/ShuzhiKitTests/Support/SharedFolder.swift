import Foundation
import XCTest

/// The folder beside the project that holds material we may not ship:
/// the real reports of `corpus/`. `SHUZHI_SHARED` names it when set (CI
/// points it at a folder that does not exist, to prove that a clone alone
/// passes); otherwise it is `../shared`.
enum SharedFolder {
    static var root: URL {
        if let path = ProcessInfo.processInfo.environment["SHUZHI_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The real reports (`corpus/seeds`).
    ///
    /// - Throws: `XCTSkip` when they are not there. Call it before any
    ///   assertion, never inside one: XCTest records a skip thrown inside
    ///   `XCTAssertEqual(try …)` as a failure.
    static func corpusSeeds() throws -> URL {
        let url = root.appendingPathComponent("corpus/seeds")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("没有找到 \(url.path)（真实报告不随项目发布），跳过这项真实报告测试")
        }
        return url
    }
}
