/// The WordprocessingML namespaces the reader knows (transitional and strict).
enum WordML {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    static func isMain(_ name: XMLTokenizer.Name) -> Bool { name.uri == main || name.uri == strict }

    /// The value of `w:val` (or another `w:` attribute) of an element.
    static func attribute(_ attributes: [XMLTokenizer.Attribute], _ local: String = "val") -> String? {
        attributes.first { $0.name.local == local && (isMain($0.name) || $0.name.uri.isEmpty) }?.value
    }

    /// An on/off property (`<w:vanish/>`, `w:val="0"`, `"false"`, `"off"`).
    static func isOn(_ attributes: [XMLTokenizer.Attribute]) -> Bool {
        guard let v = attribute(attributes) else { return true }
        return !(v == "0" || v == "false" || v == "off")
    }
}

/// Paragraph styles (`styles.xml`): each style's numbering and the style it
/// is based on, so that numbering given by a heading style is found.
struct WordStyles {
    struct Style {
        var basedOn: String?
        var numId: Int?
        var ilvl: Int?
    }

    var paragraphStyles: [String: Style] = [:]
    /// Numbering styles (`w:type="numbering"`): the list each one stands for.
    var numberingStyles: [String: Int] = [:]
    var defaultParagraphStyle: String?

    init() {}

    init(_ bytes: [UInt8]) throws(XMLTokenizer.Failure) {
        var xml = try XMLTokenizer(bytes)
        xml.wantsText = false
        var current: (id: String, type: String)?
        var style = Style()
        var inPPr = false
        var inNumPr = false
        var skip = 0
        while let event = try xml.next() {
            switch event {
            case .start(let name, let attributes):
                if skip > 0 { skip += 1; continue }
                guard WordML.isMain(name) else { continue }
                switch name.local {
                case "style":
                    current = (WordML.attribute(attributes, "styleId") ?? "", WordML.attribute(attributes, "type") ?? "paragraph")
                    style = Style()
                    if WordML.attribute(attributes, "default").map({ $0 == "1" || $0 == "true" || $0 == "on" }) == true,
                       current?.type == "paragraph" {
                        defaultParagraphStyle = current?.id
                    }
                case "basedOn" where current != nil: style.basedOn = WordML.attribute(attributes)
                case "pPr" where current != nil: inPPr = true
                case "numPr" where inPPr: inNumPr = true
                case "numId" where inNumPr: style.numId = WordML.attribute(attributes).flatMap { Int($0) }
                case "ilvl" where inNumPr: style.ilvl = WordML.attribute(attributes).flatMap { Int($0) }
                case "pPrChange", "rPrChange", "rPr" where current != nil: skip = 1
                default: break
                }
            case .end(let name):
                if skip > 0 { skip -= 1; continue }
                guard WordML.isMain(name) else { continue }
                switch name.local {
                case "style":
                    if let c = current {
                        if c.type == "paragraph" { paragraphStyles[c.id] = style }
                        if c.type == "numbering", let n = style.numId { numberingStyles[c.id] = n }
                    }
                    current = nil
                case "pPr": inPPr = false
                case "numPr": inNumPr = false
                default: break
                }
            case .text: break
            }
        }
    }

    /// The numbering a paragraph of style `id` gets from its style chain:
    /// the nearest style that names a list (or removes it with `numId` 0).
    func numbering(of id: String) -> (numId: Int, ilvl: Int?)? {
        var seen: Set<String> = []
        var next: String? = id
        var ilvl: Int?
        while let s = next, !seen.contains(s), let style = paragraphStyles[s] {
            seen.insert(s)
            if ilvl == nil { ilvl = style.ilvl }
            if let n = style.numId { return (n, ilvl) }
            next = style.basedOn
        }
        return nil
    }
}

/// List definitions (`numbering.xml`) and the counters that number a
/// document's paragraphs as Word does.
///
/// Counters belong to the abstract list, so paragraphs of two list
/// instances (`w:num`) of the same definition continue one sequence,
/// except that an instance with a `startOverride` restarts its levels the
/// first time it is used. A level restarts after any higher level is
/// used, or only after level `lvlRestart` (0: never).
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var restart: Int?
        var isLegal = false
        var style: String?
    }

    struct Instance {
        var abstract: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [Int: [Int: Level]] = [:]
    var abstractStyleLinks: [Int: String] = [:]
    var instances: [Int: Instance] = [:]

    private var counters: [Int: [Int?]] = [:]
    private var usedInstances: Set<Int> = []

    init() {}

    init(_ bytes: [UInt8]) throws(XMLTokenizer.Failure) {
        var xml = try XMLTokenizer(bytes)
        xml.wantsText = false
        var abstract: Int?
        var levels: [Int: Level] = [:]
        var instance: (id: Int, value: Instance)?
        var overrideLevel: Int?
        var level: (ilvl: Int, value: Level)?
        var skip = 0
        while let event = try xml.next() {
            switch event {
            case .start(let name, let a):
                if skip > 0 { skip += 1; continue }
                guard WordML.isMain(name) else { continue }
                let val = WordML.attribute(a)
                switch name.local {
                case "abstractNum":
                    abstract = WordML.attribute(a, "abstractNumId").flatMap { Int($0) }
                    levels = [:]
                case "num":
                    if let id = WordML.attribute(a, "numId").flatMap({ Int($0) }) { instance = (id, Instance(abstract: -1)) }
                case "abstractNumId" where instance != nil:
                    instance?.value.abstract = val.flatMap { Int($0) } ?? -1
                case "lvlOverride" where instance != nil:
                    overrideLevel = WordML.attribute(a, "ilvl").flatMap { Int($0) }
                case "startOverride" where instance != nil && overrideLevel != nil:
                    if let v = val.flatMap({ Int($0) }) { instance?.value.startOverrides[overrideLevel!] = v }
                case "lvl":
                    level = (WordML.attribute(a, "ilvl").flatMap { Int($0) } ?? 0, Level())
                case "start" where level != nil: level?.value.start = val.flatMap { Int($0) } ?? 1
                case "numFmt" where level != nil: level?.value.format = val ?? "decimal"
                case "lvlText" where level != nil: level?.value.text = val ?? ""
                case "lvlRestart" where level != nil: level?.value.restart = val.flatMap { Int($0) }
                case "isLgl" where level != nil: level?.value.isLegal = WordML.isOn(a)
                case "pStyle" where level != nil: level?.value.style = val
                case "numStyleLink" where abstract != nil: if let v = val { abstractStyleLinks[abstract!] = v }
                case "pPr", "rPr", "legacy", "lvlPicBulletId": if level != nil { skip = 1 }
                default: break
                }
            case .end(let name):
                if skip > 0 { skip -= 1; continue }
                guard WordML.isMain(name) else { continue }
                switch name.local {
                case "lvl":
                    if let l = level {
                        if let o = overrideLevel, instance != nil {
                            instance?.value.levelOverrides[o] = l.value
                        } else if (0...8).contains(l.ilvl) {
                            levels[l.ilvl] = l.value
                        }
                    }
                    level = nil
                case "abstractNum":
                    if let id = abstract { abstracts[id] = levels }
                    abstract = nil
                case "lvlOverride": overrideLevel = nil
                case "num":
                    if let i = instance { instances[i.id] = i.value }
                    instance = nil
                default: break
                }
            case .text: break
            }
        }
    }

    /// The abstract list an instance stands for, following a numbering
    /// style link (`numStyleLink`) once.
    private func abstractID(of numId: Int, styles: WordStyles) -> Int? {
        guard let instance = instances[numId] else { return nil }
        if abstracts[instance.abstract]?.isEmpty == false { return instance.abstract }
        if let link = abstractStyleLinks[instance.abstract], let linked = styles.numberingStyles[link],
           let target = instances[linked], abstracts[target.abstract] != nil {
            return target.abstract
        }
        return abstracts[instance.abstract] != nil ? instance.abstract : nil
    }

    private func level(_ ilvl: Int, numId: Int, abstract: Int) -> Level? {
        instances[numId]?.levelOverrides[ilvl] ?? abstracts[abstract]?[ilvl]
    }

    private func start(_ ilvl: Int, numId: Int, abstract: Int) -> Int {
        instances[numId]?.startOverrides[ilvl] ?? level(ilvl, numId: numId, abstract: abstract)?.start ?? 1
    }

    /// The level a paragraph of style `style` is at in list `numId` when
    /// neither the paragraph nor its style gives one: the level linked to the style.
    func level(forStyle style: String, numId: Int, styles: WordStyles) -> Int? {
        guard let abstract = abstractID(of: numId, styles: styles) else { return nil }
        return abstracts[abstract]?.first { $0.value.style == style }?.key
    }

    /// Counts one paragraph of list `numId` at level `ilvl` and returns the
    /// number Word shows before it (`一、`, `（二）`, `1.`), or `nil` when the
    /// list or level does not exist.
    mutating func next(numId: Int, ilvl: Int, styles: WordStyles) -> String? {
        guard numId != 0, (0...8).contains(ilvl), let abstract = abstractID(of: numId, styles: styles),
              let current = level(ilvl, numId: numId, abstract: abstract)
        else { return nil }
        var values = counters[abstract] ?? Array(repeating: nil, count: 9)
        if !usedInstances.contains(numId) {
            usedInstances.insert(numId)
            for l in (instances[numId]?.startOverrides.keys).map(Array.init) ?? [] where (0...8).contains(l) {
                values[l] = nil
            }
        }
        values[ilvl] = values[ilvl].map { $0 + 1 } ?? start(ilvl, numId: numId, abstract: abstract)
        for deeper in (ilvl + 1)..<9 {
            let restart = level(deeper, numId: numId, abstract: abstract)?.restart
            // lvlRestart is 1-based: the level restarts when that level or a higher one is used.
            if restart == nil || (restart! != 0 && ilvl < restart!) { values[deeper] = nil }
        }
        counters[abstract] = values
        if current.format == "bullet" { return Self.bullet(current.text) }
        var out = ""
        var chars = Array(current.text.unicodeScalars)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "%", let d = chars.first, let k = Int(String(d)), (1...9).contains(k) {
                chars = chars.dropFirst()
                let l = k - 1
                let value = values[l] ?? start(l, numId: numId, abstract: abstract)
                let format = current.isLegal ? "decimal" : (level(l, numId: numId, abstract: abstract)?.format ?? "decimal")
                out += WordNumberFormat.string(value, format)
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A bullet as a reader sees it: symbol-font bullets (private-use
    /// characters such as U+F0B7) become “•”.
    static func bullet(_ text: String) -> String {
        String(text.unicodeScalars.map { (0xE000...0xF8FF).contains($0.value) ? "•" : Character($0) })
    }
}
