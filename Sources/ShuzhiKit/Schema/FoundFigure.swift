/// A figure in report text, as a reviewer counts them: an Arabic number
/// with a unit or counter (10名, 650万元, 约90人次), a percentage (96.6％),
/// or a Chinese numeral with a counter where it plainly counts (两个村).
///
/// Not figures: dates and years (2024年, 3月, 10日), numbering (1.),
/// ordinals (第一书记, 第2名), ranks (排后三位), slogans and names in
/// quotes (四个意识, “一村一品”), counts of what a sentence lists or
/// announces (南坡、后湾两个村民小组; 从三个方面), bounds that name a
/// group (35岁以下党员, 10万元以上的村), fixed expressions (24小时值守),
/// and a lone 一 before a counter (一批, 一次), which is mostly an article.
struct FoundFigure: Sendable, Hashable {
    /// Where it is, in scalar offsets of its text.
    var range: Range<Int>
    /// The figure as written: 10名, 96.6％, 两个.
    var text: String
    /// Its value; for a Chinese numeral, written in Arabic digits (两个 → 2个).
    var quantity: Quantity
    /// Written in Chinese numerals.
    var isChinese: Bool
    /// One end of a range (2至3个), which no single metric can hold.
    var inRange: Bool
}
