import ShuzhiKit

/// Inline checks: a clean report of 200 paragraphs (about 20,000 characters),
/// and the same report ten times as long, to show the cost stays linear.
func inlineChecksBench() -> [BenchRow] {
    let paragraph = "（一）强化责任落实。全年开展专题研讨8次，组织全镇党员参加集中轮训460人次，在柳河村、石门社区打造“红色驿站”2个，"
        + "层层压实责任，组织党员志愿服务队开展活动36次，建立镇领导班子成员联系村（社区）制度，每季度召开党建工作推进会，参与率96.5%。"
    let small = Array(repeating: paragraph, count: 200).joined(separator: "\n")
    let large = Array(repeating: paragraph, count: 2000).joined(separator: "\n")
    var sink = 0
    let smallTime = measure(seconds: 0.5) { sink &+= InlineChecks.run(report: small).count + 1 }
    let largeTime = measure(seconds: 0.5) { sink &+= InlineChecks.run(report: large).count + 1 }
    precondition(sink > 0)
    return [
        BenchRow(name: "行内检查（200 段，约2万字）", value: smallTime * 1000, unit: "毫秒"),
        BenchRow(name: "行内检查（2000 段，约20万字）", value: largeTime * 1000, unit: "毫秒"),
        BenchRow(name: "行内检查：十倍篇幅的耗时倍数", value: largeTime / smallTime, unit: "倍"),
    ]
}
