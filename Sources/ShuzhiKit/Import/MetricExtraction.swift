/// What `import --metrics` made of a report's figures: the metrics, and
/// every figure it left as text, with why.
struct MetricExtraction: Sendable {
    /// Why a figure stays text.
    enum Reason: Sendable, Hashable {
        /// No words around it say what it counts.
        case noName
        /// One end of a range (2至3个).
        case range
        /// A change (增长12%) with no figure of its own before it to compare.
        case changeWithoutBase
        /// Another figure has the same name, and no words tell them apart.
        case sameName(String)
        /// A change or ratio that no 上年 or precision prints back exactly.
        case notReproducible(String)
        /// A Chinese numeral written otherwise than a draft would print it.
        case chineseSpelling

        /// The reason as the note says it.
        var message: String {
            switch self {
            case .noName: "前后的词说不清它计的是什么，起不出名字"
            case .range: "是一个范围的一端，一个指标只能有一个数"
            case .changeWithoutBase: "是一个增减量，正文里没有它所比较的那个数"
            case .sameName(let name): "另有一个不同的数也叫“\(name)”，正文里找不到区分它们的词"
            case .notReproducible(let what): "\(what)，无法由指标原样算出"
            case .chineseSpelling: "汉字数字的写法与草稿的写法不同"
            }
        }
    }

    /// A figure left as text.
    struct Kept: Sendable, Hashable {
        /// The figure as written.
        var figure: String
        /// The text it is in (one text of the input file, as in the report).
        var text: String
        /// Where the figure starts in `text`, in Characters.
        var offset: Int
        var reason: Reason
    }

    /// The metrics, for the input file's 指标, in order of first use.
    var metrics: [InputField] = []
    /// The figures left as text, in text order.
    var kept: [Kept] = []
    /// How many figures the texts hold (see `FoundFigure`).
    var figureCount = 0
    /// How many of them became a metric's value or a computed reference.
    var convertedCount = 0

    /// `convertedCount / figureCount`; 1 when there is no figure.
    var share: Double { figureCount == 0 ? 1 : Double(convertedCount) / Double(figureCount) }
}
