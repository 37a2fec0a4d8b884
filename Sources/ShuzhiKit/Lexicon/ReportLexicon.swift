/// What shuzhi knows about how reports are worded: the openers of each
/// part, heading words, salutations and name lines, numbering words, count
/// claims, legitimate reduplication, the evidence for township, organ or
/// village reports, and the words around figures.
///
/// It is data (`Templates/词表.yaml`, compiled into the binary), and a
/// template folder may add its own `词表.yaml`. The outline reader, the
/// checks and import ask it; they hold no phrase lists of their own.
public struct ReportLexicon: Sendable, Hashable {
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
        /// Words pointing to the problems just named (上述问题).
        public var problemPointers: PhraseSet
    }

    /// Words that announce a count (从三个方面, 以下四点, “三个聚焦”).
    public struct CountWords: Sendable, Hashable {
        public var before: PhraseSet
        public var after: PhraseSet
        public var quotedAfter: Set<Character>
        public var joiners: PhraseSet
        public var incomplete: PhraseSet
        /// Fixed expressions with a number that announce no list (四个意识).
        public var slogans: PhraseSet
    }

    /// Legitimate reduplication.
    public struct ReduplicationWords: Sendable, Hashable {
        /// Characters whose doubling is a word (层层, 村村, 常常).
        public var characters: Set<Character>
        /// Verbs whose AA form is usual (看看, 读读, 议议).
        public var verbs: Set<Character>
        /// Two-character words whose ABAB form is usual (研究研究).
        public var pairs: PhraseSet
        /// Idioms and fixed phrases with a doubled character.
        public var idioms: PhraseSet
        /// Suffixes that always end a word (深化|化解).
        public var suffixes: Set<Character>
        /// Two-character words, to tell `学习|习近平` from a slip.
        public var words: PhraseSet
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

    /// The words around figures, for `import --metrics`.
    public struct MetricWords: Sendable, Hashable {
        public var linking: [String]
        public var clauseStarts: [String]
        public var namesWithClauseStarts: [String]
        public var changeWords: [String]
        public var countingVerbs: Set<String>
        public var leadingFunctionWords: Set<Character>
        public var fixedWords: Set<String>
        public var notNames: Set<String>
        public var unitCharacters: Set<Character>
    }

    public var title: LineRule
    public var nameLine: LineRule
    public var salutation: LineRule
    public var selfIntroduction: LineRule
    public var signature: LineRule
    /// The most signature lines at the end.
    public var signatureLines: Int
    public var closing: LineRule
    /// Words of an opening paragraph (根据, 现将, 报告如下).
    public var openingWords: PhraseSet

    public var achievements: PartWords
    public var rectification: RectificationWords
    public var problems: ProblemWords
    public var causes: CauseWords
    public var nextSteps: NextStepWords

    /// Characters after which a run-in marker may start (。；：，).
    public var runInBoundary: Set<Character>
    /// 首先, 其次, 再次, 最后 and their variants, with their numbers (最后 is 99).
    public var sequenceWords: [(word: String, number: Int)]

    public var counts: CountWords
    public var reduplication: ReduplicationWords
    /// Evidence per template id (township, organ, village).
    public var kinds: [String: KindWords]
    public var metrics: MetricWords

    /// The source it was compiled from; equality and hashing use it.
    let source: LexiconSource

    public static func == (a: ReportLexicon, b: ReportLexicon) -> Bool { a.source == b.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

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
