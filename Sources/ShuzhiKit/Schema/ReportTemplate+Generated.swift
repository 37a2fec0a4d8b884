// Generated from Templates/ by BuiltinTemplateFilesTests (SHUZHI_RECORD=1 swift test
// --filter BuiltinTemplateFilesTests). Do not edit: edit Templates/ and regenerate.

extension ReportTemplate {
    /// The built-in templates, as `load` reads them from Templates/ID/.
    static let compiledBuiltins: [ReportTemplate] = [
        ShuzhiKit.ReportTemplate(
            id: "township",
            name: "乡镇（街道）党（工）委书记抓基层党建工作述职",
            shortNames: [
                "乡镇",
                "街道",
            ],
            title: "{{年度}}年度抓基层党建工作述职报告",
            opening: "根据县委组织部关于开展{{年度}}年度党组织书记抓基层党建工作述职评议考核的要求，现将本人履行基层党建工作第一责任人职责情况报告如下：",
            wordBudget: 6000,
            usualLength: 1000,
            partNumbering: ShuzhiKit.NumberingStyle.chineseComma,
            parts: [
                ShuzhiKit.ReportTemplate.Part(
                    key: "履职情况",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.achievements,
                        heading: "履职情况",
                        aliases: [
                            "工作成绩和经验",
                            "工作落实情况",
                            "履职工作特色和亮点",
                            "主要做法及成效",
                            "主要工作及成效",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.chineseParen,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "整改情况",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.rectification,
                        heading: "上年度述职评议问题整改情况",
                        aliases: [
                            "上年度问题整改情况",
                            "问题整改情况",
                            "整改落实情况",
                        ],
                        required: false,
                        minItems: 0
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: "{{#措施}}针对“{{问题}}”的问题，{{措施}}{{#成效}}；通过整改，{{成效}}{{/成效}}{{/措施}}{{^措施}}{{问题}}{{/措施}}"
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "存在问题",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.problems,
                        heading: "存在问题",
                        aliases: [
                            "存在的主要问题及原因",
                            "存在的问题和不足",
                            "存在问题及原因分析",
                            "不足",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.runIn,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "原因",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.causes,
                        heading: "原因分析",
                        aliases: [
                            "究其原因",
                            "存在问题的主要原因",
                            "原因分析",
                        ],
                        required: false,
                        minItems: 0
                    ),
                    hasHeading: false,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.runIn,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: "究其原因：",
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "下一步",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.nextSteps,
                        heading: "下一步工作打算",
                        aliases: [
                            "下步打算",
                            "下一步工作思路和主要措施",
                            "下一步工作计划",
                            "今后工作打算",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: "下一步，我将从{{条目数}}个方面着力抓好基层党建工作。",
                    wording: nil
                ),
            ],
            body: "{{! 使用共用的基础正文。要改其中一块（标题块、开头块、部分块、结尾块），在下面的继承标签中间写一个同名的块标签。 }}\n{{<基础}}{{/基础}}\n",
            origin: "内置",
            ownLexicon: nil
        ),
        ShuzhiKit.ReportTemplate(
            id: "strict",
            name: "抓基层党建工作述职（严格提纲：须写整改情况和原因分析）",
            shortNames: [
                "严格",
            ],
            title: "{{年度}}年度抓基层党建工作述职报告",
            opening: "根据县委组织部关于开展{{年度}}年度党组织书记抓基层党建工作述职评议考核的要求，现将本人履行基层党建工作第一责任人职责情况报告如下：",
            wordBudget: 6000,
            usualLength: 1000,
            partNumbering: ShuzhiKit.NumberingStyle.chineseComma,
            parts: [
                ShuzhiKit.ReportTemplate.Part(
                    key: "履职情况",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.achievements,
                        heading: "履职情况",
                        aliases: [
                            "工作成绩和经验",
                            "工作落实情况",
                            "履职工作特色和亮点",
                            "主要做法及成效",
                            "主要工作及成效",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.chineseParen,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "整改情况",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.rectification,
                        heading: "上年度述职评议问题整改情况",
                        aliases: [
                            "上年度问题整改情况",
                            "问题整改情况",
                            "整改落实情况",
                        ],
                        required: true,
                        minItems: 1
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: "{{#措施}}针对“{{问题}}”的问题，{{措施}}{{#成效}}；通过整改，{{成效}}{{/成效}}{{/措施}}{{^措施}}{{问题}}{{/措施}}"
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "存在问题",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.problems,
                        heading: "存在问题",
                        aliases: [
                            "存在的主要问题及原因",
                            "存在的问题和不足",
                            "存在问题及原因分析",
                            "不足",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.runIn,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "原因",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.causes,
                        heading: "原因分析",
                        aliases: [
                            "究其原因",
                            "存在问题的主要原因",
                            "原因分析",
                        ],
                        required: true,
                        minItems: 0
                    ),
                    hasHeading: false,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.runIn,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: "究其原因：",
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "下一步",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.nextSteps,
                        heading: "下一步工作打算",
                        aliases: [
                            "下步打算",
                            "下一步工作思路和主要措施",
                            "下一步工作计划",
                            "今后工作打算",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: "下一步，我将从{{条目数}}个方面着力抓好基层党建工作。",
                    wording: nil
                ),
            ],
            body: "{{! 使用共用的基础正文。要改其中一块（标题块、开头块、部分块、结尾块），在下面的继承标签中间写一个同名的块标签。 }}\n{{<基础}}{{/基础}}\n",
            origin: "内置",
            ownLexicon: nil
        ),
        ShuzhiKit.ReportTemplate(
            id: "organ",
            name: "机关党组织书记抓党建工作述职",
            shortNames: [
                "机关",
            ],
            title: "{{年度}}年度机关党组织书记抓党建工作述职报告",
            opening: "根据机关工委关于{{年度}}年度机关党组织书记抓党建工作述职评议的安排，现将本人履行党建工作职责情况报告如下：",
            wordBudget: 5000,
            usualLength: 800,
            partNumbering: ShuzhiKit.NumberingStyle.chineseComma,
            parts: [
                ShuzhiKit.ReportTemplate.Part(
                    key: "履职情况",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.achievements,
                        heading: "履职情况",
                        aliases: [
                            "主要工作及成效",
                            "工作落实情况",
                            "抓党建工作情况",
                            "主要做法及成效",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.chineseParen,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "整改情况",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.rectification,
                        heading: "上年度述职评议问题整改情况",
                        aliases: [
                            "上年度问题整改情况",
                            "问题整改情况",
                        ],
                        required: false,
                        minItems: 0
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: "{{#措施}}针对“{{问题}}”的问题，{{措施}}{{#成效}}；通过整改，{{成效}}{{/成效}}{{/措施}}{{^措施}}{{问题}}{{/措施}}"
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "存在问题",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.problems,
                        heading: "存在问题",
                        aliases: [
                            "存在的主要问题及原因",
                            "存在的问题和不足",
                            "不足",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.runIn,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "原因",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.causes,
                        heading: "原因分析",
                        aliases: [
                            "究其原因",
                            "存在问题的主要原因",
                        ],
                        required: false,
                        minItems: 0
                    ),
                    hasHeading: false,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.runIn,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: "究其原因：",
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "下一步",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.nextSteps,
                        heading: "下一步工作打算",
                        aliases: [
                            "下步打算",
                            "下一步工作思路",
                            "今后工作打算",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: "下一步，我将重点抓好以下{{条目数}}个方面的工作。",
                    wording: nil
                ),
            ],
            body: "{{! 使用共用的基础正文。要改其中一块（标题块、开头块、部分块、结尾块），在下面的继承标签中间写一个同名的块标签。 }}\n{{<基础}}{{/基础}}\n",
            origin: "内置",
            ownLexicon: nil
        ),
        ShuzhiKit.ReportTemplate(
            id: "village",
            name: "村（社区）党组织书记抓基层党建工作述职",
            shortNames: [
                "村",
                "社区",
                "村社区",
            ],
            title: "{{年度}}年度{{村或社区}}党组织书记抓基层党建工作述职报告",
            opening: "根据{{上级党委}}要求，现将本人{{年度}}年度抓基层党建工作情况报告如下：",
            wordBudget: 4000,
            usualLength: 600,
            partNumbering: ShuzhiKit.NumberingStyle.chineseComma,
            parts: [
                ShuzhiKit.ReportTemplate.Part(
                    key: "履职情况",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.achievements,
                        heading: "履职情况",
                        aliases: [
                            "工作开展情况",
                            "主要工作及成效",
                            "工作落实情况",
                            "主要做法及成效",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.chineseParen,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "整改情况",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.rectification,
                        heading: "上年度述职评议问题整改情况",
                        aliases: [
                            "上年度问题整改情况",
                            "问题整改情况",
                        ],
                        required: false,
                        minItems: 0
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: "{{#措施}}针对“{{问题}}”的问题，{{措施}}{{#成效}}；通过整改，{{成效}}{{/成效}}{{/措施}}{{^措施}}{{问题}}{{/措施}}"
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "存在问题",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.problems,
                        heading: "存在问题",
                        aliases: [
                            "存在的主要问题及原因",
                            "存在的问题和不足",
                            "不足",
                        ],
                        required: true,
                        minItems: 1
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.runIn,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: nil,
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "原因",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.causes,
                        heading: "原因分析",
                        aliases: [
                            "究其原因",
                            "存在问题的主要原因",
                        ],
                        required: false,
                        minItems: 0
                    ),
                    hasHeading: false,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.runIn,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: "究其原因：",
                    wording: nil
                ),
                ShuzhiKit.ReportTemplate.Part(
                    key: "下一步",
                    spec: ShuzhiKit.PartSpec(
                        kind: ShuzhiKit.PartKind.nextSteps,
                        heading: "下一步工作打算",
                        aliases: [
                            "下步打算",
                            "今后工作打算",
                        ],
                        required: true,
                        minItems: 2
                    ),
                    hasHeading: true,
                    itemNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    measureNumbering: ShuzhiKit.NumberingStyle.shiRunIn,
                    layout: ShuzhiKit.ItemLayout.separate,
                    measureLayout: ShuzhiKit.ItemLayout.runIn,
                    lead: "下一步，我将着重做好以下{{条目数}}个方面的工作。",
                    wording: nil
                ),
            ],
            body: "{{! 使用共用的基础正文。要改其中一块（标题块、开头块、部分块、结尾块），在下面的继承标签中间写一个同名的块标签。 }}\n{{<基础}}{{/基础}}\n",
            origin: "内置",
            ownLexicon: nil
        ),
    ]
}
