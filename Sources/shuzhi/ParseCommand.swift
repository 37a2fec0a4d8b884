import ShuzhiKit

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "parse", summary: "显示输入文件读出的结构（JSON）",
        discussion: """
            按 shuzhi 的规则读取输入文件，把读到的结构以 JSON 打印出来：键保持原来的顺序，\
            所有值都是文字，空值为 null。用来确认 shuzhi 读到的正是你写的。
            文件有错误时打印错误位置并以退出码1结束。
            """)

    static var arguments: [Declaration<Self>] { [.argument(\.input, "输入文件")] }

    var input = ""

    func run(_ console: Console) throws -> Outcome {
        // Decoded like every input file (GBK and UTF-16 with a note), then read.
        let (file, text) = try Files.readText(input, console)
        do throws(Diagnostic) {
            let root = try InputReader.read(text)
            // Empty is empty in every command: draft and check say so too.
            if root.isNull { throw Diagnostic.emptyInput(inputFile: true) }
            console.out(NodeJSON.dump(root))
            return .clean
        } catch {
            throw CLIError.document([error.inFile(file.name)])
        }
    }
}
