import Foundation
import XCTest

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Whether this run records golden files instead of comparing
/// (`SHUZHI_RECORD=1 swift test`).
let isRecording = ProcessInfo.processInfo.environment["SHUZHI_RECORD"] != nil

/// Compares `actual` with the golden file at `path` (relative to the package
/// root). When recording, rewrites the file and fails, so a recording run is
/// never mistaken for a passing one.
func assertGolden(_ actual: String, _ path: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = packageRoot.appendingPathComponent(path)
    if isRecording {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        XCTFail("已记录 \(path)；去掉 SHUZHI_RECORD 再运行", file: file, line: line)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("缺少金标准文件 \(path)：运行 SHUZHI_RECORD=1 swift test 生成", file: file, line: line)
        return
    }
    if actual != expected {
        XCTFail("与 \(path) 不一致\n--- 期望\n\(expected)\n--- 实际\n\(actual)", file: file, line: line)
    }
}
