extension ReportLexicon {
    /// The built-in lexicon, `Templates/词表.yaml`. It is tested to load; a
    /// failure here is a bug in the shipped file, not in user input.
    public static let builtin: ReportLexicon = {
        do throws(Diagnostic) {
            let source = try LexiconSource.read(BuiltinTemplateFiles.file(builtinPath), schema: nil)
            return ReportLexicon(source)
        } catch {
            preconditionFailure("built-in lexicon does not load: \(DiagnosticPrinter.text(error))")
        }
    }()

    /// The built-in lexicon's file name inside `Templates/`.
    static let builtinPath = "词表.yaml"

    /// This lexicon with the words of a template folder's own `词表.yaml`
    /// added (`text`, named `file` in messages).
    ///
    /// - Throws: a located `Diagnostic` for bad YAML or an item the
    ///   built-in lexicon does not have (with the closest one).
    public func adding(lexiconText text: String, file: String) throws(Diagnostic) -> ReportLexicon {
        do throws(Diagnostic) {
            let more = try LexiconSource.read(text, schema: source)
            return ReportLexicon(source.adding(more))
        } catch {
            throw error.inFile(file)
        }
    }

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
        nameLine = rule("署名行", labels: "标签")
        salutation = rule("称呼", contains: "含")
        selfIntroduction = rule("自我介绍", openers: "开头")
        signature = rule("落款")
        signatureLines = s.number("落款.最多行数")
        closing = LineRule(
            maxLength: Int.max, contains: set("结束语.含"), excludes: PhraseSet(), labels: PhraseSet(),
            openers: set("结束语.开头"))
        openingWords = set("开头.说法")

        let p = "部分."
        achievements = PartWords(headingWords: set(p + "履职情况.标题词"), openers: PhraseSet())
        rectification = RectificationWords(
            part: PartWords(headingWords: set(p + "整改情况.标题词"), openers: set(p + "整改情况.开头")),
            backReference: set(p + "整改情况.回指"), rectify: set(p + "整改情况.整改"), phrases: set(p + "整改情况.说法"))
        problems = ProblemWords(
            part: PartWords(headingWords: set(p + "存在问题.标题词"), openers: set(p + "存在问题.开头")),
            evaluation: set(p + "存在问题.评价"), concession: set(p + "存在问题.让步"), turn: set(p + "存在问题.转折"),
            review: set(p + "存在问题.检视"), summary: set(p + "存在问题.归纳"), enumeration: set(p + "存在问题.列举"))
        causes = CauseWords(
            part: PartWords(headingWords: set(p + "原因.标题词"), openers: set(p + "原因.开头")),
            phrases: set(p + "原因.说法"), problemVerbs: set(p + "原因.问题动词"), pointers: set(p + "原因.指代"),
            problemSubheadings: set(p + "原因.问题小标题"), causeSubheadings: set(p + "原因.原因小标题"))
        nextSteps = NextStepWords(
            part: PartWords(headingWords: set(p + "下一步.标题词"), openers: set(p + "下一步.展望")),
            horizon: set(p + "下一步.展望"), intent: set(p + "下一步.打算"), problemPointers: set(p + "下一步.指代问题"))

        runInBoundary = s.characters("编号.连排前")
        sequenceWords = s.words("编号.首先").map { ($0, 1) } + s.words("编号.其次").map { ($0, 2) }
            + s.words("编号.再次").map { ($0, 3) } + s.words("编号.最后").map { ($0, 99) }

        counts = CountWords(
            before: set("数目.前"), after: set("数目.后"), quotedAfter: s.characters("数目.引号后"), joiners: set("数目.连接"),
            incomplete: set("数目.未尽"), slogans: set("数目.固定说法"))
        reduplication = ReduplicationWords(
            characters: s.characters("叠词.单字"), verbs: s.characters("叠词.动词"), pairs: set("叠词.双字"),
            idioms: set("叠词.成语"), suffixes: s.characters("叠词.后缀"), words: set("叠词.词语"))

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

        metrics = MetricWords(
            linking: s.words("指标.连接"), clauseStarts: s.words("指标.句首"), namesWithClauseStarts: s.words("指标.含句首的名字"),
            changeWords: s.words("指标.变化"), countingVerbs: Set(s.words("指标.计数动词")),
            leadingFunctionWords: s.characters("指标.前置虚词"), fixedWords: Set(s.words("指标.固定词")),
            notNames: Set(s.words("指标.不是名字")), unitCharacters: s.characters("指标.单位字"))
        source = s
    }
}
