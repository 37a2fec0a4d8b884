import ShuzhiKit

struct ParseCommand: Command {
    static let info = CommandInfo(
        name: "parse", summary: "显示输入文件读出的结构（JSON）",
        usage: "parse 输入文件",
        discussion: """
            按 shuzhi 的规则读取输入文件，把读到的结构以 JSON 打印出来：键保持原来的顺序，\
            所有值都是文字，空值为 null。用来确认 shuzhi 读到的正是你写的。
            文件有错误时打印错误位置并以退出码1结束。
            """,
        positionals: (1, 1))

    static func run(_ args: ParsedArguments, _ console: Console) throws -> Int32 {
        let input = try Files.read(args.positionals[0], console)
        do throws(Diagnostic) {
            let node = try InputReader.read(bytes: input.bytes)
            console.out(NodeJSON.dump(node))
            return 0
        } catch {
            console.err(DiagnosticPrinter.text(error.inFile(input.name)))
            return 1
        }
    }
}
