import ShuzhiKit

/// Invented reports for the exporter tests (青石镇 does not exist).
enum ExportSamples {
    /// A small document with every kind of block.
    static let small = ExportDocument(
        title: "2024年度抓基层党建工作述职报告",
        nameLines: ["青石镇党委书记　王明远"],
        blocks: [
            .paragraph(text: "按照县委要求，现将本人2024年度抓基层党建工作情况报告如下：", line: 3),
            .heading(level: 1, text: "一、履职情况", line: 4),
            .paragraph(
                runIn: "（一）强化责任落实，压力传导到边到底。", runInLevel: 2,
                text: "一是带头抓落实。全年主持召开党委会专题研究党建工作12次。", line: 5),
            .heading(level: 2, text: "（二）夯实基层基础", line: 6),
            .heading(level: 3, text: "1.建强村级阵地", line: 7),
            .paragraph(text: "新建柳河村党群服务中心1个，投入资金65万元。", line: 8),
            .heading(level: 1, text: "二、存在问题", line: 9),
            .paragraph(text: "对软弱涣散党组织整顿还不够深入。", line: 10),
            .signature(lines: ["王明远", "2025年1月10日"], line: 11),
        ],
        metadata: ExportMetadata(author: "王明远", year: 2024))

    /// Text full of characters that are markup in XML, HTML or Markdown.
    static let tricky = ExportDocument(
        title: "A&B <测试> \"报告\"",
        blocks: [
            .heading(level: 1, text: "一、*重点* _工作_ #1", line: 1),
            .paragraph(text: "1. 这一段以数字和点开头", line: 2),
            .paragraph(text: "- 不是列表 + [链接](x) `代码` <b>粗</b> & 完成率>95%", line: 3),
            .paragraph(runIn: "（一）", runInLevel: 2, text: "只有编号的段首标题\\反斜杠", line: 4),
        ])

    /// A longer report for layout checks: several pages of body text.
    static var long: ExportDocument {
        var blocks: [ExportBlock] = [
            .paragraph(text: "按照县委组织部统一部署，现将本人2024年度履行基层党建工作第一责任人职责情况报告如下：")
        ]
        let parts = ["一、履职情况", "二、存在问题", "三、下一步工作打算"]
        let items = ["（一）强化政治引领，筑牢思想根基。", "（二）夯实组织基础，建强战斗堡垒。", "（三）抓实队伍建设，激发干事活力。"]
        let body = "一是健全学习制度。坚持党委理论学习中心组每月集中学习，全年开展专题研讨8次，组织全镇党员参加集中轮训460人次。"
            + "二是压实工作责任。建立镇领导班子成员联系村（社区）制度，每名班子成员包抓2至3个党支部，每季度召开党建工作推进会。"
            + "三是创新活动载体。在柳河村、石门社区打造“红色驿站”2个，组织党员志愿服务队开展活动36次。"
        for part in parts {
            blocks.append(.heading(level: 1, text: part))
            for item in items {
                blocks.append(.paragraph(runIn: item, runInLevel: 2, text: body))
            }
        }
        blocks.append(.signature(lines: ["青石镇党委书记　王明远", "2025年1月10日"]))
        return ExportDocument(
            title: "2024年度抓基层党建工作述职报告", nameLines: ["青石镇党委书记　王明远"], blocks: blocks,
            metadata: ExportMetadata(author: "王明远", year: 2024))
    }
}
