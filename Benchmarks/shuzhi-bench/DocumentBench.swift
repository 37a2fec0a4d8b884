#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShuzhiKit

/// Document stage: inflate throughput on the streams zlib made for the
/// tests (Tests/Fixtures/deflate), and reading a Word document.
///
/// The same streams inflated by zlib itself are measured by
/// Benchmarks/zlib_inflate.py, for the README's table.
func documentBench() -> [BenchRow] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("Tests/Fixtures/deflate")
    guard let blob = try? Data(contentsOf: folder.appendingPathComponent("streams.bin")),
          let manifest = try? String(contentsOf: folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)
    else { return [] }
    let bytes = [UInt8](blob)
    // Every raw stream of the three larger inputs at levels 1–9, default strategy.
    var streams: [[UInt8]] = []
    var total = 0
    for line in manifest.split(separator: "\n") where !line.hasPrefix("#") {
        let f = line.split(separator: "\t")
        guard ["report", "mixed", "runs"].contains(String(f[0])), Int(f[1])! >= 1, f[2] == "default", f[3] == "-15", f[4] == "8" else { continue }
        let offset = Int(f[5])!, length = Int(f[6])!
        streams.append(Array(bytes[offset..<(offset + length)]))
    }
    for s in streams { total += (try? Inflate.inflate(s, limit: 1 << 24).output.count) ?? 0 }
    var sink = 0
    let seconds = measure(seconds: 2) {
        for s in streams { sink &+= (try? Inflate.inflate(s, limit: 1 << 24).output.count) ?? 0 }
    }
    precondition(sink > 0)
    var rows = [BenchRow(name: "解压 DEFLATE（zlib 1–9 级生成的\(streams.count)个流，共\(total / 1000) KB）", value: Double(total) / seconds / 1e6, unit: "MB/s")]

    let docx = root.appendingPathComponent("Tests/Fixtures/docx/numbered.docx")
    if let data = try? Data(contentsOf: docx) {
        let document = [UInt8](data)
        let read = measure(seconds: 1) { sink &+= (try? DocumentText.read(document, name: "a.docx").text.count) ?? 0 }
        rows.append(BenchRow(name: "读取 Word 文档（python-docx 生成，自动编号、表格、修订）", value: read * 1000, unit: "毫秒"))
    }
    return rows
}
