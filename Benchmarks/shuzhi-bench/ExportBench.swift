import ShuzhiKit

/// Export stage: each writer on a report of 200 paragraphs (about 20,000 characters).
func exportBench() -> [BenchRow] {
    var blocks: [ExportBlock] = []
    let body = "全年开展专题研讨8次，组织全镇党员参加集中轮训460人次，在柳河村、石门社区打造“红色驿站”2个，"
        + "组织党员志愿服务队开展活动36次，建立镇领导班子成员联系村（社区）制度，每季度召开党建工作推进会。"
    for part in 0..<4 {
        blocks.append(.heading(level: 1, text: "\(["一", "二", "三", "四"][part])、部分"))
        for item in 0..<50 {
            blocks.append(.paragraph(runIn: "（\(item + 1)）强化责任落实。", runInLevel: 2, text: body))
        }
    }
    let document = ExportDocument(title: "2024年度抓基层党建工作述职报告", nameLines: ["青石镇党委书记　王明远"], blocks: blocks)
    let writers: [(String, () -> Int)] = [
        ("导出纯文本（200 段）", { PlainTextExporter().string(document).utf8.count }),
        ("导出 Markdown（200 段）", { MarkdownExporter().export(document).count }),
        ("导出 HTML（200 段）", { HTMLExporter().export(document).count }),
        ("导出 DOCX（200 段）", { DocxExporter().export(document).count }),
    ]
    return writers.map { name, write in
        var sink = 0
        let seconds = measure(seconds: 0.5) { sink &+= write() }
        precondition(sink > 0)
        return BenchRow(name: name, value: seconds * 1000, unit: "毫秒")
    }
}
