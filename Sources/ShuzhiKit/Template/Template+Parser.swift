/// Parses template source in three passes: a scanner that cuts the source
/// into text lines and tags (following set-delimiter tags), one pass that
/// applies the spec's standalone-line rules, and a tree builder that
/// checks nesting. Standalone whitespace is handled only in `markStandalone`.
struct TemplateParser {
    /// A scanned piece of source.
    struct Token {
        enum Kind {
            /// At most one line; ends with its newline when it has one.
            case text(String)
            case variable(TemplateName, escaped: Bool)
            case section(TemplateName)
            case inverted(TemplateName)
            case close(String)
            case comment
            case delimiters
            case partial(PartialReference)
            case parent(PartialReference)
            case block(String)
        }

        var kind: Kind
        var location: SourceLocation
        /// Text: starts at column 1.
        var atLineStart = false
        /// Set by `markStandalone`: a standalone line's whitespace text is dropped.
        var removed = false
        /// Tag on a standalone line.
        var standalone = false
        /// Tag: the whitespace before it when only whitespace precedes it on its line.
        var lead: String?
        /// Standalone block: the leading whitespace of the following line.
        var nextIndent = ""

        var isTag: Bool {
            if case .text = kind { return false }
            return true
        }
    }

    /// How deeply sections, blocks and parents may nest. Real templates
    /// nest a handful of levels; the bound keeps the tree shallow enough
    /// that freeing it (Swift frees nested enums recursively) stays far
    /// from any thread's stack limit. Input files have the same bound.
    static let maxNesting = 500

    let chars: [Character]
    let file: String?
    var i = 0
    var line = 1
    var column = 1
    var open: [Character] = ["{", "{"]
    var close: [Character] = ["}", "}"]
    var tokens: [Token] = []

    init(_ source: String, file: String?) {
        self.chars = Array(source)
        self.file = file
    }

    mutating func parse() throws(Diagnostic) -> [TemplateNode] {
        do {
            try scan()
            markStandalone()
            return try build()
        } catch {
            throw error.inFile(file)
        }
    }

    // MARK: Scanner

    private var here: SourceLocation { SourceLocation(line: line, column: column) }

    private mutating func step() {
        let c = chars[i]
        i += 1
        if c == "\n" || c == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private func matches(_ delimiter: [Character], at index: Int) -> Bool {
        guard index + delimiter.count <= chars.count else { return false }
        for k in 0..<delimiter.count where chars[index + k] != delimiter[k] { return false }
        return true
    }

    private func find(_ delimiter: [Character], from index: Int) -> Int? {
        var j = index
        while j + delimiter.count <= chars.count {
            if matches(delimiter, at: j) { return j }
            j += 1
        }
        return nil
    }

    private mutating func scan() throws(Diagnostic) {
        var textStart = 0
        var textLocation = here
        func flush(_ p: inout TemplateParser, _ start: Int, _ location: SourceLocation) {
            if start < p.i {
                var t = Token(kind: .text(String(p.chars[start..<p.i])), location: location)
                t.atLineStart = location.column == 1
                p.tokens.append(t)
            }
        }
        while i < chars.count {
            if matches(open, at: i) {
                flush(&self, textStart, textLocation)
                try scanTag()
                textStart = i
                textLocation = here
                continue
            }
            let c = chars[i]
            step()
            if c == "\n" || c == "\r\n" {
                flush(&self, textStart, textLocation)
                textStart = i
                textLocation = here
            }
        }
        flush(&self, textStart, textLocation)
    }

    private mutating func scanTag() throws(Diagnostic) {
        let location = here
        let start = i + open.count
        var contentEnd: Int
        var end: Int
        var triple = false
        if start < chars.count && chars[start] == "{" {
            guard let j = find(["}"] + close, from: start + 1) else {
                throw Diagnostic.unclosedTag(String(open), String(close), at: location)
            }
            triple = true
            contentEnd = j
            end = j + 1 + close.count
        } else {
            guard let j = find(close, from: start) else {
                throw Diagnostic.unclosedTag(String(open), String(close), at: location)
            }
            contentEnd = j
            end = j + close.count
        }
        let content = String(chars[start..<contentEnd])
        while i < end { step() }
        if triple {
            let name = try parseName(String(content.dropFirst()), at: location)
            tokens.append(Token(kind: .variable(name, escaped: false), location: location))
            return
        }
        let sigil = content.first
        let rest = String(content.dropFirst())
        let kind: Token.Kind
        switch sigil {
        case "!":
            kind = .comment
        case "=":
            try setDelimiters(content, at: location)
            kind = .delimiters
        case "#": kind = .section(try parseName(rest, at: location))
        case "^": kind = .inverted(try parseName(rest, at: location))
        case "&": kind = .variable(try parseName(rest, at: location), escaped: false)
        case "/": kind = .close(try parseName(rest, at: location).raw)
        case ">": kind = .partial(try parseReference(rest, at: location))
        case "<": kind = .parent(try parseReference(rest, at: location))
        case "$": kind = .block(try parseWord(rest, at: location))
        default: kind = .variable(try parseName(content, at: location), escaped: true)
        }
        tokens.append(Token(kind: kind, location: location))
    }

    private mutating func setDelimiters(_ content: String, at location: SourceLocation) throws(Diagnostic) {
        guard content.count >= 2, content.last == "=" else {
            throw Diagnostic.badDelimiters(content, at: location)
        }
        let inner = content.dropFirst().dropLast()
        let parts = inner.split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw Diagnostic.badDelimiters(content, at: location)
        }
        open = Array(parts[0])
        close = Array(parts[1])
    }

    private static func trimmed(_ s: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let a = s.firstIndex(where: { !isSpace($0) }) else { return "" }
        let b = s.lastIndex(where: { !isSpace($0) })!
        return String(s[a...b])
    }

    /// One word: not empty, no whitespace.
    private func parseWord(_ text: String, at location: SourceLocation) throws(Diagnostic) -> String {
        let word = Self.trimmed(text)
        if word.isEmpty { throw Diagnostic.emptyTagName(at: location) }
        if word.contains(where: { $0 == " " || $0 == "\t" || $0.isNewline }) {
            throw Diagnostic.badTagName(word, at: location)
        }
        return word
    }

    private func parseName(_ text: String, at location: SourceLocation) throws(Diagnostic) -> TemplateName {
        let word = try parseWord(text, at: location)
        if word == "." { return TemplateName(raw: word, parts: [], location: location) }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.contains(where: \.isEmpty) { throw Diagnostic.badTagName(word, at: location) }
        return TemplateName(raw: word, parts: parts, location: location)
    }

    private func parseReference(_ text: String, at location: SourceLocation) throws(Diagnostic) -> PartialReference {
        var body = Self.trimmed(text)
        var dynamic = false
        if body.first == "*" {
            dynamic = true
            body = String(body.dropFirst())
        }
        return PartialReference(name: try parseWord(body, at: location), dynamic: dynamic, location: location)
    }

    // MARK: Standalone lines

    private static func isBlank(_ s: String) -> Bool {
        var chars = Substring(s)
        if chars.last == "\n" || chars.last == "\r\n" { chars = chars.dropLast() }
        return chars.allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func endsLine(_ t: Token) -> Bool {
        if case .text(let s) = t.kind { return s.last == "\n" || s.last == "\r\n" }
        return false
    }

    /// The spec's standalone rule, extended for inheritance: a line that
    /// holds only whitespace and tags that print nothing, with at most one
    /// tag that is not a parent's opening or closing tag, loses its
    /// whitespace and its line break. (A parent's content outside blocks is
    /// ignored, so `{{<p}}{{$b}}` and `{{<p}}{{/p}}` count as one tag.)
    private mutating func markStandalone() {
        var openKinds: [Bool] = []  // true for a parent
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count {
                end += 1
                if Self.endsLine(tokens[end - 1]) { break }
            }
            var blank = true
            var tags = 0
            var significant = 0
            for k in start..<end {
                switch tokens[k].kind {
                case .text(let s):
                    if !Self.isBlank(s) { blank = false }
                case .variable:
                    blank = false
                case .section, .inverted, .block:
                    openKinds.append(false)
                    tags += 1
                    significant += 1
                case .parent:
                    openKinds.append(true)
                    tags += 1
                case .close:
                    tags += 1
                    if openKinds.popLast() != true { significant += 1 }
                case .comment, .delimiters, .partial:
                    tags += 1
                    significant += 1
                }
            }
            // Whitespace before the line's first tag, for indentation.
            var lead: String? = nil
            if case .text(let s) = tokens[start].kind {
                if start + 1 < end, !Self.endsLine(tokens[start]), Self.isBlank(s) { lead = s }
            } else {
                lead = ""
            }
            if let lead, let first = (start..<end).first(where: { tokens[$0].isTag }) {
                tokens[first].lead = lead
            }
            if blank && tags >= 1 && significant <= 1 {
                var nextIndent = ""
                if end < tokens.count, case .text(let s) = tokens[end].kind {
                    nextIndent = String(s.prefix(while: { $0 == " " || $0 == "\t" }))
                }
                for k in start..<end {
                    if tokens[k].isTag {
                        tokens[k].standalone = true
                        tokens[k].nextIndent = nextIndent
                    } else {
                        tokens[k].removed = true
                    }
                }
            }
            start = end
        }
    }

    // MARK: Tree

    private struct Frame {
        enum Kind { case root, section(TemplateName, inverted: Bool), block(String), parent(PartialReference) }
        var kind: Kind
        var name: String
        var location: SourceLocation
        var nodes: [TemplateNode] = []
        var overrides: [String: [TemplateNode]] = [:]
        /// Indentation removed from the start of each content line (absolute).
        var strip: String
        var indent = ""
        var standalone = false

        var isParent: Bool {
            if case .parent = kind { return true }
            return false
        }
    }

    private static func removingPrefix(_ prefix: String, from s: String) -> String {
        if prefix.isEmpty { return s }
        var a = s.startIndex
        var b = prefix.startIndex
        while a < s.endIndex, b < prefix.endIndex, s[a] == prefix[b] {
            a = s.index(after: a)
            b = prefix.index(after: b)
        }
        return String(s[a...])
    }

    private func build() throws(Diagnostic) -> [TemplateNode] {
        var stack = [Frame(kind: .root, name: "", location: SourceLocation(line: 1, column: 1), strip: "")]
        func append(_ node: TemplateNode, _ stack: inout [Frame]) {
            // A parent's content outside its blocks is ignored.
            if !stack[stack.count - 1].isParent { stack[stack.count - 1].nodes.append(node) }
        }
        for token in tokens where !token.removed {
            let strip = stack[stack.count - 1].strip
            switch token.kind {
            case .section, .inverted, .block, .parent:
                // The root is not a level.
                if stack.count > Self.maxNesting { throw Diagnostic.sectionsTooDeep(at: token.location) }
            default:
                break
            }
            switch token.kind {
            case .text(let s):
                let text = token.atLineStart ? Self.removingPrefix(strip, from: s) : s
                if !text.isEmpty { append(.text(text), &stack) }
            case .variable(let name, let escaped):
                append(.variable(name, escaped: escaped), &stack)
            case .section(let name), .inverted(let name):
                var inverted = false
                if case .inverted = token.kind { inverted = true }
                stack.append(Frame(
                    kind: .section(name, inverted: inverted), name: name.raw, location: token.location,
                    strip: strip))
            case .block(let name):
                let absolute = token.standalone ? token.nextIndent : (token.lead ?? strip)
                var frame = Frame(kind: .block(name), name: name, location: token.location, strip: absolute)
                frame.indent = Self.removingPrefix(strip, from: absolute)
                frame.standalone = token.standalone
                stack.append(frame)
            case .parent(let reference):
                var frame = Frame(
                    kind: .parent(reference), name: reference.name, location: token.location, strip: strip)
                if token.standalone { frame.indent = Self.removingPrefix(strip, from: token.lead ?? "") }
                frame.standalone = token.standalone
                stack.append(frame)
            case .partial(let reference):
                let indent = token.standalone ? Self.removingPrefix(strip, from: token.lead ?? "") : ""
                append(.partial(reference, indent: indent, standalone: token.standalone), &stack)
            case .close(let name):
                guard stack.count > 1 else { throw Diagnostic.unexpectedClose(name, at: token.location) }
                let frame = stack.removeLast()
                guard frame.name == name else {
                    throw Diagnostic.mismatchedSection(
                        opened: frame.name, closed: name, at: token.location, opening: frame.location)
                }
                switch frame.kind {
                case .root:
                    break
                case .section(let n, let inverted):
                    append(.section(n, inverted: inverted, frame.nodes), &stack)
                case .block(let n):
                    if stack[stack.count - 1].isParent {
                        stack[stack.count - 1].overrides[n] = frame.nodes
                    } else {
                        append(
                            .block(n, frame.nodes, indent: frame.indent, standalone: frame.standalone), &stack)
                    }
                case .parent(let reference):
                    append(
                        .parent(
                            reference, overrides: frame.overrides, indent: frame.indent,
                            standalone: frame.standalone), &stack)
                }
            case .comment, .delimiters:
                break
            }
        }
        if stack.count > 1 {
            let frame = stack[stack.count - 1]
            throw Diagnostic.unclosedSection(frame.name, at: frame.location)
        }
        return stack[0].nodes
    }
}
