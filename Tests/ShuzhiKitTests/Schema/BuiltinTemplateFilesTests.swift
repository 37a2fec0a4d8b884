import Foundation
import XCTest
@testable import ShuzhiKit

/// Built-in templates are compiled into the binary from a generated Swift
/// file, so that one binary is enough. This test regenerates that file
/// from Templates/ and fails when it differs; run with SHUZHI_RECORD=1 to
/// rewrite it (the recording run fails too, so it is never silent).
final class BuiltinTemplateFilesTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testGeneratedFileMatchesTemplatesFolder() throws {
        let templates = Self.root.appendingPathComponent("Templates")
        let generatedURL = Self.root.appendingPathComponent("Sources/ShuzhiKit/Schema/BuiltinTemplateFiles+Generated.swift")
        let expected = try Self.generate(from: templates)
        let actual = (try? String(contentsOf: generatedURL, encoding: .utf8)) ?? ""
        if ProcessInfo.processInfo.environment["SHUZHI_RECORD"] != nil {
            try expected.write(to: generatedURL, atomically: true, encoding: .utf8)
            XCTFail("已重新生成 \(generatedURL.path)；去掉 SHUZHI_RECORD 再运行测试")
            return
        }
        XCTAssertEqual(actual, expected, "Templates/ 与内置模板不一致：运行 SHUZHI_RECORD=1 swift test --filter BuiltinTemplateFilesTests 重新生成")
    }

    func testOrderNamesEveryTemplateFolder() throws {
        let templates = Self.root.appendingPathComponent("Templates")
        let folders = try FileManager.default.contentsOfDirectory(atPath: templates.path).filter { name in
            var dir: ObjCBool = false
            return FileManager.default.fileExists(atPath: templates.appendingPathComponent(name).path, isDirectory: &dir) && dir.boolValue
        }
        XCTAssertEqual(Set(folders), Set(BuiltinTemplateFiles.order))
    }

    static func generate(from folder: URL) throws -> String {
        let fm = FileManager.default
        var paths: [String] = []
        for name in try fm.contentsOfDirectory(atPath: folder.path).sorted() {
            var dir: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            fm.fileExists(atPath: url.path, isDirectory: &dir)
            if dir.boolValue {
                for inner in try fm.contentsOfDirectory(atPath: url.path).sorted() { paths.append("\(name)/\(inner)") }
            } else {
                paths.append(name)
            }
        }
        var out = """
            // Generated from Templates/ by BuiltinTemplateFilesTests (SHUZHI_RECORD=1 swift test
            // --filter BuiltinTemplateFilesTests). Do not edit: edit Templates/ and regenerate.

            enum BuiltinTemplateFiles {
                static let files: [(path: String, text: String)] = [

            """
        for path in paths {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            precondition(!text.contains("\"\"\"#"), "template text may not contain a raw-string delimiter")
            out += "        (\"\(path)\", #\"\"\"\n\(text)\n\"\"\"#),\n"
        }
        out += "    ]\n}\n"
        return out
    }
}
