import Dispatch
import Foundation
import ShuzhiKit

/// Real-size reports for `check`: variants of the style fixtures in
/// Tests/Fixtures/outline (every style the reader knows: headless 第一，,
/// causes run on, sub-headings, renamed headings, 1. 〔一〕 （一） items,
/// title, byline, salutation…), each 3–8 KB with its figures changed, its
/// paragraphs lengthened or shortened, so no two are alike.
func realSizeReports(count: Int) -> [String] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/outline")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    let bases = names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    guard !bases.isEmpty else { return [] }
    var r = BenchRandom(state: 13)
    var reports: [String] = []
    let extra = "同时，坚持问题导向，推动各项任务落地见效，全年累计开展专题调研12次，解决实际问题35个。"
    while reports.count < count {
        let base = bases[reports.count % bases.count]
        var out = ""
        var lines = base.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            var l = ""
            // Every figure changes: 24次 → 57次, 96.5% → 91.3%.
            for c in line {
                if c.isASCII && c.isNumber { l.append(Character(String(r.next(10)))) } else { l.append(c) }
            }
            // Long paragraphs grow or stay, so sizes spread over 3–8 KB.
            if l.count > 80 && r.next(3) == 0 { l += extra }
            out += l + "\n"
        }
        let size = out.utf8.count
        if size >= 3_000 && size <= 8_500 { reports.append(out) } else if size < 3_000 {
            reports.append(out + String(repeating: extra, count: (3_000 - size) / extra.utf8.count + 1) + "\n")
        } else {
            reports.append(out)
        }
    }
    return reports
}

func checkBench() -> [BenchRow] {
    let reports = realSizeReports(count: 600)
    guard !reports.isEmpty else {
        FileHandle.standardError.write(Data("没有找到 Tests/Fixtures/outline，跳过真实篇幅报告的检查测量\n".utf8))
        return []
    }
    let bytes = reports.reduce(0) { $0 + $1.utf8.count }
    var findings = 0
    let single = measure(seconds: 0) {
        for (k, text) in reports.enumerated() { findings += Checker.checkReport(text, file: "r\(k).txt").count }
    }
    // In batch, as `check DIR` runs: one worker per core.
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let batch = measure(seconds: 0) {
        DispatchQueue.concurrentPerform(iterations: cores) { w in
            var k = w
            while k < reports.count {
                _ = Checker.checkReport(reports[k], file: "r\(k).txt")
                k += cores
            }
        }
    }
    _ = findings
    return [
        BenchRow(name: "检查真实篇幅的报告（\(reports.count)份，平均\(bytes / reports.count / 1000) KB，单线程）", value: Double(reports.count) / single, unit: "份/秒"),
        BenchRow(name: "检查真实篇幅的报告（同上，\(cores)核并行，如 check 文件夹）", value: Double(reports.count) / batch, unit: "份/秒"),
    ]
}
