extension ReportTemplate {
    /// Input keys of the parts a template may list, and which part each is.
    static let partKinds: [(key: String, kind: PartKind)] = [
        ("履职情况", .achievements),
        ("整改情况", .rectification),
        ("存在问题", .problems),
        ("原因", .causes),
        ("下一步", .nextSteps),
    ]

    static let schemaKeys = ["编号", "名称", "简称", "标题", "开头", "字数上限", "字数下限", "一级编号", "部分"]
    static let partKeys = [
        "键", "标题", "别名", "有标题", "必需", "最少条目", "条目编号", "措施编号", "版式", "措施版式", "导语", "条目写法",
    ]

    /// Reads a template from its schema (模板.yaml, our input format) and
    /// body (正文.mustache).
    ///
    /// - Parameters:
    ///   - schema: the schema's text.
    ///   - body: the Mustache body's text.
    ///   - origin: `内置` or the folder, for messages.
    ///   - schemaFile: the schema's path, put on diagnostics.
    /// - Throws: `[Diagnostic]`: every problem in the schema, each located.
    public static func load(schema: String, body: String, origin: String, schemaFile: String) throws(DiagnosticList) -> ReportTemplate {
        let root: Node
        do throws(Diagnostic) {
            root = try InputReader.read(schema)
        } catch {
            throw DiagnosticList([error.inFile(schemaFile)])
        }
        var reader = FieldReader()
        let fields = reader.mapping(root, allowed: schemaKeys, what: "模板") ?? [:]
        func required(_ key: String) -> Located<String>? {
            let t = reader.text(fields[key])
            if t == nil {
                reader.diagnostics.append(.error(
                    .missingField, "模板缺少“\(key)”", at: fields[key]?.value.location ?? root.location))
            }
            return t
        }
        let id = required("编号")
        let name = required("名称")
        let title = required("标题")
        let opening = required("开头")
        if let id, !id.value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            reader.diagnostics.append(.badValue(
                "模板编号“\(id.value)”只能用英文字母、数字和“-”", at: id.location))
        }
        let shortNames = (reader.list(fields["简称"]) ?? []).compactMap { reader.text($0, what: "简称")?.value }
        let budget = reader.count(fields["字数上限"])
        let usualLength = reader.count(fields["字数下限"])
        let partNumbering = reader.numbering(fields["一级编号"]) ?? .chineseComma
        var parts: [Part] = []
        for node in reader.list(fields["部分"]) ?? [] {
            guard let p = reader.mapping(node, allowed: partKeys, what: "部分") else { continue }
            guard let key = reader.text(p["键"]) else {
                reader.diagnostics.append(.error(.missingField, "部分缺少“键”", at: node.location))
                continue
            }
            guard let kind = partKinds.first(where: { $0.key == key.value })?.kind else {
                reader.diagnostics.append(.unknownKey(
                    key.value, in: "部分的键", at: key.location, allowed: partKinds.map(\.key)))
                continue
            }
            if parts.contains(where: { $0.key == key.value }) {
                reader.diagnostics.append(.error(.duplicatePart, "部分“\(key.value)”重复", at: key.location))
                continue
            }
            let heading = reader.text(p["标题"])?.value ?? kind.displayName
            let aliases = (reader.list(p["别名"]) ?? []).compactMap { reader.text($0, what: "别名")?.value }
            let spec = PartSpec(
                kind: kind, heading: heading, aliases: aliases,
                required: reader.bool(p["必需"]) ?? false, minItems: reader.count(p["最少条目"]) ?? 0)
            parts.append(Part(
                key: key.value, spec: spec,
                hasHeading: reader.bool(p["有标题"]) ?? true,
                itemNumbering: reader.numbering(p["条目编号"]) ?? .shiRunIn,
                measureNumbering: reader.numbering(p["措施编号"]) ?? .shiRunIn,
                layout: reader.layout(p["版式"]) ?? .separate,
                measureLayout: reader.layout(p["措施版式"], measures: true) ?? .runIn,
                lead: reader.text(p["导语"])?.value,
                wording: wording(p["条目写法"], &reader)))
        }
        if parts.isEmpty && fields["部分"] != nil {
            reader.diagnostics.append(.error(.missingField, "模板没有任何部分", at: fields["部分"]!.value.location))
        }
        if !reader.diagnostics.isEmpty {
            throw DiagnosticList(reader.diagnostics.map { $0.inFile(schemaFile) })
        }
        return ReportTemplate(
            id: id!.value, name: name!.value, shortNames: shortNames, title: title!.value,
            opening: opening!.value, wordBudget: budget, usualLength: usualLength, partNumbering: partNumbering,
            parts: parts, body: body, origin: origin, ownLexicon: nil)
    }
}

extension ReportTemplate {
    /// A part's 条目写法: a Mustache text over 问题, 措施 and 成效, checked
    /// here so that a bad one is the template's error, not the draft's.
    static func wording(_ entry: Node.Entry?, _ reader: inout FieldReader) -> String? {
        guard let text = reader.text(entry) else { return nil }
        do throws(Diagnostic) {
            _ = try Template(text.value)
        } catch {
            var d = error
            d.range = SourceRange(at: text.location)
            reader.diagnostics.append(d)
            return nil
        }
        return text.value
    }
}

/// Several diagnostics thrown together (a schema with three wrong keys
/// reports all three).
public struct DiagnosticList: Error, Sendable, Hashable {
    /// The findings, in source order.
    public var diagnostics: [Diagnostic]

    /// Wraps findings.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
