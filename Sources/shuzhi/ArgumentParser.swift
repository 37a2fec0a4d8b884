import ShuzhiKit

/// Parses a command's arguments against its `CommandInfo`.
///
/// Accepts `--name value`, `--name=value`, `-o value`, flags, `--` to end
/// options, and `-` as a positional (standard input).
enum ArgumentParser {
    static func parse(_ args: [String], for info: CommandInfo) throws -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
                result.positionals.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositionals = true
                continue
            }
            var name = arg
            var inline: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            guard let spec = info.options.first(where: { $0.name == name || $0.short == name }) else {
                let names = info.options.flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) }
                var message = "未知选项“\(arg)”"
                if let near = Suggestion.closest(to: name, among: names) {
                    message += "，是不是“\(near)”？"
                }
                throw CLIError.usage(message, command: info.name)
            }
            if spec.value == nil {
                if inline != nil {
                    throw CLIError.usage("选项“\(spec.name)”不带值", command: info.name)
                }
                result.add(flag: spec.name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else if i < args.count {
                value = args[i]
                i += 1
            } else {
                throw CLIError.usage("选项“\(arg)”缺少值\(spec.value.map { "（\($0)）" } ?? "")", command: info.name)
            }
            if !spec.choices.isEmpty && !spec.choices.contains(value) {
                throw CLIError.usage(
                    "选项“\(spec.name)”的值“\(value)”无效，可选：\(spec.choices.joined(separator: "、"))",
                    command: info.name)
            }
            if !spec.repeatable && result.value(spec.name) != nil {
                throw CLIError.usage("选项“\(spec.name)”只能给一次", command: info.name)
            }
            result.add(value: value, for: spec.name)
        }
        let count = result.positionals.count
        if count < info.positionals.min {
            throw CLIError.usage(count == 0 ? "缺少参数" : "参数不够", command: info.name)
        }
        if let max = info.positionals.max, count > max {
            let extra = result.positionals[max]
            throw CLIError.usage("多余的参数“\(extra)”", command: info.name)
        }
        return result
    }
}
