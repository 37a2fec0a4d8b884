import Foundation
import ShuzhiKit

/// A deterministic generator, so every run measures the same corpus.
struct BenchRandom {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }
}

let benchPhrases = [
    "坚持把党建工作抓在手上、扛在肩上", "每月召开党委会专题研究党建工作", "推动基层党组织全面进步全面过硬",
    "选派年轻干部到村任职锻炼", "整合资源建设党群服务中心", "开展“书记进百家”走访活动", "健全村级后备力量培养机制",
]

/// One generated input file: templates, numbering styles, layouts and
/// counts vary, so that the benchmark is not one report repeated.
func benchInput(_ r: inout BenchRandom, index: Int) -> String {
    let templates = ["township", "organ", "village", "strict"]
    var s = "模板: \(templates[r.next(4)])\n年度: \(2020 + r.next(6))\n单位: 测试\(index)镇\n报告人: 张三\n"
    s += "指标:\n  发展党员:\n    本年: \(r.next(30) + 1)名\n    上年: \(r.next(30) + 1)名\n  争取资金: \(r.next(900) + 10)万元\n"
    s += "履职情况:\n  编号: \(["（一）", "一是", "第一，"][r.next(3)])\n  事项:\n"
    for _ in 0..<(2 + r.next(4)) {
        s += "    - 标题: \(benchPhrases[r.next(benchPhrases.count)])\n      措施:\n"
        for _ in 0..<(2 + r.next(4)) {
            s += "        - \(benchPhrases[r.next(benchPhrases.count)])，全年发展党员{{发展党员}}，比上年{{发展党员.变化}}，争取资金{{争取资金}}。\n"
        }
    }
    s += "整改情况:\n  事项:\n    - 问题: 活动形式单一\n      措施: 制定活动清单\n      成效: 参与率提高\n"
    s += "存在问题:\n  版式: \(["连排", "分段"][r.next(2)])\n  问题:\n"
    for _ in 0..<(2 + r.next(3)) { s += "    - \(benchPhrases[r.next(benchPhrases.count)])还不够\n" }
    s += "  原因:\n    - 思想认识不到位\n    - 办法不多\n"
    s += "下一步:\n  措施:\n"
    for _ in 0..<(2 + r.next(3)) { s += "    - \(benchPhrases[r.next(benchPhrases.count)])\n" }
    return s
}

/// A large input for the reader: long Chinese paragraphs, wrapped, and nesting.
func benchReaderInput(megabytes: Int) -> String {
    var s = "报告:\n"
    var k = 0
    let paragraph = String(repeating: "坚持把党建工作抓在手上扛在肩上，推动基层党组织全面进步全面过硬。", count: 20)
    while s.utf8.count < megabytes * 1_000_000 {
        s += "  第\(k)部分:\n    标题: \"第\(k)部分\"\n    内容: >-\n"
        for chunk in stride(from: 0, to: paragraph.count, by: 40) {
            let start = paragraph.index(paragraph.startIndex, offsetBy: chunk)
            let end = paragraph.index(start, offsetBy: min(40, paragraph.count - chunk))
            s += "      " + paragraph[start..<end] + "\n"
        }
        s += "    条目:\n"
        var indent = "      "
        for depth in 0..<8 {
            s += indent + "- 层\(depth):\n"
            indent += "    "
        }
        s += indent + "值\n"
        k += 1
    }
    return s
}

func corpusBench() -> [BenchRow] {
    var rows: [BenchRow] = []
    // Reader throughput, and the time at twice the size to show linearity.
    let small = benchReaderInput(megabytes: 10)
    let large = benchReaderInput(megabytes: 20)
    let tSmall = measure(seconds: 2) { _ = try? InputReader.read(small) }
    let tLarge = measure(seconds: 2) { _ = try? InputReader.read(large) }
    rows.append(BenchRow(name: "读取输入文件（10 MB）", value: Double(small.utf8.count) / 1_000_000 / tSmall, unit: "MB/s"))
    rows.append(BenchRow(name: "读取输入文件：20 MB 与 10 MB 用时之比", value: tLarge / tSmall, unit: "倍"))

    var r = BenchRandom(state: 2024)
    let inputs = (0..<1000).map { benchInput(&r, index: $0) }
    var drafts: [String] = []
    let tDraft = measure(seconds: 0) {
        drafts = inputs.compactMap { Drafter.draft($0, file: "bench.yaml").text }
    }
    rows.append(BenchRow(name: "起草（端到端，1000份不同的输入）", value: Double(inputs.count) / tDraft, unit: "份/秒"))
    let tCheck = measure(seconds: 0) {
        for d in drafts { _ = Checker.checkReport(d, file: "bench.txt") }
    }
    rows.append(BenchRow(name: "检查纯文本报告（1000份）", value: Double(drafts.count) / tCheck, unit: "份/秒"))
    let tImport = measure(seconds: 0) {
        for d in drafts { _ = try? Importer.importText(d, file: "bench.txt") }
    }
    rows.append(BenchRow(name: "导入纯文本报告（1000份，含回读验证）", value: Double(drafts.count) / tImport, unit: "份/秒"))
    rows.append(BenchRow(name: "草稿数（1000份输入中成功起草的）", value: Double(drafts.count), unit: "份"))

    return rows
}
