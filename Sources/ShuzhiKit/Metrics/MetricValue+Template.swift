/// The names templates see for a metric. Stable: README documents them and
/// templates in users' folders depend on them.
public enum MetricField {
    /// 名称: the metric's name.
    public static let name = "名称"
    /// 本年: this year's value as written (`10名`), or computed (`96.6%`).
    public static let current = "本年"
    /// 上年: last year's value, or null.
    public static let previous = "上年"
    /// 单位: the unit with its magnitude as 本年 uses it (`万元`, `名`, `%`).
    public static let unit = "单位"
    /// 约数: true when 本年 is approximate (余, 多, 约).
    public static let approximate = "约数"
    /// 计算: true when 本年 comes from a formula.
    public static let computed = "计算"
    /// 差值: signed difference (`12名`, `-3个`, `2.1个百分点`), or null.
    public static let difference = "差值"
    /// 变化: worded difference (`增加12名`, `减少3个`, `提高2.1个百分点`, `持平`), or null.
    public static let change = "变化"
    /// 增幅: worded rate (`增长8.6%`, `下降3.2%`, `持平`); for a percentage the
    /// same as 变化; null when 上年 is 0 or unknown.
    public static let rateWording = "增幅"
    /// 比率: signed rate (`8.6%`, `-3.2%`); null for percentages, when 上年 is 0 or unknown.
    public static let rate = "比率"
    /// 上升, 下降, 持平: booleans for sections (`{{#X.下降}}…{{/X.下降}}`); false when 上年 is unknown.
    public static let up = "上升"
    /// See `up`.
    public static let down = "下降"
    /// See `up`.
    public static let flat = "持平"
    /// 汉字: 本年 as a count in Chinese numerals (`两个`, `十二名`), as a report
    /// writes small counts; null unless 本年 is a whole number from 1 to
    /// 99999999 without 万 or 亿, not approximate and not a percentage.
    public static let chinese = "汉字"

    /// Every field name, in the order `templateValue()` writes them.
    public static let all = [name, current, previous, unit, approximate, computed,
                             difference, change, rateWording, rate, up, down, flat, chinese]
}

extension Quantity {
    /// The quantity as template text: `description`.
    public func templateValue() -> TemplateValue { .string(description) }

    /// The count in Chinese numerals with its unit (`两个`, `十二名`); `nil`
    /// for anything but a whole number from 1 to 99999999 without 万 or 亿,
    /// exact, and not a ratio (`%`, 倍).
    var chineseCount: String? {
        guard approximation == nil, magnitude == .one, !QuantityUnits.ratioUnits.contains(unit), !unit.isEmpty,
              amount > 0, amount < 100_000_000, let n = Int(DecimalText.plain(amount)) else { return nil }
        return ChineseNumeral.count(n) + unit
    }
}

extension MetricValue {
    /// A map with every key of `MetricField.all`; absent values are null, so
    /// a Mustache section over them is skipped.
    public func templateValue() -> TemplateValue {
        func string(_ s: String?) -> TemplateValue { s.map { .string($0) } ?? .null }
        var m = TemplateMap()
        m[MetricField.name] = .string(name)
        m[MetricField.current] = string(current?.description)
        m[MetricField.previous] = string(previous?.description)
        m[MetricField.unit] = string(unitText)
        m[MetricField.approximate] = .bool(current?.isApproximate ?? false)
        m[MetricField.computed] = .bool(isComputed)
        m[MetricField.difference] = string(change?.signedDifference)
        m[MetricField.change] = string(change?.differenceWording)
        m[MetricField.rateWording] = string(rateWordingText)
        m[MetricField.rate] = string(rateText)
        m[MetricField.up] = .bool(change?.direction == .up)
        m[MetricField.down] = .bool(change?.direction == .down)
        m[MetricField.flat] = .bool(change?.direction == .flat)
        m[MetricField.chinese] = string(current?.chineseCount)
        return .map(m)
    }

    private var unitText: String? { current.map { $0.magnitude.symbol + $0.unit } }
    private var rateWordingText: String? { change.flatMap { $0.isPercent ? $0.differenceWording : $0.rateWording } }
    private var rateText: String? { change.flatMap { $0.isPercent ? nil : $0.signedRate } }

    /// The text of one field of `MetricField.all` (`本年`, `变化`, `汉字`…),
    /// worded only when asked for: a draft names few of a metric's fields.
    /// `nil` for a field without a value, for the booleans and for a name
    /// that is no field.
    public func text(of field: String) -> String? {
        switch field {
        case MetricField.current: current?.description
        case MetricField.name: name
        case MetricField.previous: previous?.description
        case MetricField.unit: unitText
        case MetricField.difference: change?.signedDifference
        case MetricField.change: change?.differenceWording
        case MetricField.rateWording: rateWordingText
        case MetricField.rate: rateText
        case MetricField.chinese: current?.chineseCount
        default: nil
        }
    }

    /// The text fields of `templateValue()` that have a value, in `MetricField.all`
    /// order, for plain `{{指标.字段}}` substitution; booleans and nulls are left out.
    public var textFields: [(field: String, text: String)] {
        MetricField.all.compactMap { field in text(of: field).map { (field, $0) } }
    }
}

extension MetricTable {
    /// A map from each metric's name to its `MetricValue.templateValue()`, in definition order.
    public func templateValue() -> TemplateValue {
        .map(TemplateMap(values.map { ($0.name, $0.templateValue()) }))
    }
}
