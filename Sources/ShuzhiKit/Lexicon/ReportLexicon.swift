/// What shuzhi knows about how reports are worded: the openers of each
/// part, heading words, salutations and name lines, numbering words, count
/// claims, legitimate reduplication, the evidence for township, organ or
/// village reports, and the words around figures.
///
/// It is data (`Templates/词表.yaml`, compiled into the binary), and a
/// template folder may add its own `词表.yaml`. The outline reader, the
/// checks and import ask it; they hold no phrase lists of their own.
public final class ReportLexicon: Sendable, Hashable {
    /// A short line recognized by words and a length limit.
    public struct LineRule: Sendable, Hashable {
        /// The most characters the line may have.
        public var maxLength: Int
        /// The line contains one of these.
        public var contains: PhraseSet
        /// The line contains none of these.
        public var excludes: PhraseSet
        /// Labels that open the line (述职人：).
        public var labels: PhraseSet
        /// Words that open the line.
        public var openers: PhraseSet
        /// Posts (书记, 局长) that a name follows in a title.
        public var posts = PhraseSet()
        /// Words that may follow a name in a title (年度, 同志, 述职).
        public var afterName = PhraseSet()
        /// A closing's pledge that names the report (以这次述职为新的起点), which
        /// closes it even in a longer sentence.
        public var pledges = PhraseSet()
    }

    /// How a part is named and opened.
    public struct PartWords: Sendable, Hashable {
        /// Words of a level-1 heading that name the part.
        public var headingWords: PhraseSet
        /// Phrases that open a paragraph of the part.
        public var openers: PhraseSet
    }

    /// Evidence for the rectification of last year's problems.
    public struct RectificationWords: Sendable, Hashable {
        public var part: PartWords
        /// Words pointing back to last year's findings (去年, 述职评议).
        public var backReference: PhraseSet
        /// Words of putting right (整改, 整治).
        public var rectify: PhraseSet
        /// Phrases naming the rectification itself (整改情况).
        public var phrases: PhraseSet
    }

    /// Evidence for the problems part.
    public struct ProblemWords: Sendable, Hashable {
        public var part: PartWords
        /// Negative judgements of the work (不足, 差距, 不够, 有待加强).
        public var evaluation: PhraseSet
        /// A concession that a turn follows (虽然, 尽管).
        public var concession: PhraseSet
        /// The turn after a concession (但, 仍).
        public var turn: PhraseSet
        /// A turn that opens a paragraph by itself (但是, 然而).
        public var openingTurn: PhraseSet
        /// A look back or a comparison (回顾, 对照, 检视).
        public var review: PhraseSet
        /// A summing-up (总之, 总的来看).
        public var summary: PhraseSet
        /// An announcement of points (主要表现在, 具体讲).
        public var enumeration: PhraseSet
    }

    /// Evidence for the cause analysis.
    public struct CauseWords: Sendable, Hashable {
        public var part: PartWords
        /// Words that say "cause" in an opening sentence (原因, 根源).
        public var phrases: PhraseSet
        /// 产生, 出现, 存在 … as in 产生这些问题的原因.
        public var problemVerbs: PhraseSet
        /// 这些, 以上, 上述.
        public var pointers: PhraseSet
        /// Sub-headings under 存在问题及原因 that head the problems.
        public var problemSubheadings: PhraseSet
        /// Sub-headings that head the causes.
        public var causeSubheadings: PhraseSet
    }

    /// Evidence for the next steps.
    public struct NextStepWords: Sendable, Hashable {
        public var part: PartWords
        /// Forward-looking time words (下一步, 今后, 新的一年).
        public var horizon: PhraseSet
        /// Words of intent (将, 继续, 着力).
        public var intent: PhraseSet
        /// Words that turn to the problems just named (针对, 围绕).
        public var addressing: PhraseSet
        /// Words pointing to the problems just named (上述问题).
        public var problemPointers: PhraseSet
    }

    /// Items named by aspect rather than number: [before] word suffix，
    /// (从主观上看， 客观上， 从工作方法上看，).
    public struct AspectWords: Sendable, Hashable {
        /// What may come first (从, 在).
        public var before: PhraseSet
        /// The aspects (主观, 客观, 思想认识).
        public var words: PhraseSet
        /// What follows the aspect (上看, 来看, 上, 方面).
        public var after: PhraseSet
        /// 在理论学习上，: any short name between these two words.
        public var openBefore = PhraseSet()
        public var openAfter = PhraseSet()
        public var openMaxLength = 0
        /// Words that make 在……上 a phrase, not an aspect (在此基础上).
        public var openExcludes = PhraseSet()
    }

    /// Words that announce a count (从三个方面, 以下四点, “三个聚焦”).
    public struct CountWords: Sendable, Hashable {
        public var before: PhraseSet
        public var after: PhraseSet
        /// After a number, announcing a list with no word before it
        /// (两个方面的原因, 指出的三个问题).
        public var standalone: PhraseSet
        public var quotedAfter: ScalarSet
        /// What follows a quoted count to introduce its list (：, 即).
        public var introducers: PhraseSet
        public var joiners: PhraseSet
        public var incomplete: PhraseSet
        /// Fixed expressions with a number that announce no list (四个意识).
        public var slogans: PhraseSet
    }

    /// Legitimate reduplication.
    public struct ReduplicationWords: Sendable, Hashable {
        /// Characters whose doubling is a word (层层, 村村, 常常).
        public var characters: ScalarSet
        /// Verbs whose AA form is usual (看看, 读读, 议议).
        public var verbs: ScalarSet
        /// Two-character words whose ABAB form is usual (研究研究).
        public var pairs: PhraseSet
        /// Idioms and fixed phrases with a doubled character.
        public var idioms: PhraseSet
        /// Suffixes that always end a word (深化|化解).
        public var suffixes: ScalarSet
        /// Two-character words, to tell `学习|习近平` from a slip.
        public var words: PhraseSet
        /// Characters before a doubling that make it usual (一个个, 一步一步).
        public var leads = ScalarSet()
    }

    /// Evidence that a report is of one template's kind.
    public struct KindWords: Sendable, Hashable {
        /// In the title, name line or opening: strong evidence.
        public var head: PhraseSet
        /// In the body: weak evidence, counted.
        public var body: PhraseSet
        /// Bodies a report is made to (镇党委): a village's superior.
        public var superiors: PhraseSet
        public var superiorBefore: PhraseSet
        public var superiorAfter: PhraseSet
    }

    /// Every kind's words of one family in one set, each phrase mapped to
    /// its kind, so that a text is scanned once for all kinds.
    public struct KindIndex: Sendable, Hashable {
        let set: PhraseSet
        let kindOf: [String: String]

        init(_ kinds: [String: KindWords], _ family: KeyPath<KindWords, PhraseSet>) {
            var kindOf: [String: String] = [:]
            for (id, words) in kinds.sorted(by: { $0.key < $1.key }) {
                for w in words[keyPath: family].phrases where kindOf[w] == nil { kindOf[w] = id }
            }
            self.kindOf = kindOf
            set = PhraseSet(kindOf.keys.sorted())
        }

        /// How often each kind's words occur in `chars`: at each position the
        /// longest word of any kind wins, so 村党支部书记 counts for the village
        /// and not also as an organ's 党支部书记.
        func counts(_ chars: [Unicode.Scalar]) -> [String: Int] {
            var result: [String: Int] = [:]
            var i = 0
            while i < chars.count {
                if let n = set.match(chars, at: i) {
                    result[kindOf[String(scalars: chars[i..<(i + n)])]!, default: 0] += 1
                    i += n
                } else {
                    i += 1
                }
            }
            return result
        }
    }

    /// The words around a year that tell a past event (成立于2016年) or a
    /// span (2021—2025年, 2019年以来) from a year the text is about.
    public struct YearWords: Sendable, Hashable {
        /// Marks joining two years into a span.
        public var span: ScalarSet
        /// Characters before a year that count from it (自2019年).
        public var sinceBefore: ScalarSet
        /// Words right after 年 that count from it (以来, 起).
        public var sinceAfter: PhraseSet
        /// Words in the same clause that tell a past event (成立, 换届).
        public var pastEvents: PhraseSet
        /// What follows a year's digits (2024年).
        public var yearMark = ScalarSet()
    }

    /// The words around figures, for `import --metrics`: what counts as a
    /// figure, how it is named, and the phrases that derive one figure from
    /// another (较上年增长8.6%, 由3名增加到5名, 占……的30%).
    public struct MetricWords: Sendable, Hashable {
        /// Between a name and its number (达, 为, 共).
        public var linking: [String]
        /// Words that end with a linking character but are words (平均).
        public var wordsEndingInLinking: [String]
        public var clauseStarts: [String]
        /// Clause starts that are verbs (开展): cut only before a longer name.
        public var clauseStartVerbs: Set<String>
        public var namesWithClauseStarts: [String]
        /// Words of increase (增长, 增加, 提高).
        public var increase: PhraseSet
        /// Words of decrease (下降, 减少).
        public var decrease: PhraseSet
        /// After a word of change (了).
        public var afterChange: PhraseSet
        /// The base of a year-on-year change (较上年, 同比).
        public var comparisons: PhraseSet
        /// Words for last year (上年, 去年).
        public var lastYear: PhraseSet
        /// 由 in 由3名增加到5名.
        public var from: PhraseSet
        /// Between 由 and the number (由平均19块).
        public var afterFrom: PhraseSet
        /// 到 in 由3名增加到5名.
        public var to: PhraseSet
        /// 占 in 占党员总数的30%.
        public var share: PhraseSet
        /// 的 in 占党员总数的30%.
        public var shareEnd: PhraseSet
        /// Endings of a ratio's name (率, 占比).
        public var ratioNames: PhraseSet
        /// A unit's measure, to tell apart two figures of one name (天 → 天数).
        public var unitMeasures: [String: String]
        /// A part's word for its figures, to tell apart figures of one name
        /// in different parts (下一步 → 计划).
        public var partQualifiers: [String: String]
        public var countingVerbs: Set<String>
        /// Verbs that name an amount by themselves (投入25万元).
        public var nounVerbs: Set<String>
        public var leadingFunctionWords: ScalarSet
        public var fixedWords: Set<String>
        public var notNames: Set<String>
        /// A name holding one of these is no name (等 lists examples).
        public var notInNames: PhraseSet
        /// A name starting with one of these is a target or a bound (每村, 以下).
        public var notNameStarts: PhraseSet
        /// A name ending with one of these is half a clause (对, 的).
        public var notNameEnds: PhraseSet
        /// After a number: a bound (35岁以下).
        public var bounds: PhraseSet
        /// After a bound: it belongs to a name (10万元以上的村).
        public var boundEnds: PhraseSet
        /// Before a number followed by 的: a bound too (超过20万元的村).
        public var boundStarts: PhraseSet
        /// Units whose bound always names a group (35岁以下党员).
        public var boundUnits: Set<String>
        /// Units of dates (年, 月, 日).
        public var dateUnits: ScalarSet
        /// Marks of an approximate number (60余次).
        public var approximate: ScalarSet
        /// Before a number, an approximate one (约90人次).
        public var about = ScalarSet()
        /// The particle between an attribute and its noun (的).
        public var particle = ScalarSet()
        /// A numeral that alone is an article (一个), and numerals that start idioms (百家).
        public var articleNumerals = ScalarSet()
        public var idiomNumerals = ScalarSet()
        /// 其中 (part of the figure before), 的有 (those who are so), 等 (a list before it), 每 (a rate).
        public var partOf = PhraseSet()
        public var owned = PhraseSet()
        public var etcetera = ScalarSet()
        public var per = PhraseSet()
        /// 中 after a noun ends it (7名委员中).
        public var within = ScalarSet()
        /// The unit of a change of a percentage (个百分点).
        public var percentagePoints = ""
        /// Where the noun after a number ends (和, 的).
        public var nounStops: ScalarSet
        /// Words where the noun after a number ends (参加, 全部).
        public var nounStopWords: PhraseSet
        /// Characters a noun after a number may end with (项目, 党员).
        public var nounEnds: ScalarSet
        /// Characters no noun after a number starts with (412户中有).
        public var notNounStarts: ScalarSet
        /// After 中, characters that make a word with it (中心): no cut there.
        public var wordsWithZhong: ScalarSet
        /// Units of measure: their figure is named by the words before it (投入资金97万元).
        public var measureUnits: Set<String>
        public var unitCharacters: ScalarSet
        /// Counters after a Chinese numeral that make it a figure (三个村).
        public var counters: PhraseSet
        /// Before a Chinese numeral: a rank, not a figure (排后三位).
        public var rankWords: PhraseSet
        /// Fixed expressions with a number that are no figure (24小时值守).
        public var notFigures: PhraseSet
        /// Between the two ends of a range (2至3个).
        public var rangeJoiners: PhraseSet
    }

    public let title: LineRule
    public let nameLine: LineRule
    public let salutation: LineRule
    public let selfIntroduction: LineRule
    public let signature: LineRule
    /// The most signature lines at the end.
    public let signatureLines: Int
    public let closing: LineRule
    /// Words that open an appendix after the report (附：).
    public let appendixOpeners: PhraseSet
    /// Words that join two parts in one heading (存在的问题及原因).
    public let headingJoiners: PhraseSet
    /// Words of an opening paragraph (根据, 现将, 报告如下).
    public let openingWords: PhraseSet

    public let achievements: PartWords
    public let rectification: RectificationWords
    public let problems: ProblemWords
    public let causes: CauseWords
    public let nextSteps: NextStepWords

    /// Characters after which a run-in marker may start (。；：，).
    public let runInBoundary: ScalarSet
    /// 首先, 其次, 再次, 最后 and their variants, with their numbers (最后 is 99).
    public let sequenceWords: [(word: String, number: Int)]
    /// The sequence words in one set, and each one's number.
    let sequenceSet: PhraseSet
    let sequenceNumbers: [String: Int]
    /// Items named by aspect (从主观上看，), in no order.
    public let aspects: AspectWords
    /// Labels numbered one a paragraph (问题1：).
    public let itemLabels: PhraseSet
    /// Counters between 第一 and its comma (第一件事，第二个方面，).
    public let ordinalCounters: PhraseSet
    /// Words before 第 that keep it a marker (对第一个问题，).
    public let ordinalPrefixes: PhraseSet
    /// Lengths that tell unnumbered items and headings by their form (版式).
    public struct LayoutLengths: Sendable, Hashable {
        /// A topic sentence that names an item (始终把政治建设放在首位。).
        public var topicSentence: Int
        /// How much parallel topic sentences of two clauses may differ.
        public var topicSpread: Int
        /// A label before a colon that names an item (强化引领：).
        public var label: Int
        /// A slogan heading known by its form alone.
        public var sloganHeading: Int
        /// A name in brackets that numbers an item (【把方向】).
        public var bracketed: Int
    }
    public let layout: LayoutLengths
    /// 第 of an ordinal (第一，第一部分); what makes 一是/一要 of a numeral; what runs a
    /// marker into its sentence (第一是, 首先是, 主观上是).
    public let ordinalMarks: ScalarSet
    public let shiSuffixes: ScalarSet
    public let runOnMarks: ScalarSet
    /// Words that open each item of an unnumbered list alike (针对).
    public let parallelOpeners: PhraseSet
    /// What follows 第一 in a part heading (第一部分　履职情况).
    public let partOrdinals: PhraseSet

    public let counts: CountWords
    public let reduplication: ReduplicationWords
    /// Prepositions a paragraph may open with before its telling words (在, 从).
    public let leadingPrepositions: PhraseSet
    /// Prompts of unfilled brackets (【待补充】).
    public let placeholderPrompts: PhraseSet
    /// Characters shown with a placeholder in its message (**村).
    public let placeholderUnits: ScalarSet
    /// Evidence per template id (township, organ, village).
    public let kinds: [String: KindWords]
    /// The kinds' title-and-opening words in one index.
    public let kindHeads: KindIndex
    /// The kinds' body words in one index.
    public let kindBodies: KindIndex
    public let metrics: MetricWords
    public let years: YearWords

    /// The source it was compiled from; equality and hashing use it.
    let source: LexiconSource

    // A class, not a struct: every checked paragraph carries the lexicon,
    // and a reference costs one retain where this many fields would cost dozens.

    public static func == (a: ReportLexicon, b: ReportLexicon) -> Bool { a.source == b.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

    /// Compiles a source into the families.
    init(_ s: LexiconSource) {
        func set(_ path: String) -> PhraseSet { PhraseSet(s.words(path)) }
        func rule(_ prefix: String, contains: String? = nil, excludes: String? = nil, labels: String? = nil, openers: String? = nil)
            -> LineRule {
            LineRule(
                maxLength: s.number(prefix + ".最长"),
                contains: contains.map { set(prefix + "." + $0) } ?? PhraseSet(),
                excludes: excludes.map { set(prefix + "." + $0) } ?? PhraseSet(),
                labels: labels.map { set(prefix + "." + $0) } ?? PhraseSet(),
                openers: openers.map { set(prefix + "." + $0) } ?? PhraseSet())
        }
        title = rule("标题", contains: "含", excludes: "不含")
        var name = rule("署名行", labels: "标签")
        name.posts = set("署名行.职务")
        name.afterName = set("署名行.姓名后")
        nameLine = name
        salutation = rule("称呼", contains: "含")
        selfIntroduction = rule("自我介绍", openers: "开头")
        signature = rule("落款")
        signatureLines = s.number("落款.最多行数")
        var closingRule = LineRule(
            maxLength: Int.max, contains: set("结束语.含"), excludes: PhraseSet(), labels: PhraseSet(),
            openers: set("结束语.开头"))
        closingRule.pledges = set("结束语.表态")
        closing = closingRule
        openingWords = set("开头.说法")
        appendixOpeners = set("附录.开头")
        headingJoiners = set("数目.标题连接")

        let p = "部分."
        achievements = PartWords(headingWords: set(p + "履职情况.标题词"), openers: PhraseSet())
        rectification = RectificationWords(
            part: PartWords(headingWords: set(p + "整改情况.标题词"), openers: set(p + "整改情况.开头")),
            backReference: set(p + "整改情况.回指"), rectify: set(p + "整改情况.整改"), phrases: set(p + "整改情况.说法"))
        problems = ProblemWords(
            part: PartWords(headingWords: set(p + "存在问题.标题词"), openers: set(p + "存在问题.开头")),
            evaluation: set(p + "存在问题.评价"), concession: set(p + "存在问题.让步"), turn: set(p + "存在问题.转折"),
            openingTurn: set(p + "存在问题.转折开头"), review: set(p + "存在问题.检视"), summary: set(p + "存在问题.归纳"),
            enumeration: set(p + "存在问题.列举"))
        causes = CauseWords(
            part: PartWords(headingWords: set(p + "原因.标题词"), openers: set(p + "原因.开头")),
            phrases: set(p + "原因.说法"), problemVerbs: set(p + "原因.问题动词"), pointers: set(p + "原因.指代"),
            problemSubheadings: set(p + "原因.问题小标题"), causeSubheadings: set(p + "原因.原因小标题"))
        nextSteps = NextStepWords(
            part: PartWords(headingWords: set(p + "下一步.标题词"), openers: set(p + "下一步.展望")),
            horizon: set(p + "下一步.展望"), intent: set(p + "下一步.打算"), addressing: set(p + "下一步.针对"),
            problemPointers: set(p + "下一步.指代问题"))

        runInBoundary = s.characters("编号.连排前")
        leadingPrepositions = set("段首介词")
        placeholderPrompts = set("占位符.提示")
        placeholderUnits = s.characters("占位符.单位字")
        let sequence = s.words("编号.首先").map { ($0, 1) } + s.words("编号.其次").map { ($0, 2) }
            + s.words("编号.再次").map { ($0, 3) } + s.words("编号.最后").map { ($0, 99) }
        sequenceSet = PhraseSet(sequence.map(\.0))
        sequenceNumbers = Dictionary(sequence, uniquingKeysWith: { a, _ in a })
        sequenceWords = s.words("编号.首先").map { ($0, 1) } + s.words("编号.其次").map { ($0, 2) }
            + s.words("编号.再次").map { ($0, 3) } + s.words("编号.最后").map { ($0, 99) }

        var aspects = AspectWords(before: set("编号.方面.前"), words: set("编号.方面.词"), after: set("编号.方面.后"))
        aspects.openBefore = set("编号.方面.任意.前")
        aspects.openAfter = set("编号.方面.任意.后")
        aspects.openMaxLength = s.number("编号.方面.任意.最长")
        aspects.openExcludes = set("编号.方面.任意.不含")
        self.aspects = aspects
        itemLabels = set("编号.标签")
        ordinalCounters = set("编号.第几后")
        ordinalPrefixes = set("编号.第几前")
        partOrdinals = set("编号.部分")
        parallelOpeners = set("编号.并列")
        ordinalMarks = s.characters("编号.序数")
        shiSuffixes = s.characters("编号.一是")
        runOnMarks = s.characters("编号.接句")
        layout = LayoutLengths(
            topicSentence: s.number("版式.主题句最长"), topicSpread: s.number("版式.主题句长短差"), label: s.number("版式.标签最长"),
            sloganHeading: s.number("版式.口号标题最长"), bracketed: s.number("版式.方括号最长"))
        counts = CountWords(
            before: set("数目.前"), after: set("数目.后"), standalone: set("数目.自足"), quotedAfter: s.characters("数目.引号后"), introducers: set("数目.引出"),
            joiners: set("数目.连接"), incomplete: set("数目.未尽"), slogans: set("数目.固定说法"))
        var reduplication = ReduplicationWords(
            characters: s.characters("叠词.单字"), verbs: s.characters("叠词.动词"), pairs: set("叠词.双字"),
            idioms: set("叠词.成语"), suffixes: s.characters("叠词.后缀"), words: set("叠词.词语"))
        reduplication.leads = s.characters("叠词.前字")
        self.reduplication = reduplication

        var kinds: [String: KindWords] = [:]
        for id in s.children(of: "报告类别") {
            let k = "报告类别." + id + "."
            let has = { (name: String) in s.lists[k + name] != nil }
            kinds[id] = KindWords(
                head: set(k + "题头"), body: set(k + "正文"),
                superiors: has("上级") ? set(k + "上级") : PhraseSet(),
                superiorBefore: has("上级前") ? set(k + "上级前") : PhraseSet(),
                superiorAfter: has("上级后") ? set(k + "上级后") : PhraseSet())
        }
        self.kinds = kinds
        kindHeads = KindIndex(kinds, \.head)
        kindBodies = KindIndex(kinds, \.body)

        func pairs(_ path: String) -> [String: String] {
            var out: [String: String] = [:]
            for w in s.words(path) {
                let kv = w.split(separator: "=", maxSplits: 1).map(String.init)
                if kv.count == 2, out[kv[0]] == nil { out[kv[0]] = kv[1] }
            }
            return out
        }
        let m = "指标."
        var metrics = MetricWords(
            linking: s.words(m + "连接"), wordsEndingInLinking: s.words(m + "含连接字的词"), clauseStarts: s.words(m + "句首"), clauseStartVerbs: Set(s.words(m + "句首动词")), namesWithClauseStarts: s.words(m + "含句首的名字"),
            increase: set(m + "增加"), decrease: set(m + "减少"), afterChange: set(m + "增减后"),
            comparisons: set(m + "比较"), lastYear: set(m + "上年"), from: set(m + "由"), afterFrom: set(m + "由后"), to: set(m + "到"),
            share: set(m + "占"), shareEnd: set(m + "占后"), ratioNames: set(m + "比例名"),
            unitMeasures: pairs(m + "单位说法"), partQualifiers: pairs(m + "部分说法"),
            countingVerbs: Set(s.words(m + "计数动词")), nounVerbs: Set(s.words(m + "名词性动词")),
            leadingFunctionWords: s.characters(m + "前置虚词"), fixedWords: Set(s.words(m + "固定词")),
            notNames: Set(s.words(m + "不是名字")), notInNames: set(m + "名字不含"), notNameStarts: set(m + "名字不以此开头"),
            notNameEnds: set(m + "名字不以此结尾"), bounds: set(m + "界限"), boundEnds: set(m + "界限后"), boundStarts: set(m + "界限前"),
            boundUnits: Set(s.words(m + "界限单位")), dateUnits: s.characters(m + "日期字"),
            approximate: s.characters(m + "约数字"), nounStops: s.characters(m + "名词止"),
            nounStopWords: set(m + "名词后止词"), nounEnds: s.characters(m + "名词尾字"),
            notNounStarts: s.characters(m + "名词不以此开头"), wordsWithZhong: s.characters(m + "中后不切"),
            measureUnits: Set(s.words(m + "量的单位")), unitCharacters: s.characters(m + "单位字"),
            counters: set(m + "量词"), rankWords: set(m + "名次前"), notFigures: set(m + "固定说法"), rangeJoiners: set(m + "范围"))
        metrics.about = s.characters(m + "约前")
        metrics.particle = s.characters(m + "的字")
        metrics.articleNumerals = s.characters(m + "冠词数")
        metrics.idiomNumerals = s.characters(m + "成语数")
        metrics.partOf = set(m + "其中")
        metrics.owned = set(m + "的有")
        metrics.etcetera = s.characters(m + "等")
        metrics.per = set(m + "每")
        metrics.within = s.characters(m + "中字")
        metrics.percentagePoints = s.words(m + "百分点").first ?? ""
        self.metrics = metrics
        var years = YearWords(
            span: s.characters("年份.区间"), sinceBefore: s.characters("年份.从前"),
            sinceAfter: set("年份.从后"), pastEvents: set("年份.往事"))
        years.yearMark = s.characters("年份.年字")
        self.years = years
        source = s
    }

    /// The words of a part's heading and openers, by kind.
    public func partWords(_ kind: PartKind) -> PartWords? {
        switch kind {
        case .achievements: achievements
        case .rectification: rectification.part
        case .problems: problems.part
        case .causes: causes.part
        case .nextSteps: nextSteps.part
        default: nil
        }
    }
}
