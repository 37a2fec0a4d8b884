/// Renders a token tree into one growing String (linear in output size).
///
/// Indentation: `indent` is the whitespace owed at each of the template's
/// own line starts (standalone partials, parents and blocks add to it);
/// `pending` says the output is at such a line start. Newlines inside
/// interpolated values never trigger indentation, as the spec requires.
struct TemplateRenderer {
    /// One entry of the context stack.
    struct Frame {
        var value: TemplateValue
        /// 0-based position when this frame is an item of an iterated list.
        var index: Int?
        var count = 0
    }

    let options: RenderOptions
    var out = ""
    var warnings: [Diagnostic] = []
    private var warned: Set<String> = []
    private var stack: [Frame]
    private var overrides: [[String: [TemplateNode]]] = []
    private var indent = ""
    private var pending = true
    private var depth = 0
    private var file: String?
    private var cache: [String: Template] = [:]
    private let suggester = Suggester()

    init(options: RenderOptions, root: TemplateValue, file: String?) {
        self.options = options
        self.stack = [Frame(value: root)]
        self.file = file
    }

    /// Work still to do. Rendering runs on this explicit stack rather than
    /// by recursion, so deep nesting and deep partials cannot overflow the
    /// thread's stack; only `maxPartialDepth` bounds them.
    private enum Task {
        /// Render `nodes` from index `next` on.
        case run([TemplateNode], next: Int)
        /// Render `children` once per item, from item `next` on.
        case iterate([TemplateValue], next: Int, children: [TemplateNode])
        case popContext
        case restoreIndent(String)
        case leavePartial(file: String?, indent: String, popOverrides: Bool)
    }

    mutating func render(_ nodes: [TemplateNode]) throws(Diagnostic) {
        // The nodes being rendered and the next one. Text and variables, most
        // of any template, render in place; a section, partial or block
        // saves the rest of the current list as a task and descends.
        var current = nodes
        var next = 0
        var tasks: [Task] = []
        while true {
            if next < current.count {
                let node = current[next]
                next += 1
                switch node {
                case .text(let s):
                    appendText(s)
                case .variable(let name, let escaped):
                    appendVariable(name, escaped: escaped)
                default:
                    tasks.append(.run(current, next: next))
                    let saved = tasks.count
                    try render(node, &tasks)
                    if tasks.count == saved {
                        // Nothing to descend into: carry on with this list.
                        tasks.removeLast()
                    } else {
                        next = current.count
                    }
                }
                continue
            }
            guard let task = tasks.popLast() else { return }
            switch task {
            case .run(let nodes, let start):
                current = nodes
                next = start
            case .iterate(let items, let index, let children):
                if index > 0 { stack.removeLast() }
                guard index < items.count else { continue }
                stack.append(Frame(value: items[index], index: index, count: items.count))
                tasks.append(.iterate(items, next: index + 1, children: children))
                current = children
                next = 0
            case .popContext:
                stack.removeLast()
            case .restoreIndent(let saved):
                indent = saved
            case .leavePartial(let savedFile, let savedIndent, let popOverrides):
                indent = savedIndent
                if popOverrides { overrides.removeLast() }
                file = savedFile
                depth -= 1
            }
        }
    }

    private mutating func appendText(_ s: String) {
        if pending {
            out += indent
            pending = false
        }
        out += s
        if s.utf8.last == 10 { pending = true }
    }

    private mutating func appendVariable(_ name: TemplateName, escaped: Bool) {
        guard let value = resolve(name) else { return }
        let text = Self.text(of: value)
        if text.isEmpty { return }
        if pending {
            out += indent
            pending = false
        }
        if escaped && options.escaping == .html {
            Self.appendEscaped(text, to: &out)
        } else {
            out += text
        }
    }

    /// Sections, partials, parents and blocks: pushes the tasks that render
    /// their content (none when there is nothing to render).
    private mutating func render(_ node: TemplateNode, _ tasks: inout [Task]) throws(Diagnostic) {
        switch node {
        case .text(let s):
            appendText(s)
        case .variable(let name, let escaped):
            appendVariable(name, escaped: escaped)
        case .section(let name, let inverted, let children):
            let value = resolve(name)
            if inverted {
                if Self.isFalsey(value) { tasks.append(.run(children, next: 0)) }
                return
            }
            guard let value, !Self.isFalsey(value) else { return }
            if case .list(let items) = value {
                tasks.append(.iterate(items, next: 0, children: children))
            } else {
                stack.append(Frame(value: value))
                tasks.append(.popContext)
                tasks.append(.run(children, next: 0))
            }
        case .partial(let reference, let extra, let standalone):
            try include(reference, indent: extra, standalone: standalone, overrides: nil, &tasks)
        case .parent(let reference, let blocks, let extra, let standalone):
            try include(reference, indent: extra, standalone: standalone, overrides: blocks, &tasks)
        case .block(let name, let defaults, let extra, let standalone):
            // The outermost override wins: a child overrides its parent's parent.
            var content = defaults
            for level in overrides {
                if let found = level[name] {
                    content = found
                    break
                }
            }
            tasks.append(.restoreIndent(enterIndent(extra, standalone: standalone)))
            tasks.append(.run(content, next: 0))
        }
    }

    private mutating func enterIndent(_ extra: String, standalone: Bool) -> String {
        let saved = indent
        if !extra.isEmpty {
            // A standalone tag that ends up inline (inside an inline
            // partial) still owes its first line the indentation.
            if standalone && !pending { out += extra }
            indent += extra
        }
        return saved
    }

    private mutating func include(
        _ reference: PartialReference, indent extra: String, standalone: Bool,
        overrides blocks: [String: [TemplateNode]]?, _ tasks: inout [Task]
    ) throws(Diagnostic) {
        var name = reference.name
        if reference.dynamic {
            let dynamicName = TemplateName(
                raw: name, parts: name.split(separator: ".", omittingEmptySubsequences: false).map(String.init),
                location: reference.location)
            guard let value = resolve(dynamicName) else { return }
            name = Self.text(of: value)
        }
        guard let template = try partial(named: name, at: reference.location) else { return }
        if depth >= options.maxPartialDepth {
            throw Diagnostic.partialDepth(name, limit: options.maxPartialDepth, at: reference.location).inFile(file)
        }
        depth += 1
        tasks.append(.leavePartial(file: file, indent: enterIndent(extra, standalone: standalone), popOverrides: blocks != nil))
        file = template.name
        if let blocks { overrides.append(blocks) }
        tasks.append(.run(template.nodes, next: 0))
    }

    private mutating func partial(named name: String, at location: SourceLocation) throws(Diagnostic) -> Template? {
        if let cached = cache[name] { return cached }
        guard let source = options.partials[name] else {
            if options.strict {
                let near = Suggestion.closest(to: name, among: options.partials.keys.sorted())
                throw Diagnostic.unknownPartial(name, at: location, suggestion: near).inFile(file)
            }
            return nil
        }
        let template = try Template(source, name: name)
        cache[name] = template
        return template
    }

    // MARK: Names

    /// Looks `name` up in the context stack; in strict mode, a miss is a warning.
    private mutating func resolve(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first else { return stack[stack.count - 1].value }
        var value: TemplateValue? = nil
        if first.utf8.first == UInt8(ascii: "@") {
            value = special(first)
        } else {
            var i = stack.count - 1
            while i >= 0 {
                if let v = stack[i].value.field(first) {
                    value = v
                    break
                }
                i -= 1
            }
        }
        guard var current = value else {
            if options.strict { warn(name, failedAt: 0, parent: nil) }
            return nil
        }
        var k = 1
        while k < name.parts.count {
            guard let next = Self.member(name.parts[k], of: current) else {
                if options.strict { warn(name, failedAt: k, parent: current) }
                return nil
            }
            current = next
            k += 1
        }
        return current
    }

    /// `@index`, `@ordinal`, `@first`, `@last`, `@count` of the innermost iterated list.
    private func special(_ word: String) -> TemplateValue? {
        var i = stack.count - 1
        while i >= 0, stack[i].index == nil { i -= 1 }
        guard i >= 0, let index = stack[i].index else { return nil }
        switch word {
        case "@index": return .int(index)
        case "@ordinal": return .int(index + 1)
        case "@first": return .bool(index == 0)
        case "@last": return .bool(index == stack[i].count - 1)
        case "@count": return .int(stack[i].count)
        default: return nil
        }
    }

    /// A dotted step: a map's key, a list's `@count`, a whole number's `cn`.
    static func member(_ part: String, of value: TemplateValue) -> TemplateValue? {
        if let v = value.field(part) { return v }
        switch (part, value) {
        case ("@count", .list(let items)): return .int(items.count)
        case ("@count", .map(let m)): return .int(m.count)
        case ("cn", .int(let n)): return .string(ChineseNumeral.string(n))
        case ("cn", .double(let d)):
            guard d.rounded() == d, abs(d) < 9e18 else { return nil }
            return .string(ChineseNumeral.string(Int(d)))
        case ("cn", .string(let s)):
            guard let n = Int(s) else { return nil }
            return .string(ChineseNumeral.string(n))
        default: return nil
        }
    }

    private mutating func warn(_ name: TemplateName, failedAt k: Int, parent: TemplateValue?) {
        let key = "\(file ?? ""):\(name.location):\(name.raw)"
        guard warned.insert(key).inserted else { return }
        func candidates() -> [String] {
            var candidates: [String] = []
            if k == 0 {
                var seen: Set<String> = []
                for frame in stack.reversed() {
                    if case .map(let m) = frame.value {
                        for key in m.keys where seen.insert(key).inserted { candidates.append(key) }
                    }
                }
                if stack.contains(where: { $0.index != nil }) {
                    candidates += ["@index", "@ordinal", "@first", "@last", "@count"]
                }
            } else if case .map(let m)? = parent {
                candidates = m.keys
            }
            return candidates
        }
        var suggestion: String? = nil
        // The candidates change with the context: no reuse, but one budget
        // for the render, however many names miss among however much data.
        if let near = suggester.closest(to: name.parts[k], among: candidates()) {
            var parts = name.parts
            parts[k] = near
            suggestion = parts.joined(separator: ".")
        }
        warnings.append(Diagnostic.unresolvedName(name.raw, at: name.location, suggestion: suggestion).inFile(file))
    }

    // MARK: Values

    static func isFalsey(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .null?, .bool(false)?: true
        case .list(let items)?: items.isEmpty
        case .string(let s)?: s.isEmpty
        default: false
        }
    }

    /// How a value prints: numbers as JSON writes them, `true`/`false`,
    /// nothing for null, maps and lists.
    static func text(of value: TemplateValue) -> String {
        switch value {
        case .null: ""
        case .bool(let b): b ? "true" : "false"
        case .int(let n): String(n)
        case .double(let d): format(d)
        case .string(let s): s
        case .list, .map: ""
        }
    }

    static func format(_ d: Double) -> String {
        if d.rounded() == d && abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    /// Appends `text` with `&`, `<`, `>` and `"` as entities. Works on the
    /// UTF-8 bytes: the runs between those four ASCII bytes, usually the
    /// whole text, are copied in one step each.
    static func appendEscaped(_ text: String, to out: inout String) {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        let start = utf8.startIndex
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var runStart = 0
            for i in bytes.indices {
                let entity: String
                switch bytes[i] {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                default: continue
                }
                // The four bytes are ASCII, so both ends of a run are character boundaries.
                if runStart < i {
                    out += text[utf8.index(start, offsetBy: runStart)..<utf8.index(start, offsetBy: i)]
                }
                out += entity
                runStart = i + 1
            }
            if runStart == 0 {
                out += text
            } else if runStart < bytes.count {
                out += text[utf8.index(start, offsetBy: runStart)...]
            }
        }
    }
}
