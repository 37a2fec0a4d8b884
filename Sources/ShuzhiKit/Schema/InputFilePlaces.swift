/// What only an input file can have: places left to fill, and texts
/// carried over from last year still unchanged (see `CarriedText`). Check
/// reports both; draft reports the places left to fill.
enum InputFilePlaces {
    /// Findings for the input file `source`, read as `root`: places left to
    /// fill, last year's words and figures still unchanged, years that are
    /// not this report's, and problems that were put right and still listed.
    static func run(source: String, root: Node) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let carried = CarriedText.comments(in: source)
        var context = Context(
            hashes: Set(carried.values.flatMap(\.hashes)), byKeyLine: carried,
            year: root["年度"]?.string.flatMap { Int($0) }, figures: [], lines: source.sourceLines)
        walk(root, path: [], context: &context, into: &findings)
        repeatedProblems(root, into: &findings)
        return findings
    }

    /// Places left to fill, for draft: metrics are left out, since using an
    /// unfilled one is already an error there and an unused one does no harm.
    /// 年度 is left out too: the drafter reports it (missing-field) with what it does to the title.
    static func unfilled(_ root: Node) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var context = Context(hashes: [], byKeyLine: [:], year: nil, figures: [], lines: [])
        for e in root.entries ?? [] where e.key != "指标" && e.key != "年度" {
            walk(e.value, path: [e.key], context: &context, into: &findings)
        }
        return findings.filter { $0.code == .unfilled }
    }

    /// What a walk knows: last year's hashes, the carried comments by the
    /// line of the key they stand over, the report's year, and the figures
    /// of the carried text being walked.
    struct Context {
        var hashes: Set<String>
        var byKeyLine: [Int: CarriedText.Comment]
        var year: Int?
        var figures: Set<String>
        /// The input's lines, to find words inside a block of text.
        var lines: [Substring]

        /// Where `needle` is in a scalar: exact on a plain or quoted value's
        /// line; inside a block (| or >), the first line at or after `from`
        /// that holds it, with its column (a block's lines are indented, and
        /// a folded block's text has no line breaks left).
        func place(_ node: Node, _ style: Node.ScalarStyle, offset: Int, needle: String, from: inout Int) -> SourceLocation {
            switch style {
            case .plain: return SourceLocation(line: node.location.line, column: node.location.column + offset)
            case .singleQuoted, .doubleQuoted: return SourceLocation(line: node.location.line, column: node.location.column + 1 + offset)
            case .literal, .folded:
                var k = max(from, node.location.line)
                while k < lines.count && k < node.location.line + 2000 {
                    if let r = lines[k].firstUTF8Range(of: needle) {
                        from = k
                        return SourceLocation(line: k + 1, column: lines[k].distance(from: lines[k].startIndex, to: r.lowerBound) + 1)
                    }
                    k += 1
                }
                return SourceLocation(line: node.location.line + 1, column: 1)
            }
        }
    }

    /// Keys whose values choose how the report is laid out, not what it says.
    static let settingKeys: Set<String> = [
        "模板", "年度", "编号", "版式", "措施编号", "措施版式", "原因编号", "原因版式", "原因显示标题", "显示标题", "一级编号", "精度",
        "组织类型", "上级党委", "部分顺序",
    ]

    /// The keys whose empty value means “not filled in yet”.
    private static func mustBeFilled(_ path: [String]) -> String? {
        guard let key = path.last else { return nil }
        if path.first == "指标" && key == "本年" { return "指标“\(path[1])”的本年数值" }
        if path.first == "整改情况" && (key == "措施" || key == "成效") { return "整改情况的“\(key)”" }
        if path.count == 1 && ["单位", "报告人", "年度"].contains(key) { return "“\(key)”" }
        if path.first == "指标" && path.count == 2 { return "指标“\(key)”的数值" }
        return nil
    }

    private static func walk(_ node: Node, path: [String], context: inout Context, into findings: inout [Diagnostic]) {
        switch node.kind {
        case .null:
            if let what = mustBeFilled(path) {
                findings.append(.error(
                    .unfilled, "\(what)还没有填写", at: node.location,
                    hint: "填写后再起草；草稿中缺少的数字不会凭空补上"))
            } else if path.last == "-" {
                findings.append(.error(.unfilled, "列表中有一项是空的", at: node.location, hint: "填写这一项，或删去这一行"))
            }
        case .scalar(let s, let style):
            // Settings (编号: 无, 版式: 分段) are the same every year by design.
            guard path.first != "指标", s != "无", !settingKeys.contains(path.last ?? "") else { return }
            // No carried comment (always so for draft): no text to hash.
            let unchanged = !context.hashes.isEmpty
                && (context.hashes.contains(CarriedText.hash(s.trimmingSpacesAndLineBreaks())) || context.hashes.contains(CarriedText.hash(s)))
            if path.first != "整改情况", unchanged {
                findings.append(.warning(
                    .unchangedFromLastYear, "这段文字与上年相同，还没有改写", at: node.location,
                    hint: "按今年的情况改写；如确实沿用，删去上方的“上年原文”注释"))
            } else if !context.figures.isEmpty {
                // Rewritten, but a figure of last year is still there.
                var from = node.location.line
                for f in Figures.find(in: s) where context.figures.contains(f.text) {
                    let at = context.place(node, style, offset: f.offset, needle: f.text, from: &from)
                    findings.append(.warning(
                        .unchangedFigure, "“\(f.text)”是上年原文里的数字，还没有改", at: at,
                        hint: "改成今年的数字；要逐年比较的数字，可在“指标”下定义，正文用{{指标名}}引用"))
                }
            }
            staleYears(s, node: node, style: style, context: context, into: &findings)
        case .sequence(let items):
            for item in items { walk(item, path: path + ["-"], context: &context, into: &findings) }
        case .mapping(let entries):
            if path.last == "-", path.first != "整改情况", entries.allSatisfy({ $0.value.isNull }) {
                findings.append(.error(.unfilled, "这一项还没有填写", at: node.location, hint: "填写这一项，或删去它"))
                return
            }
            for e in entries {
                // The figures of last year's words under a carried comment go with them.
                let saved = context.figures
                if let comment = context.byKeyLine[e.keyLocation.line] { context.figures.formUnion(comment.figures) }
                walk(e.value, path: path + [e.key], context: &context, into: &findings)
                context.figures = saved
            }
        }
    }

    /// A year in the text before 年度−1 or after 年度+1: likely last year's
    /// words (2022年，全镇……) left in a 2025 report.
    static func staleYears(_ s: String, node: Node, style: Node.ScalarStyle, context: Context, into findings: inout [Diagnostic]) {
        guard let year = context.year, s.unicodeScalars.contains(where: \.isASCIIDigit) else { return }
        var from = node.location.line
        for y in Figures.years(in: s) where y.year < year - 1 || y.year > year + 1 {
            let how = y.year < year ? "早了\(ChineseNumeral.string(year - y.year))年" : "晚了\(ChineseNumeral.string(y.year - year))年"
            findings.append(.warning(
                .staleYear, "“\(y.year)年”比报告年度\(year)年\(how)",
                at: context.place(node, style, offset: y.offset, needle: "\(y.year)年", from: &from),
                hint: "多半是上年原文没改；回顾多年的情况可写“自\(y.year)年以来”"))
        }
    }

    /// A problem listed in 存在问题 that this year's 整改情况 says was put
    /// right: the same words, or nearly (a reviewer marks it first).
    static func repeatedProblems(_ root: Node, into findings: inout [Diagnostic]) {
        let rectified: [(text: String, location: SourceLocation)] = (root["整改情况"]?["事项"]?.items ?? []).compactMap { item in
            guard let n = item["问题"] ?? item["标题"], let s = n.string else { return nil }
            return (s, n.location)
        }
        guard !rectified.isEmpty else { return }
        for problem in root["存在问题"]?["问题"]?.items ?? [] {
            guard let text = problem.string ?? problem["标题"]?.string else { continue }
            let a = Similarity.normalized(text)
            guard a.count >= 6 else { continue }
            for r in rectified {
                let b = Similarity.normalized(r.text)
                guard b.count >= 6 else { continue }
                let same = a == b || a.contains(b) || b.contains(a)
                let near = !same && Similarity.bigrams(a, b) >= 0.6
                guard same || near else { continue }
                findings.append(Diagnostic(
                    same ? .error : .warning, code: .repeatedProblem,
                    message: same ? "这个问题与整改情况中已整改的问题相同" : "这个问题与整改情况中已整改的问题几乎相同",
                    at: problem.location,
                    hint: "已整改的问题不应再列为今年的问题；如仍未解决，请写明今年的新表现",
                    notes: [Diagnostic.Note("整改情况中的这一项", at: r.location)]))
                break
            }
        }
    }
}

/// How alike two texts are, for telling a problem repeated nearly word for word.
enum Similarity {
    /// The text without punctuation and spaces.
    static func normalized(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.isHan || $0.properties.isAlphabetic || $0.isASCIIDigit }))
    }

    /// The Dice coefficient of the two texts' character bigrams (0 to 1).
    static func bigrams(_ a: String, _ b: String) -> Double {
        func pairs(_ s: String) -> [String: Int] {
            let c = Array(s.unicodeScalars)
            var m: [String: Int] = [:]
            for i in 0..<max(0, c.count - 1) { m[String(scalars: c[i...(i + 1)]), default: 0] += 1 }
            return m
        }
        let pa = pairs(a), pb = pairs(b)
        let total = pa.values.reduce(0, +) + pb.values.reduce(0, +)
        guard total > 0 else { return 0 }
        var shared = 0
        for (k, n) in pa { shared += min(n, pb[k] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }
}

/// Last year's words carried into a new input file by `new --from`: each is
/// marked by a comment naming a hash of the text, so that check can tell a
/// text still unchanged from its rewrite.
enum CarriedText {
    /// The comment that marks a carried text.
    static let marker = "上年原文，请改写（改写后可删去本行）"

    /// What one carried comment says: the hashes of last year's texts
    /// under it, and the figures they held.
    struct Comment: Equatable {
        var hashes: [String]
        var figures: Set<String>
    }

    /// The separator before the figures in a comment.
    static let figuresLabel = " | 上年数字："

    /// The comment for the texts `texts`: their hashes, and their figures,
    /// so that check can tell a figure left unchanged in a rewritten text.
    static func comment(_ texts: [String]) -> String {
        var figures: [String] = []
        for t in texts { for f in Figures.find(in: t).map(\.text) where !figures.contains(f) { figures.append(f) } }
        return marker + " #" + texts.map(hash).joined(separator: " #") + (figures.isEmpty ? "" : figuresLabel + figures.joined(separator: "、"))
    }

    /// The comment for `text`.
    static func comment(_ text: String) -> String { comment([text]) }

    /// Every carried comment of an input file, by the line of the key it
    /// stands over (the next line that is neither blank nor a comment).
    static func comments(in source: String) -> [Int: Comment] {
        guard source.firstUTF8Range(of: marker) != nil else { return [:] }
        var result: [Int: Comment] = [:]
        var pending: Comment?
        for (k, line) in source.sourceLines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let m = line.firstUTF8Range(of: marker) {
                var rest = line[m.upperBound...]
                var figures: Set<String> = []
                if let f = rest.firstUTF8Range(of: figuresLabel) {
                    figures = Set(rest[f.upperBound...].split(separator: "、").map { String($0).trimmingSpaces() })
                    rest = rest[..<f.lowerBound]
                }
                let hashes = rest.split(separator: "#").map { $0.trimmingSpaces() }.filter { $0.count == 8 && $0.allSatisfy(\.isHexDigit) }
                pending = Comment(hashes: hashes, figures: figures)
            } else if trimmed.isEmpty || trimmed.hasPrefix("#") {
                continue
            } else if let p = pending {
                result[k + 1] = p
                pending = nil
            }
        }
        return result
    }

    /// FNV-1a over the UTF-8 bytes, 8 hex digits: enough to tell a text
    /// from its rewrite, short enough for a comment.
    static func hash(_ text: String) -> String {
        var h: UInt32 = 2_166_136_261
        for b in text.utf8 {
            h ^= UInt32(b)
            h = h &* 16_777_619
        }
        return String(h, radix: 16).leftPadded(to: 8)
    }
}
