extension MetricPlan {
    /// Names the plain fields of an input file already use; a metric of
    /// such a name would be shadowed by them.
    static let reservedNames: Set<String> = ["年度", "单位", "报告人", "职务", "条目数"]

    /// Gives every metric its own name. Two figures of one name and one
    /// value are one metric (7个村 said twice); figures of one name and
    /// different values are told apart by the report's own words: the
    /// measure of a different unit (读书班1期7天 → 读书班, 读书班天数), the
    /// part (计划发展党员 in the next steps), the longer words before the
    /// number, or a quotation in the sentence. When nothing tells them
    /// apart, all but the first stay text.
    mutating func resolveNames() {
        for i in planned.indices where Self.reservedNames.contains(planned[i].name) {
            planned[i].name = (words.partQualifiers[planned[i].part] ?? "") + planned[i].name
            if Self.reservedNames.contains(planned[i].name) { remove(i, because: .noName) }
        }
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        for i in planned.indices where !planned[i].removed {
            if groups[planned[i].name] == nil { order.append(planned[i].name) }
            groups[planned[i].name, default: []].append(i)
        }
        var taken = Set(order)
        for name in order {
            guard let group = groups[name], group.count > 1 else { continue }
            var distinct: [Int] = []
            // Plain metrics by value, to find one said twice at once.
            var plainByValue: [String: Int] = [:]
            for i in group {
                let plain = isPlain(planned[i])
                if plain, let j = plainByValue[planned[i].current] {
                    merge(i, into: j)
                } else {
                    distinct.append(i)
                    if plain { plainByValue[planned[i].current] = i }
                }
            }
            guard distinct.count > 1 else { continue }
            // Each takes a qualifier if its words give one; one may keep the plain name.
            var plainTaken = false
            for (n, i) in distinct.enumerated() {
                let other = n == 0 ? distinct[1] : distinct[0]
                if let q = qualified(i, apartFrom: other, first: n == 0, taken: taken) {
                    planned[i].name = q
                    taken.insert(q)
                } else if !plainTaken {
                    plainTaken = true
                } else {
                    remove(i, because: .sameName(name))
                }
            }
        }
    }

    /// A metric that only states its value, in digits: two of one name and
    /// one value are the same figure said twice.
    private func isPlain(_ m: Planned) -> Bool {
        m.previous == nil && m.ratio == nil && m.uses.allSatisfy { $0.field.isEmpty }
    }

    private mutating func merge(_ i: Int, into j: Int) {
        planned[j].uses += planned[i].uses
        planned[i].uses = []
        planned[i].removed = true
        mergedInto[i] = j
    }

    /// The metric `i` became when it was merged into another.
    func live(_ i: Int) -> Int {
        var k = i
        while let j = mergedInto[k] { k = j }
        return k
    }

    /// A name for metric `i` that tells it apart from `other`, made of the
    /// report's words, not yet taken. The first of a group keeps its name
    /// unless a unit or a quotation tells it apart.
    private func qualified(_ i: Int, apartFrom other: Int, first: Bool, taken: Set<String>) -> String? {
        let m = planned[i], f = planned[other]
        var candidates: [String] = []
        if let q = quantity(m.current), let fq = quantity(f.current), q.dimension != fq.dimension,
           let measure = words.unitMeasures[q.magnitude.symbol + q.unit] ?? words.unitMeasures[q.unit] {
            candidates.append(m.name + measure)
        }
        if m.part != f.part, let q = words.partQualifiers[m.part] { candidates.append(q + m.name) }
        let own = m.words.filter { !MetricNamer.forbiddenCharacters.contains($0) }
        if !first, own != m.name, own.contains(m.name) { candidates.append(own) }
        if let q = quotationBefore(m.origin) { candidates.append(q + m.name) }
        return candidates.first { namer.acceptable($0) && !taken.contains($0) && !Self.reservedNames.contains($0) }
    }

    /// The last quotation (“双百工程”) in the sentence before a figure.
    private func quotationBefore(_ id: FigureID) -> String? {
        let chars = slots[id.slot].chars
        let start = slots[id.slot].scan.figures[id.index].range.lowerBound
        var e = start - 1
        while e >= 0 && start - e < 200 && !Self.sentenceEnds.contains(chars[e]) {
            if chars[e] == "”" {
                var s = e - 1
                while s >= 0 && chars[s] != "“" && e - s <= 8 { s -= 1 }
                if s >= 0, chars[s] == "“", e - s - 1 >= 2 { return String(scalars: chars[(s + 1)..<e]) }
            }
            e -= 1
        }
        return nil
    }

    func quantity(_ text: String) -> Quantity? {
        try? Quantity.parse(text, at: SourceLocation(line: 1, column: 1))
    }

    /// Drops metric `i`: each figure it held stays text, for `reason`.
    mutating func remove(_ i: Int, because reason: MetricExtraction.Reason) {
        for u in planned[i].uses {
            for f in u.figures where kept[f] == nil { kept[f] = reason }
        }
        planned[i].uses = []
        planned[i].removed = true
    }
}
