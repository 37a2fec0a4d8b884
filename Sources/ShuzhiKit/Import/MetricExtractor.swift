/// Finds quantities in the imported text and names them after the words
/// before them, so that next year only the numbers change.
enum MetricExtractor {
    /// Replaces quantities in texts under the parts with `{{name}}` and
    /// returns the metrics found. A name that would be ambiguous (the same
    /// words before two different quantities) is left inline.
    static func extract(_ fields: inout [InputField]) -> [InputField] {
        var found: [(name: String, value: String)] = []
        var counts: [String: Int] = [:]
        // First pass: collect candidates to see which names repeat.
        var candidates: [(String, String)] = []
        visit(&fields) { text in
            for c in candidatesIn(text) { candidates.append((c.name, c.value)) }
            return text
        }
        for (name, _) in candidates { counts[name, default: 0] += 1 }
        visit(&fields) { text in
            var out = text
            let named = candidatesIn(text).filter { counts[$0.name] == 1 }
            found += named.map { ($0.name, $0.value) }
            for c in named.reversed() {
                let chars = Array(out.unicodeScalars)
                out = String(scalars: chars[..<c.range.lowerBound]) + "{{\(c.name)}}" + String(scalars: chars[c.range.upperBound...])
            }
            return out
        }
        return found.map { InputField($0.name, .text($0.value)) }.sortedStable()
    }

    /// Applies `transform` to every text under the part keys.
    static func visit(_ fields: inout [InputField], _ transform: (String) -> String) {
        func walk(_ v: InputValue) -> InputValue {
            switch v {
            case .text(let t): return .text(transform(t))
            case .list(let items): return .list(items.map(walk))
            case .map(let fs): return .map(fs.map { f in
                ["编号", "版式", "措施编号", "措施版式", "原因编号", "原因版式", "显示标题", "标题"].contains(f.key)
                    ? f : InputField(f.key, walk(f.value), comment: f.comment)
            })
            case .empty: return .empty
            }
        }
        for k in fields.indices where ["履职情况", "整改情况", "存在问题", "下一步"].contains(fields[k].key) {
            fields[k].value = walk(fields[k].value)
        }
    }

    /// The words around figures (`指标` in the lexicon).
    static var words: ReportLexicon.MetricWords { ReportLexicon.builtin.metrics }

    /// A metric's name from the words before its number: the last clause
    /// (after a verb such as 召开 when the rest is a noun), without the
    /// linking word before the number. `nil` when no good name is left.
    static func metricName(_ words: String) -> String? {
        let m = Self.words
        var w = words
        if m.changeWords.contains(where: { w.hasSuffix($0) }) { return nil }
        var changed = true
        while changed {
            changed = false
            for l in m.linking where w.hasSuffix(l) && w.count > l.count + 1 {
                w = String(w.dropLast(l.count))
                changed = true
            }
        }
        // 增长了12%, 提高到94%: a change, seen once the linking word is gone.
        if m.changeWords.contains(where: { w.hasSuffix($0) }) { return nil }
        // Keep the name from the last clause-start word on: 全年召开现场推进会 → 召开现场推进会 → 现场推进会.
        for c in m.clauseStarts {
            if let r = w.lastRange(of: c), w.distance(from: r.upperBound, to: w.endIndex) >= 2,
               !m.namesWithClauseStarts.contains(where: { n in n.contains(c) && w.contains(n) }) {
                w = String(w[r.upperBound...])
            }
        }
        if w.count >= 3, let first = w.unicodeScalars.first, m.leadingFunctionWords.contains(first), !m.fixedWords.contains(String(w.prefix(2))) {
            w.removeFirst()
        }
        // 等 lists examples (加装电梯等难题); 每 gives a rate or a target (每村至少培育1个);
        // 以下 and 以上 are the end of a bound (35岁以下).
        let chars = Array(w.unicodeScalars)
        if m.notInNames.occurs(in: chars) || m.notNameStarts.match(chars, at: 0) != nil { return nil }
        // A longer phrase is a clause, not a name; cutting it would make a name up.
        let endsBadly = (0..<chars.count).contains { m.notNameEnds.match(chars, at: $0) == chars.count - $0 }
        guard (2...8).contains(w.count), !m.clauseStarts.contains(w), !m.notNames.contains(w), !endsBadly else { return nil }
        return w
    }

    struct Candidate {
        var name: String
        var value: String
        var range: Range<Int>
    }

    /// Quantities such as 发展党员10名 or 争取资金650万元 whose name is the
    /// two to eight Chinese characters right before the number (after the
    /// last punctuation mark), and whose value parses as a `Quantity`.
    static func candidatesIn(_ text: String) -> [Candidate] {
        let chars = Array(text.unicodeScalars)
        var result: [Candidate] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCIIDigit, i == 0 || !(chars[i - 1].isASCIIDigit || chars[i - 1] == ".") else {
                i += 1
                continue
            }
            var j = i
            while j < chars.count && (chars[j].isASCIIDigit || chars[j] == ".") { j += 1 }
            // The longest unit reading that parses: 650万元, 96.6%, 60余次.
            var best: Int?
            var k = min(chars.count, j + 5)
            while k > j {
                let s = String(scalars: chars[i..<k])
                if (try? Quantity.parse(s, at: SourceLocation(line: 1, column: 1))) != nil, s.contains(where: { !$0.isASCII || $0 == "%" }) {
                    best = k
                    break
                }
                k -= 1
            }
            guard let end = best else { i = j; continue }
            var s = i
            while s > 0 && CJK.contains(chars[s - 1]) && !Self.marks.contains(chars[s - 1]) && i - s < 16 { s -= 1 }
            // Words right after another number start with its unit (31名党员联系农户210户).
            let m = Self.words
            while s < i, s > 0, chars[s - 1].isASCIIDigit || m.approximate.contains(chars[s - 1]),
                  m.unitCharacters.contains(chars[s]) {
                s += 1
            }
            var name = metricName(String(scalars: chars[s..<i]))
            // A bare verb (发展10名党员) takes the noun after the quantity, so the
            // name says what was counted: 发展党员, not 发展.
            // Not after 为辖区82名: a name cut from a phrase is a noun already.
            if let verb = name, m.countingVerbs.contains(verb), let noun = nounAfter(chars, from: end) {
                name = verb + noun
            }
            // A date (2026年, 3月) or a bound (35岁以下, 60岁以上) is not a metric.
            let unit = chars[i..<end].drop { $0.isASCIIDigit || $0 == "." }
            let date = unit.first.map { m.dateUnits.contains($0) && ($0 != "年" || j - i == 4) } ?? false
            let bound = m.bounds.match(chars, at: end) != nil
            let dateAfter = end < chars.count && m.dateUnits.contains(chars[end])
            if let name, !date && !bound && !dateAfter {
                result.append(Candidate(name: name, value: String(scalars: chars[i..<end]), range: i..<end))
            }
            i = end
        }
        return result
    }
}

extension MetricExtractor {
    /// The noun right after a quantity, up to the next punctuation mark or
    /// joining word (和、及、与、的); `nil` when it is not a short noun.
    static let marks: ScalarSet = ["，", "。", "；", "：", "、", "“", "”", "（", "）", "《", "》", "！", "？"]

    static func nounAfter(_ chars: [Unicode.Scalar], from start: Int) -> String? {
        var e = start
        let stops = words.nounStops
        while e < chars.count && CJK.contains(chars[e]) && !marks.contains(chars[e]) && !stops.contains(chars[e]) && e - start <= 6 {
            e += 1
        }
        guard (2...6).contains(e - start) else { return nil }
        return String(scalars: chars[start..<e])
    }
}

extension Array where Element == InputField {
    /// Unique by key, first occurrence kept.
    func sortedStable() -> [InputField] {
        var seen: Set<String> = []
        return filter { seen.insert($0.key).inserted }
    }
}
