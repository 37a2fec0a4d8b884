import Foundation
import ShuzhiKit

/// Template rendering: a report-sized template over 40 measures in text
/// mode, then the same with 10× the measures to show time grows linearly.
func renderBench() -> [BenchRow] {
    let source = """
        {{年度}}年度{{单位}}党委书记抓基层党建工作述职报告

        根据{{依据}}要求，现将本人履职情况报告如下：
        一、履职情况
        {{#部分}}
        （{{@ordinal.cn}}）{{标题}}。{{#措施}}{{@ordinal.cn}}是{{内容}}，投入{{资金}}万元{{#@last}}。{{/@last}}{{^@last}}；{{/@last}}{{/措施}}
        {{/部分}}
        二、存在问题
        {{#问题}}
        {{@ordinal}}.{{.}}
        {{/问题}}
        三、下一步工作打算
        从{{措施总数.cn}}个方面继续推进。
        """
    func context(measures: Int) -> TemplateValue {
        var parts: [TemplateValue] = []
        let perPart = max(measures / 4, 1)
        for p in 0..<4 {
            var items: [TemplateValue] = []
            for k in 0..<perPart {
                items.append(.map([
                    "内容": .string("组织柳河村等\(k + 1)个村党支部开展“三会一课”和主题党日活动，推动党建与产业发展深度融合"),
                    "资金": .int(10 + p * perPart + k),
                ]))
            }
            parts.append(.map(["标题": .string("第\(p + 1)方面工作"), "措施": .list(items)]))
        }
        return .map([
            "年度": .string("2024"), "单位": .string("青石镇"), "依据": .string("县委组织部有关"),
            "部分": .list(parts), "措施总数": .int(measures),
            "问题": .list((0..<5).map { .string("问题\($0 + 1)：基层组织力还不够强，党员教育管理有薄弱环节") }),
        ])
    }
    guard let template = try? Template(source, name: "bench") else { return [] }
    let options = RenderOptions(escaping: .none)
    var rows: [BenchRow] = []
    var times: [Double] = []
    for scale in [1, 10] {
        let data = context(measures: 40 * scale)
        var bytes = 0
        let t = measure {
            bytes = (try? template.render(data, options: options).text.utf8.count) ?? 0
        }
        times.append(t)
        if scale == 1 {
            rows.append(BenchRow(name: "模板渲染（40项措施，纯文本）", value: 1 / t, unit: "份/秒"))
            rows.append(BenchRow(name: "模板渲染输出速度", value: Double(bytes) / t / 1_000_000, unit: "MB/秒"))
        }
        rows.append(BenchRow(name: "模板渲染耗时（\(40 * scale)项措施）", value: t * 1_000_000, unit: "微秒"))
    }
    rows.append(BenchRow(name: "模板渲染线性度（10倍措施耗时之比）", value: times[1] / times[0], unit: "倍"))
    rows += escapedRenderBench()
    return rows
}

/// The 45 KB report of Benchmarks/render/ rendered with HTML escaping, the
/// figure to compare with Jinja2 with autoescape on the same data and an
/// equivalent template (Benchmarks/render/jinja2_bench.py).
func escapedRenderBench() -> [BenchRow] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("render")
    guard let source = try? String(contentsOf: folder.appendingPathComponent("report.mustache"), encoding: .utf8),
          let json = try? String(contentsOf: folder.appendingPathComponent("data.json"), encoding: .utf8),
          let template = try? Template(source, name: "report"),
          let data = try? TemplateJSON.parse(json)
    else { return [] }
    let options = RenderOptions(escaping: .html)
    var bytes = 0
    let t = measure {
        bytes = (try? template.render(data, options: options).text.utf8.count) ?? 0
    }
    let size = String(format: "%.1f", Double(bytes) / 1000)
    return [BenchRow(name: "模板渲染（\(size) KB 报告，HTML 转义）", value: 1 / t, unit: "份/秒")]
}
