extension Diagnostic {
    static func syntax(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        .error("syntax-error", message, at: location, hint: hint)
    }

    static func unsupported(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        .error(code, message, at: location, hint: hint ?? "shuzhi的输入文件只用YAML的一个简单子集：键值对、列表、文字")
    }

    static func tabIndent(at location: SourceLocation) -> Diagnostic {
        .error("tab-indent", "缩进中有制表符（Tab）", at: location, hint: "缩进只能用空格；请把Tab换成空格")
    }

    static func badIndent(_ message: String, at location: SourceLocation) -> Diagnostic {
        .error("bad-indent", message, at: location, hint: "同一层的键要对齐；下一层要比上一层多缩进，通常多两个空格")
    }

    static func missingSpace(_ message: String, at location: SourceLocation, hint: String) -> Diagnostic {
        .error("missing-space", message, at: location, hint: hint)
    }
}

/// Every code the reader reports, with its meaning, for the README's table.
enum ReaderDiagnostics {
    static let catalog: [(code: String, meaning: String)] = [
        ("not-utf8", "文件不是UTF-8编码（指出字节位置；识别UTF-16和GBK/GB18030）"),
        ("binary-file", "文件含有空字节，不是文本文件"),
        ("syntax-error", "不符合输入文件写法的行（缺少“键: ”、值中多了“: ”、引号后多了内容等）"),
        ("fullwidth-colon", "键后用了全角冒号“：”"),
        ("missing-space", "冒号或短横后缺少空格"),
        ("tab-indent", "缩进中有制表符（Tab）"),
        ("fullwidth-indent", "缩进中有全角空格（从Word复制时常见）"),
        ("bad-indent", "缩进不一致"),
        ("duplicate-key", "同一层有重复的键（附第一次出现的位置）"),
        ("unterminated-quote", "引号没有结束"),
        ("bad-escape", "双引号中无法识别的转义"),
        ("unsupported-anchor", "不支持的YAML功能：锚点“&”"),
        ("unsupported-alias", "不支持的YAML功能：别名“*”（占位符如“*镇”请加引号）"),
        ("unsupported-tag", "不支持的YAML功能：标签“!”"),
        ("unsupported-flow", "不支持的YAML功能：“[ ]”“{ }”形式"),
        ("unsupported-complex-key", "不支持的YAML功能：复杂键“? ”"),
        ("unsupported-directive", "不支持的YAML功能：指令“%”"),
        ("multiple-documents", "一个文件中有多个文档"),
        ("nesting-too-deep", "嵌套层数过多"),
    ]
}
