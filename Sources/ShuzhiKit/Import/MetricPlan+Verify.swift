extension MetricPlan {
    /// Evaluates every metric together and keeps only the references that
    /// print back exactly the text they replace; a metric left without a
    /// reference, or a ratio whose parts are gone, is dropped, and this is
    /// repeated until nothing changes.
    mutating func verify() {
        var changed = true
        while changed {
            changed = false
            for i in planned.indices where !planned[i].removed {
                if let r = planned[i].ratio, planned[live(r.numerator)].removed || planned[live(r.denominator)].removed {
                    remove(i, because: .notReproducible("比例“\(planned[i].current)”的两个数没有都成为指标"))
                    changed = true
                }
            }
            let (table, _) = MetricTable.evaluating(definitions())
            for i in planned.indices where !planned[i].removed {
                guard let value = table.value(of: planned[i].name) else {
                    remove(i, because: .notReproducible("“\(planned[i].current)”"))
                    changed = true
                    continue
                }
                let fields = Dictionary(value.textFields.map { ($0.field, $0.text) }, uniquingKeysWith: { a, _ in a })
                var good: [Use] = []
                for u in planned[i].uses {
                    let original = String(scalars: slots[u.slot].chars[u.range])
                    if fields[u.field.isEmpty ? MetricField.current : u.field] == original {
                        good.append(u)
                    } else {
                        for f in u.figures where kept[f] == nil { kept[f] = .notReproducible("“\(original)”") }
                        changed = true
                    }
                }
                planned[i].uses = good
                if good.isEmpty {
                    planned[i].removed = true
                    changed = true
                }
            }
        }
    }

    /// The definitions of the metrics kept, in order.
    func definitions() -> [MetricDefinition] {
        let loc = SourceLocation(line: 1, column: 1)
        return planned.indices.filter { !planned[$0].removed }.map { i in
            let m = planned[i]
            return MetricDefinition(
                name: m.name, at: loc, current: .init(currentText(i), at: loc), previous: m.previous.map { .init($0, at: loc) },
                precision: m.precision.map { .init(String($0), at: loc) })
        }
    }

    /// 本年 as the input file writes it: a ratio as its formula.
    func currentText(_ i: Int) -> String {
        guard let r = planned[i].ratio else { return planned[i].current }
        return "=\(planned[live(r.numerator)].name)/\(planned[live(r.denominator)].name)*100\(r.percent)"
    }

    /// Writes the references into the texts and says what became of every figure.
    mutating func finish() -> MetricExtraction {
        var result = MetricExtraction()
        var uses: [Int: [(range: Range<Int>, reference: String)]] = [:]
        var converted: Set<FigureID> = []
        let live = planned.indices.filter { !planned[$0].removed }
        for i in live {
            for u in planned[i].uses {
                let reference = u.field.isEmpty ? "{{\(planned[i].name)}}" : "{{\(planned[i].name).\(u.field)}}"
                uses[u.slot, default: []].append((u.range, reference))
                converted.formUnion(u.figures)
            }
        }
        for (s, list) in uses {
            var chars = slots[s].chars
            for u in list.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                chars.replaceSubrange(u.range, with: Array(u.reference.unicodeScalars))
            }
            output[s] = String(scalars: chars)
        }
        // Metrics in the order their figures appear.
        let ordered = live.sorted { a, b in
            let x = planned[a].uses.map { ($0.slot, $0.range.lowerBound) }.min { $0 < $1 }!
            let y = planned[b].uses.map { ($0.slot, $0.range.lowerBound) }.min { $0 < $1 }!
            return x < y
        }
        for i in ordered {
            let m = planned[i]
            let current = currentText(i)
            if m.previous == nil && m.precision == nil {
                result.metrics.append(InputField(m.name, .text(current)))
            } else {
                var entries = [InputField(MetricField.current, .text(current))]
                if let p = m.previous { entries.append(InputField(MetricField.previous, .text(p))) }
                if let p = m.precision { entries.append(InputField("精度", .text(String(p)))) }
                result.metrics.append(InputField(m.name, .map(entries)))
            }
        }
        for (s, slot) in slots.enumerated() {
            let columns = ScalarText(slot.text)
            for (k, f) in slot.scan.figures.enumerated() {
                let id = FigureID(slot: s, index: k)
                result.figureCount += 1
                if converted.contains(id) {
                    result.convertedCount += 1
                } else {
                    let offset = columns.characterOffset(f.range.lowerBound)
                    result.kept.append(MetricExtraction.Kept(
                        figure: f.text, text: slot.text, offset: offset, reason: kept[id] ?? .noName))
                }
            }
        }
        return result
    }

    /// What each figure became: its metric's name (`名.增幅` for a derived
    /// reference), or `nil` when it stayed text; keyed by the figure as written.
    func figureNames() -> [(String, String?)] {
        var byFigure: [FigureID: String] = [:]
        for m in planned where !m.removed {
            for u in m.uses {
                for f in u.figures {
                    byFigure[f] = u.field.isEmpty || u.field == MetricField.chinese ? m.name : m.name + "." + u.field
                }
            }
        }
        var out: [(String, String?)] = []
        for (s, slot) in slots.enumerated() {
            for (k, f) in slot.scan.figures.enumerated() {
                out.append((f.text, byFigure[FigureID(slot: s, index: k)]))
            }
        }
        return out
    }
}
