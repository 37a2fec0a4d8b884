import ShuzhiKit

/// Fills a command's fields from its arguments, as its declarations say.
///
/// Accepts `--name value`, `--name=value`, `-o value`, flags, `--` to end
/// options, and `-` as a positional (standard input). `--help` and `-h`
/// ask for help only where an option may stand: not as the value of an
/// option, not after `--`. When help is asked for, it wins over any other
/// mistake in the arguments, so `draft --bogus --help` still shows help.
enum ArgumentParser {
    /// What the arguments asked for.
    enum Parsed<Command> {
        case command(Command)
        case help
    }

    static let helpSpellings = ["--help", "-h"]

    static func parse<Root>(_ args: [String], into root: Root, _ declarations: [Declaration<Root>]) throws -> Parsed<Root> {
        var root = root
        let options = declarations.filter { !$0.isPositional }
        let positionals = declarations.filter(\.isPositional)
        var words: [String] = []
        var given: Set<String> = []
        var firstError: Error?
        var help = false
        func attempt(_ body: () throws -> Void) {
            do { try body() } catch { if firstError == nil { firstError = error } }
        }

        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
                words.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositionals = true
                continue
            }
            if helpSpellings.contains(arg) {
                help = true
                continue
            }
            var name = arg
            var inline: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            guard let option = options.first(where: { $0.spellings.contains(name) }) else {
                var message = "未知选项“\(arg)”"
                if let near = Suggestion.closest(to: name, among: options.flatMap(\.spellings)) {
                    message += "，是不是“\(near)”？"
                }
                attempt { throw CLIError.usage(message) }
                continue
            }
            guard case .option(let placeholder, _, _) = option.kind else {
                attempt {
                    if inline != nil { throw CLIError.usage("选项“\(option.name)”不带值") }
                    try option.store(&root, "")
                }
                given.insert(option.name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else if i < args.count {
                value = args[i]
                i += 1
            } else {
                attempt { throw CLIError.usage("选项“\(arg)”缺少值（\(placeholder)）") }
                continue
            }
            attempt {
                if given.contains(option.name) { throw CLIError.usage("选项“\(option.name)”只能给一次") }
                try option.store(&root, value)
            }
            given.insert(option.name)
        }
        if help { return .help }
        if let firstError { throw firstError }

        for option in options {
            if case .option(let placeholder, _, true) = option.kind, !given.contains(option.name) {
                throw CLIError.usage("缺少选项“\(option.name)”（\(placeholder)）")
            }
        }
        // Positionals fill their declarations in order, each up to its maximum.
        let least = positionals.reduce(0) { $0 + $1.bounds.min }
        if words.count < least {
            throw CLIError.usage(words.isEmpty ? "缺少参数" : "参数不够")
        }
        var rest = words[...]
        var stillRequired = least
        for p in positionals {
            let (min, max) = p.bounds
            stillRequired -= min
            let available = rest.count - stillRequired
            let take = Swift.min(max ?? available, available)
            for word in rest.prefix(take) { try p.store(&root, word) }
            rest = rest.dropFirst(take)
        }
        if let extra = rest.first {
            throw CLIError.usage("多余的参数“\(extra)”")
        }
        return .command(root)
    }
}

extension Declaration {
    /// A positional's minimum and maximum count; options count as none.
    var bounds: (min: Int, max: Int?) {
        if case .positional(let min, let max) = kind { (min, max) } else { (0, 0) }
    }
}
