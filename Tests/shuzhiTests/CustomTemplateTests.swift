import Foundation
import XCTest
@testable import shuzhi
@testable import ShuzhiKit

/// A county's own outline as a small folder: its schema, and a body that
/// extends a built-in template and overrides one block.
final class CustomTemplateTests: XCTestCase {
    func testAFolderTemplateExtendsABuiltInBodyAndOverridesABlock() throws {
        let dir = try temporaryFolder(self)
        let folder = dir.appendingPathComponent("县模板")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let schema = BuiltinTemplateSource.schema(of: "township")
            .replacingOccurrences(of: "编号: township", with: "编号: county")
            .replacingOccurrences(of: "标题: 存在问题\n", with: "标题: 存在的不足\n")
        try schema.write(to: folder.appendingPathComponent("模板.yaml"), atomically: true, encoding: .utf8)
        try "{{<township}}{{$结尾块}}\n（本报告按县委组织部提纲撰写）\n{{/结尾块}}{{/township}}\n"
            .write(to: folder.appendingPathComponent("正文.mustache"), atomically: true, encoding: .utf8)
        let input = packageRoot.appendingPathComponent("Examples/柳河社区2024.yaml").path
        let r = runCLI(["draft", input, "--template", folder.path])
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("\n三、存在的不足\n"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("（本报告按县委组织部提纲撰写）\n"), r.stdout)
    }

    func testAFolderWithoutItsFilesIsAClearError() throws {
        let dir = try temporaryFolder(self)
        let r = runCLI(["draft", packageRoot.appendingPathComponent("Examples/柳河社区2024.yaml").path, "--template", dir.path])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stderr.contains("error[template-not-found]: 模板文件夹中缺少“模板.yaml”"), r.stderr)
    }

    func testABadSchemaIsReportedAtItsLine() throws {
        let dir = try temporaryFolder(self)
        try "编号: x\n名称: 测试\n标题: 标题\n开头: 开头\n部分:\n  - 键: 存在问提\n".write(to: dir.appendingPathComponent("模板.yaml"), atomically: true, encoding: .utf8)
        try "{{开头}}\n".write(to: dir.appendingPathComponent("正文.mustache"), atomically: true, encoding: .utf8)
        let r = runCLI(["draft", packageRoot.appendingPathComponent("Examples/柳河社区2024.yaml").path, "--template", dir.path])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.stderr.contains("模板.yaml:6:8: error[unknown-key]: “部分的键”下没有键“存在问提”\n  提示：是不是“存在问题”？"), r.stderr)
    }
}
