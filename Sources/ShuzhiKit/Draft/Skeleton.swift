/// The skeleton input file `shuzhi new` writes: every field of a template
/// present, each with a Chinese comment saying what goes there.
public enum Skeleton {
    /// The skeleton for `template` and `year`.
    public static func input(for template: ReportTemplate, year: Int) -> String {
        var s = """
            # 述职报告输入文件（模板：\(template.name)）
            # 每行“键: 值”，冒号用半角并在后面空一格；以“#”开头的是说明，可删去。
            # 列表每项一行，以“- ”开头。长段落可以换行续写（续行比键多缩进两格），汉字之间的换行不会变成空格。
            # 正文中用 {{指标名}} 引用“指标”里的数字，如 {{发展党员}}；明年只需改数字。
            # 写好后运行：shuzhi check 本文件  检查；shuzhi draft 本文件 -o 述职报告.txt  生成草稿。

            模板: \(template.id)
            年度: \(year)
            单位:  # 如：青石镇、县农业农村局机关、柳河村
            报告人:  # 姓名
            职务:  # 如：镇党委书记
            # 标题: 不写则为“\(template.title.replacing("{{年度}}", with: String(year)))”；写“无”则不要标题
            # 称呼: 如“各位领导、同志们：”，述职会上宣读时用
            # 开头: 不写则为“\(template.opening.replacing("{{年度}}", with: String(year)))”

            指标:  # 本年度的数字，带单位；有上年数字时写成“本年”“上年”两行
              # 发展党员: 10名
              # 争取资金:
              #   本年: 650万元
              #   上年: 500万元

            """
        for part in template.parts {
            let required = part.spec.required ? "必需" : "可选，没有可删去"
            switch part.key {
            case "履职情况":
                s += """
                    履职情况:  # \(required)；标题为“\(part.spec.heading)”
                      # 导语: 可选，事项前的概述段落
                      事项:  # 每项一个方面，至少\(max(part.spec.minItems, 1))项，编号（\(part.itemNumbering.spelling)）自动生成
                        - 标题:  # 一句话概括这一方面，如：强化责任落实，压力传导到边到底
                          措施:  # 具体做法，每条一行，编号（\(part.measureNumbering.spelling)）自动生成
                            - 标题:  # 可选，如：带头抓落实
                              内容:  # 做法和成效，数字请用 {{指标名}}

                    """
            case "整改情况":
                s += """
                    整改情况:  # \(required)；上年度述职评议指出的问题怎样整改
                      事项:
                        - 问题:  # 上年度指出的问题
                          措施:  # 整改措施
                          成效:  # 整改成效

                    """
            case "存在问题":
                s += """
                    存在问题:  # \(required)
                      # 导语: 可选，如：对照上级要求，还存在以下不足：
                      问题:  # 每个问题一行，编号（\(part.itemNumbering.spelling)）自动生成
                        - 

                    """
                if let causes = template.part("原因") {
                    s += """
                      # 原因导语: 不写则为“\(causes.lead ?? "究其原因：")”
                      原因:  # \(causes.spec.required ? "必需" : "可选")；问题的原因，每条一行
                        - 

                    """
                }
            case "下一步":
                s += """
                    下一步:  # \(required)
                      # 导语: 不写则为“\((part.lead ?? "").replacing("{{条目数}}", with: "几"))”（条目数自动计算）
                      措施:  # 每项措施一行，编号（\(part.itemNumbering.spelling)）自动生成
                        - 

                    """
            default:
                break
            }
        }
        s += """
            # 结尾: 可选，结束语
            # 署名: 可选，如：青石镇党委书记 王明远
            # 日期: 可选，如：2025年1月10日

            """
        return s
    }
}
