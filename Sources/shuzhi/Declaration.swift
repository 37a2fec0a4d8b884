/// A value an option takes, read from its text on the command line.
///
/// The parser calls `read` when the option is given, so a wrong value is a
/// usage error before the command's `validate()` runs.
protocol ArgumentValue {
    /// Allowed spellings, listed in help and usage; empty for free text.
    static var choices: [String] { get }
    /// The value written as `text` for the option `option` (its long name).
    ///
    /// - Throws: `CLIError.usage` when `text` is not such a value.
    static func read(_ text: String, option: String) throws -> Self
}

extension ArgumentValue {
    static var choices: [String] { [] }
}

extension String: ArgumentValue {
    static func read(_ text: String, option: String) throws -> String { text }
}

/// An option whose values are an enum's raw values: they are its choices.
extension ArgumentValue where Self: CaseIterable & RawRepresentable, RawValue == String {
    static var choices: [String] { allCases.map(\.rawValue) }

    static func read(_ text: String, option: String) throws -> Self {
        guard let value = Self(rawValue: text) else {
            throw CLIError.usage("选项“\(option)”的值“\(text)”无效，可选：\(choices.joined(separator: "、"))")
        }
        return value
    }
}

/// What kind of thing a declaration is.
enum DeclarationKind {
    /// `--name value`; `placeholder` names the value in help.
    case option(placeholder: String, choices: [String], required: Bool)
    /// `--name` alone.
    case flag
    /// Words that are not options, in order: at least `min`, at most `max` (`nil`: no limit).
    case positional(min: Int, max: Int?)
}

/// One thing a command accepts, bound to the field of `Root` it fills.
///
/// A command lists its declarations in `ParsableCommand.arguments`; the
/// parser, the usage line and the help page all read that one list, so
/// help cannot name an option the parser refuses, or miss one it accepts.
struct Declaration<Root> {
    typealias Kind = DeclarationKind

    /// The long name with its dashes (`--output`), or a positional's label (`输入文件`).
    var name: String
    /// The short alias with its dash (`-o`).
    var short: String?
    var kind: Kind
    /// Chinese help text; empty for positionals, which the usage line shows.
    var help: String
    /// Stores one value (options, positionals) or records the flag (`""`).
    var store: (inout Root, String) throws -> Void

    var isPositional: Bool {
        if case .positional = kind { true } else { false }
    }

    /// `--name` and `-n`, the spellings the parser accepts for an option.
    var spellings: [String] {
        isPositional ? [] : [name] + (short.map { [$0] } ?? [])
    }

    /// A value option filling an optional field.
    static func option<V: ArgumentValue>(
        _ field: WritableKeyPath<Root, V?>, _ name: String, short: String? = nil, value placeholder: String, help: String
    ) -> Declaration {
        Declaration(
            name: name, short: short, kind: .option(placeholder: placeholder, choices: V.choices, required: false),
            help: help, store: { root, text in root[keyPath: field] = try V.read(text, option: name) })
    }

    /// A value option that must be given; the parser says so when it is not.
    static func required<V: ArgumentValue>(
        _ field: WritableKeyPath<Root, V>, _ name: String, short: String? = nil, value placeholder: String, help: String
    ) -> Declaration {
        Declaration(
            name: name, short: short, kind: .option(placeholder: placeholder, choices: V.choices, required: true),
            help: help, store: { root, text in root[keyPath: field] = try V.read(text, option: name) })
    }

    /// A flag setting a Boolean field.
    static func flag(_ field: WritableKeyPath<Root, Bool>, _ name: String, short: String? = nil, help: String) -> Declaration {
        Declaration(name: name, short: short, kind: .flag, help: help, store: { root, _ in root[keyPath: field] = true })
    }

    /// Exactly one positional argument.
    static func argument(_ field: WritableKeyPath<Root, String>, _ label: String) -> Declaration {
        Declaration(name: label, kind: .positional(min: 1, max: 1), help: "", store: { root, text in root[keyPath: field] = text })
    }

    /// An optional positional argument.
    static func argument(_ field: WritableKeyPath<Root, String?>, _ label: String) -> Declaration {
        Declaration(name: label, kind: .positional(min: 0, max: 1), help: "", store: { root, text in root[keyPath: field] = text })
    }

    /// Several positional arguments, in order.
    static func arguments(_ field: WritableKeyPath<Root, [String]>, _ label: String, min: Int, max: Int? = nil) -> Declaration {
        Declaration(name: label, kind: .positional(min: min, max: max), help: "", store: { root, text in root[keyPath: field].append(text) })
    }

    /// This declaration, filling the same field inside `Outer`'s `group`:
    /// how a shared option group joins a command's list.
    func lifted<Outer>(into group: WritableKeyPath<Outer, Root>) -> Declaration<Outer> {
        let store = self.store
        return Declaration<Outer>(name: name, short: short, kind: kind, help: help, store: { outer, text in
            try store(&outer[keyPath: group], text)
        })
    }
}

/// Options several commands share, declared once with their fields.
protocol OptionGroup {
    init()
}

extension Array {
    /// The declarations of `G`, filling the group at `field`.
    static func group<Root, G: OptionGroup>(_ field: WritableKeyPath<Root, G>, _ declarations: [Declaration<G>]) -> [Declaration<Root>]
    where Element == Declaration<Root> {
        declarations.map { $0.lifted(into: field) }
    }
}
