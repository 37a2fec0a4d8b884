#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `-o 文件`: where a command writes. Absent or `-` means standard output.
struct OutputOption: OptionGroup {
    var path: String?

    /// The file to write, or `nil` for standard output.
    var file: String? { path == "-" ? nil : path }

    static func declarations(help: String) -> [Declaration<Self>] {
        [.option(\.path, "--output", short: "-o", value: "文件", help: help)]
    }

    /// For commands that write an input file the user then edits for a
    /// year: an existing file is never replaced.
    ///
    /// - Throws: `CLIError.io` naming the file, with `reason` (why not).
    func refuseExisting(_ reason: String) throws {
        if let file, FileManager.default.fileExists(atPath: file) {
            throw CLIError.io("“\(file)”已存在，为防止覆盖\(reason)，请换一个文件名或先删除它")
        }
    }
}
