#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The work of `MetricExtractor` on one report: find the figures of every
/// text, bind derived ones to their base, name the metrics, tell apart
/// metrics of one name, and keep only references that print back exactly.
struct MetricPlan {
    /// One text of the input file, and the part it is in.
    struct Source {
        var text: String
        var part: String
    }

    struct Slot {
        var text: String
        var chars: [Unicode.Scalar]
        var part: String
        var scan: FigureScanner.Scan
    }

    struct FigureID: Hashable {
        var slot: Int
        var index: Int
    }

    /// A reference that replaces `range` of a text: `{{name}}` when `field`
    /// is empty, else `{{name.field}}`.
    struct Use {
        var slot: Int
        var range: Range<Int>
        var field: String
        var figures: [FigureID]
    }

    /// A metric to be.
    struct Planned {
        var name: String
        /// The words its name came from, uncut, for telling names apart.
        var words: String
        var part: String
        /// 本年: a quantity as written; for a ratio, filled from `ratio`.
        var current: String
        var previous: String?
        var precision: Int?
        /// A ratio of two other metrics (indices), times 100 with this percent sign.
        var ratio: (numerator: Int, denominator: Int, percent: String)?
        var uses: [Use]
        var origin: FigureID
        var removed = false
    }

    let words: ReportLexicon.MetricWords
    let scanner: FigureScanner
    let namer: MetricNamer
    var slots: [Slot]
    var planned: [Planned] = []
    var kept: [FigureID: MetricExtraction.Reason] = [:]
    /// Metrics merged into another (the same figure said twice).
    var mergedInto: [Int: Int] = [:]
    /// The texts after extraction, in the order given.
    var output: [String]

    init(_ sources: [Source], lexicon: ReportLexicon) {
        words = lexicon.metrics
        scanner = FigureScanner(lexicon: lexicon)
        namer = MetricNamer(lexicon: lexicon)
        slots = sources.map { s in
            let chars = Array(s.text.unicodeScalars)
            return Slot(text: s.text, chars: chars, part: s.part, scan: FigureScanner(lexicon: lexicon).scan(chars))
        }
        output = sources.map(\.text)
    }

    mutating func run() -> MetricExtraction {
        for s in slots.indices { plan(slot: s) }
        resolveNames()
        verify()
        return finish()
    }

    // MARK: finding

    static let sentenceEnds: ScalarSet = ["。", "；", "！", "？", ";", "!", "?"]

    private mutating func plan(slot si: Int) {
        let chars = slots[si].chars
        let figures = slots[si].scan.figures
        let bounds = slots[si].scan.bounds
        // Metrics of the current sentence whose value is a figure here, latest last.
        var bases: [(figure: Int, metric: Int)] = []
        var k = 0
        var previousEnd = 0
        while k < figures.count {
            let f = figures[k]
            if (previousEnd..<f.range.lowerBound).contains(where: { Self.sentenceEnds.contains(chars[$0]) }) {
                bases.removeAll()
            }
            defer { previousEnd = figures[min(k, figures.count) - 1].range.upperBound }
            let id = FigureID(slot: si, index: k)
            if f.inRange {
                kept[id] = .range
                k += 1
                continue
            }
            // 由3名增加到5名, 由上年的5个增加到9个.
            if k + 1 < figures.count, let nameEnd = fromTo(chars, f, figures[k + 1]) {
                let next = FigureID(slot: si, index: k + 1)
                let naming = namer.naming(chars, nameEnd..<nameEnd, floor: previousEnd, nounFrom: chars.count, bounds: bounds)
                if let name = naming.name {
                    planned.append(Planned(
                        name: name, words: naming.words, part: slots[si].part, current: figures[k + 1].text, previous: f.text,
                        uses: [Use(slot: si, range: f.range, field: MetricField.previous, figures: [id]),
                               Use(slot: si, range: figures[k + 1].range, field: "", figures: [next])],
                        origin: next))
                    bases.append((k + 1, planned.count - 1))
                    k += 2
                    continue
                }
            }
            // 较上年的19.2万元增长64.6%: last year given, then the change.
            if k + 1 < figures.count, let explicit = explicitPrevious(chars, f, figures[k + 1]),
               let base = bases.last, sameDimension(planned[base.metric].current, f.quantity), planned[base.metric].previous == nil,
               adjoins(chars, figures[base.figure], explicit.comparisonStart) {
                let change = FigureID(slot: si, index: k + 1)
                if bindChange(base.metric, previous: [f.text], explicit: id, change: change, verbStart: explicit.verbStart) {
                    k += 2
                    continue
                }
            }
            // 较上年增长8.58%, 比上年增加2名, 同比提高2.1个百分点.
            if let change = comparedChange(chars, f, floor: previousEnd) {
                if let base = bases.last, changeFits(planned[base.metric].current, f.quantity), planned[base.metric].previous == nil,
                   adjoins(chars, figures[base.figure], change.comparisonStart) {
                    let candidates = recoveredPrevious(planned[base.metric].current, f.quantity, increase: change.increase)
                    _ = bindChange(base.metric, previous: candidates, explicit: nil, change: id, verbStart: change.verbStart)
                } else {
                    kept[id] = .changeWithoutBase
                }
                k += 1
                continue
            }
            // 23条90公里通组路: both count what follows the second.
            let adjacent = k + 1 < figures.count && figures[k + 1].range.lowerBound == f.range.upperBound
            let sharesWithBefore = k > 0 && figures[k - 1].range.upperBound == f.range.lowerBound
            var naming = namer.naming(
                chars, f.range, unit: f.quantity.unit, floor: previousEnd,
                nounFrom: adjacent ? figures[k + 1].range.upperBound : nil, bounds: bounds)
            if naming.isChange {
                kept[id] = .changeWithoutBase
                k += 1
                continue
            }
            if sharesWithBefore, naming.name == nil, let last = bases.last, last.figure == k - 1 {
                naming.name = planned[last.metric].name
            }
            // 成功率96.6％, 占党员总数的26.1%: a ratio of two figures before it.
            if f.quantity.isPercent, isRatio(chars, f, ownName: naming.name),
               let ratio = bindRatio(f, id: id, ownName: naming.name, bases: bases.map(\.metric)) {
                bases.append((k, ratio))
                k += 1
                continue
            }
            let previousName = bases.last.map { planned[$0.metric].name }
            var name = naming.name
            // 成功调处56件 after 排查矛盾纠纷58件: the object is the one before.
            if naming.needsObject, let last = bases.last, sameDimension(planned[last.metric].current, f.quantity),
               let object = object(of: planned[last.metric].name) {
                name = namer.accepted((name ?? naming.words) + object)
            }
            // 其中35岁以下18名 after 发展党员22名: 发展党员中三十五岁以下.
            if let part = naming.part, let previousName, !part.hasPrefix(previousName) {
                name = namer.accepted(previousName + "中" + part) ?? name
            }
            // 占比57%: a ratio's bare name takes what it is the ratio of.
            if let n = name, words.ratioNames.contains(n), let previousName {
                name = namer.accepted(previousName + n)
            }
            guard let name, MetricNamer.isMetricName(name) else {
                kept[id] = .noName
                k += 1
                continue
            }
            if f.isChinese && f.quantity.chineseCount != f.text {
                kept[id] = .chineseSpelling
                k += 1
                continue
            }
            planned.append(Planned(
                name: name, words: naming.words, part: slots[si].part, current: f.quantity.description,
                uses: [Use(slot: si, range: f.range, field: f.isChinese ? MetricField.chinese : "", figures: [id])],
                origin: id))
            bases.append((k, planned.count - 1))
            k += 1
        }
    }

    /// The object of a name that starts with a counting verb: 矛盾纠纷 in 排查矛盾纠纷.
    private func object(of name: String) -> String? {
        guard let verb = namer.lastCountingVerb(in: name), let r = name.lastRange(of: verb),
              name.distance(from: r.upperBound, to: name.endIndex) >= 2 else { return nil }
        return String(name[r.upperBound...])
    }

    /// Whether the comparison at `start` follows figure `base` at once:
    /// nothing between, or a comma (人均收入10538元，较上年增长8.58%).
    private func adjoins(_ chars: [Unicode.Scalar], _ base: FoundFigure, _ start: Int) -> Bool {
        let gap = chars[base.range.upperBound..<start]
        return gap.isEmpty || gap.count == 1 && (gap.first == "，" || gap.first == ",")
    }

    private func sameDimension(_ text: String, _ q: Quantity) -> Bool {
        quantity(text)?.dimension == q.dimension
    }

    /// A change of `change` fits a metric of value `base`: a rate for an
    /// amount, percentage points for a percentage, an amount of its unit.
    private func changeFits(_ base: String, _ change: Quantity) -> Bool {
        guard let b = quantity(base) else { return false }
        if change.isPercent { return !b.isPercent }
        if change.unit == words.percentagePoints { return b.isPercent }
        return b.dimension == change.dimension
    }

    /// The phrase of `scalars` that ends exactly at `end`, searched in `set`.
    private func phrase(_ set: PhraseSet, _ chars: [Unicode.Scalar], endingAt end: Int, floor: Int = 0) -> Int? {
        var best: Int?
        for start in stride(from: end - 1, through: max(floor, end - 8), by: -1) where set.match(chars, at: start, end: end) == end - start {
            best = start
        }
        return best
    }

    /// 由3名增加到5名: where the words before 由 end, when `a` and `b` are
    /// last year's and this year's value of one thing.
    private func fromTo(_ chars: [Unicode.Scalar], _ a: FoundFigure, _ b: FoundFigure) -> Int? {
        guard !a.isChinese, !b.isChinese, a.quantity.dimension == b.quantity.dimension else { return nil }
        var p = a.range.lowerBound
        if let n = phrase(words.afterFrom, chars, endingAt: p) { p = n }
        if p > 0, words.particle.contains(chars[p - 1]), let y = phrase(words.lastYear, chars, endingAt: p - 1) { p = y }
        guard let from = phrase(words.from, chars, endingAt: p) else { return nil }
        var q = a.range.upperBound
        if let n = words.increase.match(chars, at: q) ?? words.decrease.match(chars, at: q) { q += n }
        if let n = words.afterChange.match(chars, at: q) { q += n }
        guard let n = words.to.match(chars, at: q), q + n == b.range.lowerBound else { return nil }
        return from
    }

    /// 较上年的19.2万元增长64.6%: `a` is last year's value when a comparison
    /// and 的 come right before it and a change right after.
    private func explicitPrevious(_ chars: [Unicode.Scalar], _ a: FoundFigure, _ change: FoundFigure)
        -> (verbStart: Int, increase: Bool, comparisonStart: Int)? {
        let p = a.range.lowerBound
        guard p > 0, words.particle.contains(chars[p - 1]), let comparison = phrase(words.comparisons, chars, endingAt: p - 1),
              let verb = changeVerb(chars, endingAt: change.range.lowerBound), verb.start == a.range.upperBound else { return nil }
        return (verb.start, verb.increase, comparison)
    }

    /// The word of change (with 了) that ends right at `end`.
    private func changeVerb(_ chars: [Unicode.Scalar], endingAt end: Int) -> (start: Int, increase: Bool)? {
        var e = end
        if let l = phrase(words.afterChange, chars, endingAt: e) { e = l }
        if let s = phrase(words.increase, chars, endingAt: e) { return (s, true) }
        if let s = phrase(words.decrease, chars, endingAt: e) { return (s, false) }
        return nil
    }

    /// 较上年增长8.58%: a change against last year right before `f`.
    private func comparedChange(_ chars: [Unicode.Scalar], _ f: FoundFigure, floor: Int)
        -> (verbStart: Int, increase: Bool, comparisonStart: Int)? {
        guard !f.isChinese, let verb = changeVerb(chars, endingAt: f.range.lowerBound),
              let comparison = phrase(words.comparisons, chars, endingAt: verb.start, floor: floor) else { return nil }
        return (verb.start, verb.increase, comparison)
    }

    /// 上年 values that `change` after `base` may come from, best first:
    /// the exact one at the precision `base` is written with, then its neighbours.
    private func recoveredPrevious(_ baseText: String, _ change: Quantity, increase: Bool) -> [String] {
        guard let base = quantity(baseText), base.approximation == nil else { return [] }
        let scale = DecimalText.power10(base.magnitude.exponent)
        let sign: Decimal = increase ? 1 : -1
        var exact: Decimal
        if change.isPercent {
            let factor = 1 + sign * change.amount / 100
            guard !factor.isZero else { return [] }
            exact = base.value / factor / scale
        } else if change.unit == words.percentagePoints {
            exact = base.amount - sign * change.amount
        } else {
            exact = (base.value - sign * change.value) / scale
        }
        // At the precision 本年 is written with, then one or two digits more
        // when a rounded 上年 is too coarse to give the printed rate.
        // A difference is exact: 上年 has the digits of both numbers (27万元 − 4.5万元 = 22.5万元).
        let shown = change.isPercent ? Self.decimals(of: base) : max(Self.decimals(of: base), Self.decimals(of: change))
        var amounts: [Decimal] = []
        for digits in change.isPercent ? [shown, shown + 1, shown + 2] : [shown] {
            let rounded = DecimalText.rounded(exact, digits: digits)
            let step = Decimal(sign: .plus, exponent: -digits, significand: 1)
            for a in change.isPercent ? [rounded, rounded - step, rounded + step] : [rounded] where !amounts.contains(a) {
                amounts.append(a)
            }
        }
        let unit = base.magnitude.symbol + base.unit
        return amounts.filter { $0 > 0 || !change.isPercent }.map { DecimalText.plain($0) + unit }
    }

    /// Digits after the point in how `q` is written.
    static func decimals(of q: Quantity) -> Int {
        let text = DecimalText.plain(q.amount)
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// Binds the change figure `change` to metric `m`: tries each 上年 in
    /// `previous` and each way of writing the change, keeps the first that
    /// prints back exactly. When none does, the change stays text with the
    /// reason, and `m` keeps no 上年.
    private mutating func bindChange(_ m: Int, previous: [String], explicit: FigureID?, change: FigureID, verbStart: Int) -> Bool {
        let slot = slots[change.slot]
        let f = slot.scan.figures[change.index]
        let verbSpan = String(scalars: slot.chars[verbStart..<f.range.upperBound])
        let digits = Self.decimals(of: f.quantity)
        let precision: Int? = f.quantity.isPercent && digits != 1 ? min(digits, 6) : nil
        for p in previous {
            guard let fields = Self.render(current: planned[m].current, previous: p, precision: precision) else { continue }
            // 增长8.58% as the metric's 增幅; 增长了8.58% with its rate; then the same for amounts.
            // A rate as 增幅, an amount or points as 变化; the signed fields for 增长了.
            let worded: [String] = f.quantity.isPercent
                ? [MetricField.rateWording, MetricField.change] : [MetricField.change, MetricField.rateWording]
            let tries: [(String, Range<Int>, String)] = worded.map { ($0, verbStart..<f.range.upperBound, verbSpan) } + [
                (MetricField.rate, f.range, f.text),
                (MetricField.difference, f.range, f.text),
            ]
            for (field, range, text) in tries where fields[field] == text {
                planned[m].previous = p
                planned[m].precision = precision
                var figures = [change]
                if let explicit {
                    planned[m].uses.append(Use(slot: change.slot, range: slot.scan.figures[explicit.index].range,
                                               field: MetricField.previous, figures: [explicit]))
                    figures.append(explicit)
                }
                planned[m].uses.append(Use(slot: change.slot, range: range, field: field, figures: [change]))
                return true
            }
        }
        if let explicit { kept[explicit] = .notReproducible("上年数“\(slot.scan.figures[explicit.index].text)”与后面的增减对不上") }
        kept[change] = .notReproducible("增减“\(verbSpan)”" + (previous.isEmpty ? "没有可以还原的上年数" : "按任何上年数和精度都写不出同样的数字"))
        return false
    }

    /// Whether percentage `f` is a ratio: its name ends with 率 or 占比, or
    /// 占……的 comes right before it.
    private func isRatio(_ chars: [Unicode.Scalar], _ f: FoundFigure, ownName: String?) -> Bool {
        if let n = ownName, words.ratioNames.phrases.contains(where: { n.hasSuffix($0) }) { return true }
        guard let end = phrase(words.shareEnd, chars, endingAt: f.range.lowerBound) else { return false }
        var s = end - 1
        while s > 0 && end - s <= 12 && !MetricNamer.marks.contains(chars[s]) {
            if words.share.match(chars, at: s, end: end) != nil { return true }
            s -= 1
        }
        return false
    }

    /// Makes percentage `f` a formula over two metrics of its sentence: the
    /// latest as the part, an earlier one as the whole, when the ratio
    /// printed at `f`'s precision is exactly `f`. Returns the new metric.
    private mutating func bindRatio(_ f: FoundFigure, id: FigureID, ownName: String?, bases: [Int]) -> Int? {
        guard let part = bases.last, let a = quantity(planned[part].current), !a.isPercent else { return nil }
        let digits = Self.decimals(of: f.quantity)
        let precision: Int? = digits != 1 ? min(digits, 6) : nil
        let percent = f.quantity.unit
        // The whole is one of the few figures just before: a long sentence is not searched through.
        for whole in bases.dropLast().suffix(8).reversed() {
            guard let b = quantity(planned[whole].current), b.dimension == a.dimension, b.value >= a.value, !b.value.isZero else { continue }
            let loc = SourceLocation(line: 1, column: 1)
            let defs = [
                MetricDefinition(name: "甲", at: loc, current: .init(planned[part].current, at: loc)),
                MetricDefinition(name: "乙", at: loc, current: .init(planned[whole].current, at: loc)),
                MetricDefinition(name: "丙", at: loc, current: .init("=甲/乙*100" + percent, at: loc),
                                 precision: precision.map { .init(String($0), at: loc) }),
            ]
            let (table, problems) = MetricTable.evaluating(defs)
            guard problems.isEmpty, table.value(of: "丙")?.current?.description == f.text else { continue }
            let own = ownName.flatMap { n in words.ratioNames.contains(n) ? nil : n }
            let name = own ?? planned[part].name + "占比"
            planned.append(Planned(
                name: name, words: own ?? name, part: slots[id.slot].part, current: f.text, precision: precision,
                ratio: (part, whole, percent), uses: [Use(slot: id.slot, range: f.range, field: "", figures: [id])], origin: id))
            return planned.count - 1
        }
        return nil
    }

    /// The text fields of one metric with these values, or `nil` when they do not evaluate.
    static func render(current: String, previous: String?, precision: Int?) -> [String: String]? {
        let loc = SourceLocation(line: 1, column: 1)
        let def = MetricDefinition(
            name: "甲", at: loc, current: .init(current, at: loc), previous: previous.map { .init($0, at: loc) },
            precision: precision.map { .init(String($0), at: loc) })
        let (table, problems) = MetricTable.evaluating([def])
        guard problems.isEmpty, let v = table.value(of: "甲") else { return nil }
        return Dictionary(v.textFields.map { ($0.field, $0.text) }, uniquingKeysWith: { a, _ in a })
    }
}
