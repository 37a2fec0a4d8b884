/// The parts of a 述职报告, in their usual order (DESIGN.md, "The standard
/// structure"). Templates, the outline reader, check, import and the
/// exporters all name parts with this one enum.
public enum PartKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 2024年度抓基层党建工作述职报告
    case title
    /// 根据/按照……要求，现将……报告如下：
    case opening
    /// 一、履职情况 / 工作成绩和经验 / 主要做法及成效
    case achievements
    /// 上年度述职评议问题整改情况
    case rectification
    /// 二、存在问题 / 存在的主要问题及原因
    case problems
    /// 究其原因 / 存在问题的主要原因
    case causes
    /// 三、下一步工作打算 / 下步打算
    case nextSteps
    /// A closing paragraph after the last part.
    case closing
    /// Name and date lines at the end.
    case signature

    /// The Chinese name used in messages (缺少必需部分“存在问题”).
    public var displayName: String {
        switch self {
        case .title: "标题"
        case .opening: "开头"
        case .achievements: "履职情况"
        case .rectification: "整改情况"
        case .problems: "存在问题"
        case .causes: "原因分析"
        case .nextSteps: "下一步打算"
        case .closing: "结尾"
        case .signature: "署名"
        }
    }
}

/// What a template says about one part: how it is headed, what else it may
/// be called in a finished report, and whether an outline requires it.
public struct PartSpec: Sendable, Hashable {
    public var kind: PartKind
    /// The heading a draft uses, without its number (履职情况).
    public var heading: String
    /// Other headings that mean this part in a finished report, without numbers.
    public var aliases: [String]
    /// Whether a report without this part is an error (otherwise a note).
    public var required: Bool
    /// The fewest items the part should hold (0: no minimum).
    public var minItems: Int

    /// Creates a part spec.
    public init(kind: PartKind, heading: String, aliases: [String] = [], required: Bool, minItems: Int = 0) {
        self.kind = kind
        self.heading = heading
        self.aliases = aliases
        self.required = required
        self.minItems = minItems
    }
}

/// Numbering styles, from GB/T 9704-2012's levels to the run-in
/// enumerations that reports use inside paragraphs.
public enum NumberingStyle: String, Sendable, Hashable, CaseIterable, Codable {
    /// 一、
    case chineseComma
    /// （一）
    case chineseParen
    /// 1.
    case arabicDot
    /// （1）
    case arabicParen
    /// 一是……二是……
    case shiRunIn
    /// 第一，……第二，……
    case diYi
    /// 首先……其次……再次……最后……
    case shouxian
    /// ①……②……③……, inside a paragraph or one item a paragraph; twenty at most.
    case circled
    /// ——在……上，……: a dash before each item, one a paragraph, all alike.
    case dash
    /// No number at all.
    case none
    /// 从主观上看……从客观上看……, 主观上……客观上……: items named by the
    /// aspect each covers, in no order (客观 may come first). Read, never
    /// drafted: import keeps the words in the items' text.
    case aspect
    /// 【把方向】 on a line of its own, or 【抓理论武装】……: each item named by
    /// words in brackets, in no order. Read, never drafted: the words are
    /// the item's own, and import keeps them in its text.
    case bracketed
    /// 针对“……”的问题，……；针对“……”的问题，……: the same word opens each
    /// item, in no order. Read, never drafted: the words stay the items'.
    case parallel
    /// 问题1：……, 问题二：……: a label with a number, one item a paragraph,
    /// as in a table of last year's problems. Read, never drafted.
    case labelled
}
