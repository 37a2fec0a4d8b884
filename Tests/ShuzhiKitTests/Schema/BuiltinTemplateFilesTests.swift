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

    /// The generated files, by path from the package root. Every file in
    /// Templates/ is compiled in as text; every YAML file also as its
    /// parsed tree and every Mustache file as its token tree, so that
    /// nothing built in is parsed when the program starts.
    static func generatedFiles() throws -> [String: String] {
        let templates = Self.root.appendingPathComponent("Templates")
        let files = try Self.files(in: templates)
        return [
            "Sources/ShuzhiKit/Builtin/BuiltinTemplateFiles+Generated.swift": Self.generate(files),
            "Sources/ShuzhiKit/Reader/InputReader+Generated.swift": try Self.generateInputTrees(files),
            "Sources/ShuzhiKit/Template/Template+Generated.swift": try Self.generateTemplateTrees(files),
            "Sources/ShuzhiKit/Schema/ReportTemplate+Generated.swift": try Self.generateReportTemplates(),
        ]
    }

    func testGeneratedFilesMatchTemplatesFolder() throws {
        let recording = ProcessInfo.processInfo.environment["SHUZHI_RECORD"] != nil
        for (path, expected) in try Self.generatedFiles().sorted(by: { $0.key < $1.key }) {
            let url = Self.root.appendingPathComponent(path)
            let actual = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            if recording {
                if actual != expected { try expected.write(to: url, atomically: true, encoding: .utf8) }
                continue
            }
            XCTAssertEqual(actual, expected, "\(path) 与 Templates/ 不一致：运行 SHUZHI_RECORD=1 swift test --filter BuiltinTemplateFilesTests 重新生成")
        }
        if recording { XCTFail("已重新生成 Templates/ 的编译文件；去掉 SHUZHI_RECORD 再运行测试") }
    }

    /// A built-in file's text gives the compiled tree, and the same text
    /// read from anywhere else (a copy in a template folder) gives it too.
    func testBuiltinTextsReadAsTheirCompiledTrees() throws {
        for (path, text) in BuiltinTemplateFiles.files {
            if path.hasSuffix(".yaml") {
                let compiled = try XCTUnwrap(InputReader.compiled(text), path)
                XCTAssertEqual(compiled, try InputReader.parse(text), path)
                XCTAssertEqual(try InputReader.read(String(decoding: Array(text.utf8), as: UTF8.self)), compiled, path)
            } else if path.hasSuffix(".mustache") {
                let compiled = try XCTUnwrap(Template.compiled(text), path)
                var parser = TemplateParser(text, file: nil)
                XCTAssertEqual(
                    SwiftSource.templateNodes(compiled, indent: ""), SwiftSource.templateNodes(try parser.parse(), indent: ""), path)
            }
        }
        XCTAssertNil(InputReader.compiled("年度: 2024\n"))
        XCTAssertNil(Template.compiled("{{年度}}"))
    }

    func testOrderNamesEveryTemplateFolder() throws {
        let templates = Self.root.appendingPathComponent("Templates")
        let folders = try FileManager.default.contentsOfDirectory(atPath: templates.path).filter { name in
            var dir: ObjCBool = false
            return FileManager.default.fileExists(atPath: templates.appendingPathComponent(name).path, isDirectory: &dir) && dir.boolValue
        }
        XCTAssertEqual(Set(folders), Set(BuiltinTemplateFiles.order))
    }

    /// The built-in templates compile in as values, as `load` reads them.
    func testCompiledTemplatesAreTheLoadedOnes() throws {
        for (compiled, id) in zip(ReportTemplate.compiledBuiltins, BuiltinTemplateFiles.order) {
            XCTAssertEqual(compiled, try Self.load(id), id)
        }
        XCTAssertEqual(ReportTemplate.compiledBuiltins.count, BuiltinTemplateFiles.order.count)
    }

    static func load(_ id: String) throws -> ReportTemplate {
        try ReportTemplate.load(
            schema: BuiltinTemplateFiles.file("\(id)/模板.yaml"), body: BuiltinTemplateFiles.file("\(id)/正文.mustache"),
            origin: "内置", schemaFile: "Templates/\(id)/模板.yaml")
    }

    static func generateReportTemplates() throws -> String {
        let templates = try BuiltinTemplateFiles.order.map(load)
        return header + """

            extension ReportTemplate {
                /// The built-in templates, as `load` reads them from Templates/ID/.
                static let compiledBuiltins: [ReportTemplate] = \(SwiftSource.value(templates, indent: "    "))
            }

            """
    }

    /// Every file under `folder` (one level of subfolders), sorted, with its text.
    static func files(in folder: URL) throws -> [(path: String, text: String)] {
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
        return try paths.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    static let header = """
        // Generated from Templates/ by BuiltinTemplateFilesTests (SHUZHI_RECORD=1 swift test
        // --filter BuiltinTemplateFilesTests). Do not edit: edit Templates/ and regenerate.

        """

    static func generate(_ files: [(path: String, text: String)]) -> String {
        var out = header + """

            enum BuiltinTemplateFiles {
                static let files: [(path: String, text: String)] = [

            """
        for (path, text) in files {
            precondition(!text.contains("\"\"\"#"), "template text may not contain a raw-string delimiter")
            out += "        (\"\(path)\", #\"\"\"\n\(text)\n\"\"\"#),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    static func generateInputTrees(_ files: [(path: String, text: String)]) throws -> String {
        var out = header + """

            extension InputReader {
                /// The parsed tree of every YAML file in Templates/, with its text.
                static let compiledFiles: [(text: String, node: Node)] = [

            """
        for (path, text) in files where path.hasSuffix(".yaml") {
            out += "        // \(path)\n"
            out += "        (\(SwiftSource.string(text)),\n         \(SwiftSource.node(try InputReader.parse(text), indent: "         "))),\n"
        }
        out += "    ]\n}\n\n" + SwiftSource.nodeHelpers
        return out
    }

    static func generateTemplateTrees(_ files: [(path: String, text: String)]) throws -> String {
        var out = header + """

            extension Template {
                /// The token tree of every Mustache file in Templates/, with its text.
                static let compiledFiles: [(text: String, nodes: [TemplateNode])] = [

            """
        // The built-in bodies are often the same text: one entry for each text.
        var seen: [String] = []
        for (path, text) in files where path.hasSuffix(".mustache") && !seen.contains(text) {
            seen.append(text)
            var parser = TemplateParser(text, file: nil)
            let paths = files.filter { $0.text == text }.map(\.path)
            out += "        // \(paths.joined(separator: ", "))\n"
            out += "        (\(SwiftSource.string(text)),\n         \(SwiftSource.templateNodes(try parser.parse(), indent: "         "))),\n"
        }
        out += "    ]\n}\n\n" + SwiftSource.templateHelpers
        return out
    }
}
