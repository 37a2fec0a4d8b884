/// What only an input file can have: places left to fill, and texts
/// carried over from last year still unchanged (see `CarriedText`). Check
/// reports both; draft reports the places left to fill.
enum InputFilePlaces {
    /// Findings for the input file `source`, read as `root`.
    static func run(source: String, root: Node) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let carried = carriedHashes(source)
        walk(root, path: [], carried: carried, into: &findings)
        return findings
    }

    /// Places left to fill, for draft: metrics are left out, since using an
    /// unfilled one is already an error there and an unused one does no harm.
    /// 年度 is left out too: the drafter reports it (missing-field) with what it does to the title.
    static func unfilled(_ root: Node) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for e in root.entries ?? [] where e.key != "指标" && e.key != "年度" {
            walk(e.value, path: [e.key], carried: [], into: &findings)
        }
        return findings
    }

    /// Every hash named in a carried-over comment.
    static func carriedHashes(_ source: String) -> Set<String> {
        var hashes: Set<String> = []
        guard source.firstUTF8Range(of: CarriedText.marker) != nil else { return [] }
        for line in source.sourceLines {
            guard let marker = line.firstUTF8Range(of: CarriedText.marker) else { continue }
            for part in line[marker.upperBound...].split(separator: "#").dropFirst(0) {
                let h = part.trimmingSpaces()
                if h.count == 8, h.allSatisfy(\.isHexDigit) { hashes.insert(h) }
            }
        }
        return hashes
    }

    /// Keys whose values choose how the report is laid out, not what it says.
    static let settingKeys: Set<String> = [
        "模板", "年度", "编号", "版式", "措施编号", "措施版式", "原因编号", "原因版式", "显示标题", "一级编号", "精度",
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

    private static func walk(_ node: Node, path: [String], carried: Set<String>, into findings: inout [Diagnostic]) {
        switch node.kind {
        case .null:
            if let what = mustBeFilled(path) {
                findings.append(.error(
                    .unfilled, "\(what)还没有填写", at: node.location,
                    hint: "填写后再起草；草稿中缺少的数字不会凭空补上"))
            } else if path.last == "-" {
                findings.append(.error(.unfilled, "列表中有一项是空的", at: node.location, hint: "填写这一项，或删去这一行"))
            }
        case .scalar(let s, _):
            // Settings (编号: 无, 版式: 分段) are the same every year by design.
            if !carried.isEmpty, path.first != "指标", path.first != "整改情况", s != "无", !settingKeys.contains(path.last ?? ""),
               carried.contains(CarriedText.hash(s.trimmingSpacesAndLineBreaks())) || carried.contains(CarriedText.hash(s)) {
                findings.append(.warning(
                    .unchangedFromLastYear, "这段文字与上年相同，还没有改写", at: node.location,
                    hint: "按今年的情况改写；如确实沿用，删去上方的“上年原文”注释"))
            }
        case .sequence(let items):
            for item in items { walk(item, path: path + ["-"], carried: carried, into: &findings) }
        case .mapping(let entries):
            if path.last == "-", path.first != "整改情况", entries.allSatisfy({ $0.value.isNull }) {
                findings.append(.error(.unfilled, "这一项还没有填写", at: node.location, hint: "填写这一项，或删去它"))
                return
            }
            for e in entries { walk(e.value, path: path + [e.key], carried: carried, into: &findings) }
        }
    }
}

/// Last year's words carried into a new input file by `new --from`: each is
/// marked by a comment naming a hash of the text, so that check can tell a
/// text still unchanged from its rewrite.
enum CarriedText {
    /// The comment that marks a carried text.
    static let marker = "上年原文，请改写（改写后可删去本行）"

    /// The comment for `text`.
    static func comment(_ text: String) -> String { marker + " #" + hash(text) }

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
