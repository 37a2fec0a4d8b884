import Foundation
import XCTest
@testable import ShuzhiKit

/// The YAML test suite's cases that stay inside shuzhi's subset, kept in
/// Tests/Fixtures/conformance/yaml-subset: every valid case reads to its
/// as-strings JSON, every error case is rejected with a located error.
final class YAMLConformanceTests: XCTestCase {
    static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/conformance/yaml-subset")

    private func cases(suffix: String) throws -> [String] {
        return try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(suffix) && !$0.hasSuffix(".error.yaml") || (suffix == ".error.yaml" && $0.hasSuffix(suffix)) }
            .map { String($0.dropLast(suffix.count)) }.sorted()
    }

    func testEveryValidCaseReadsToItsExpectedStrings() throws {
        let ids = try cases(suffix: ".yaml")
        XCTAssertGreaterThan(ids.count, 50)
        var failures: [String] = []
        for id in ids {
            let input = try Data(contentsOf: Self.folder.appendingPathComponent("\(id).yaml"))
            let expectedData = try Data(contentsOf: Self.folder.appendingPathComponent("as-strings/\(id).json"))
            let expected = try JSONSerialization.jsonObject(with: expectedData, options: [.fragmentsAllowed])
            do {
                let node = try InputReader.read(bytes: [UInt8](input))
                let actual = try JSONSerialization.jsonObject(with: Data(NodeJSON.dump(node).utf8), options: [.fragmentsAllowed])
                if !Self.equal(expected, actual) {
                    failures.append("\(id)\n输入：\n\(String(decoding: input, as: UTF8.self))\n期望：\(String(decoding: expectedData, as: UTF8.self))\n实际：\(NodeJSON.dump(node))")
                }
            } catch {
                failures.append("\(id)：意外的错误 \(DiagnosticPrinter.text(error as! Diagnostic))输入：\n\(String(decoding: input, as: UTF8.self))")
            }
        }
        XCTAssertEqual(failures.count, 0, "\n" + failures.joined(separator: "\n----\n"))
    }

    func testEveryErrorCaseIsRejectedWithALocation() throws {
        let ids = try cases(suffix: ".error.yaml")
        XCTAssertGreaterThan(ids.count, 10)
        var failures: [String] = []
        for id in ids {
            let input = try Data(contentsOf: Self.folder.appendingPathComponent("\(id).error.yaml"))
            do {
                let node = try InputReader.read(bytes: [UInt8](input))
                failures.append("\(id)：应当报错，却读成了 \(NodeJSON.dump(node))输入：\n\(String(decoding: input, as: UTF8.self))")
            } catch {
                if (error as? Diagnostic)?.location == nil { failures.append("\(id)：错误没有位置") }
            }
        }
        XCTAssertEqual(failures.count, 0, "\n" + failures.joined(separator: "\n----\n"))
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case (is NSNull, is NSNull): return true
        case let (x as String, y as String): return x == y
        case let (x as [Any], y as [Any]): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case let (x as [String: Any], y as [String: Any]):
            return x.count == y.count && x.allSatisfy { k, v in y[k].map { equal(v, $0) } ?? false }
        default: return false
        }
    }
}
