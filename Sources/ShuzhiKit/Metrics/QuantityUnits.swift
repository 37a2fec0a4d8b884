/// The units a quantity may carry, and the one place that lists them.
///
/// A closed list, so that `3个村级阵地` is caught as a unit followed by
/// stray words instead of being read as the unit “个村级阵地”.
public enum QuantityUnits {
    /// Every accepted unit, without the magnitude prefixes 万 and 亿 (which
    /// combine with any of them except the percentage units).
    public static let all: [String] = [
        // people and households
        "名", "人", "人次", "户", "户次", "位", "家", "对",
        // counts of things and events
        "个", "次", "场", "场次", "期", "批", "批次", "轮", "届", "项", "件", "起", "宗", "例",
        "条", "处", "张", "份", "篇", "本", "册", "部", "套", "台", "辆", "车次", "座",
        "栋", "幢", "间", "所", "支", "队", "组", "类", "种", "块", "片", "幅", "面",
        "堂", "节", "课", "课时", "笔", "棵", "株", "头", "只", "口", "眼", "盏", "根",
        "村", "镇", "社区", "单", "首", "条次", "门", "期次",
        // time
        "年", "月", "周", "天", "日", "小时", "分钟", "学时", "岁",
        // money, length, area, volume, weight, power
        "元", "美元", "公里", "千米", "米", "平方米", "平米", "平方公里", "㎡", "亩",
        "公顷", "立方米", "方", "吨", "千克", "公斤", "斤", "千瓦", "度", "兆瓦",
        // ratios
        "%", "％", "‰", "个百分点", "倍", "成",
        // scores
        "分",
    ]

    /// Units that do not take 万 or 亿.
    static let ratioUnits: Set<String> = ["%", "％", "‰", "个百分点", "倍", "成"]

    /// Longest first, so that `个百分点` wins over `个` and `平方米` over `平米`.
    static let byLength: [[Character]] = all.map(Array.init).sorted { $0.count > $1.count }

    /// `byLength` by first character, each list in `byLength` order: a
    /// quantity's unit is looked for among the few units that start with
    /// its first character, not compared with every unit.
    static let byFirst: [Character: [[Character]]] = Dictionary(grouping: byLength) { $0[0] }

    /// The longest known unit that `rest` starts with.
    static func longestPrefix(of rest: ArraySlice<Character>) -> String? {
        guard let first = rest.first, let units = byFirst[first] else { return nil }
        for unit in units where rest.starts(with: unit) { return String(unit) }
        return nil
    }
}
