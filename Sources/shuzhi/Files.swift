#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ShuzhiKit

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// File input and output for commands. Reading `-` reads standard input;
/// writing is atomic (a temporary file in the same folder, then rename),
/// never onto an input file, and leaves an existing file untouched when
/// anything fails.
enum Files {
    /// The name diagnostics use for standard input.
    static let stdinName = "<标准输入>"

    /// A file's bytes and the name to show for it.
    struct Input {
        var name: String
        var bytes: [UInt8]
    }

    static func read(_ path: String, _ console: Console) throws -> Input {
        if path == "-" { return Input(name: stdinName, bytes: console.readStdin()) }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.io("找不到文件“\(path)”")
        }
        if System.isDirectory(path) { throw CLIError.io("“\(path)”是文件夹，不是文件") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CLIError.io("无法读取“\(path)”：没有读取权限")
        }
        defer { close(fd) }
        guard let bytes = System.readAll(fd) else {
            throw CLIError.io("无法读取“\(path)”")
        }
        return Input(name: path, bytes: bytes)
    }

    /// Reads and decodes a text file (an input file, a template, data):
    /// UTF-8, or GBK/GB 18030 or UTF-16 with a note printed to standard error.
    ///
    /// - Throws: `CLIError.io` when the file cannot be read;
    ///   `CLIError.document` when its bytes are not text (the document's
    ///   fault, exit 1).
    static func readText(_ path: String, _ console: Console) throws -> (input: Input, text: String) {
        let input = try read(path, console)
        do throws(Diagnostic) {
            let document = try DocumentText.read(input.bytes, name: input.name, wordDocuments: false)
            for note in document.notes { console.err(DiagnosticPrinter.text(note)) }
            return (input, document.text)
        } catch {
            throw CLIError.document([error])
        }
    }

    /// Reads a report: a Word document (.docx) or a text file in UTF-8,
    /// GBK/GB 18030 or UTF-16. A decoding step after the bytes are read;
    /// the caller prints `notes` and passes diagnostics about the text
    /// through `locate`, so that a .docx is located by paragraph.
    ///
    /// - Throws: `CLIError.io` when the file cannot be read;
    ///   `CLIError.document` when it is refused (not a report, a broken or
    ///   hostile Word document, bytes that are not text).
    static func readDocument(_ path: String, _ console: Console) throws -> (input: Input, document: DocumentText) {
        let input = try read(path, console)
        do throws(Diagnostic) {
            return (input, try DocumentText.read(input.bytes, name: input.name))
        } catch {
            throw CLIError.document([error])
        }
    }

    /// Writes `bytes` to `path` atomically. `inputs` are the paths the
    /// command read; writing onto one of them is refused.
    static func write(_ bytes: [UInt8], to path: String, inputs: [String]) throws {
        if path == "-" {
            System.writeAll(bytes, to: 1)
            return
        }
        for input in inputs where input != "-" && sameFile(input, path) {
            throw CLIError.io("输出文件“\(path)”就是输入文件，拒绝覆盖；请换一个输出文件名")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        guard System.isDirectory(folder) else {
            throw CLIError.io("无法写入“\(path)”：文件夹“\(folder)”不存在")
        }
        if System.isDirectory(path) {
            throw CLIError.io("无法写入“\(path)”：这是一个文件夹")
        }
        var existing = stat()
        if stat(path, &existing) == 0 && (existing.st_mode & S_IFMT) != S_IFREG {
            // A device or pipe (/dev/stdout, /dev/full) cannot be replaced by
            // a rename, and must not be: write into it directly.
            try writeDirectly(bytes, to: path)
            return
        }
        var template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw CLIError.io("无法写入“\(path)”：\(errnoText())")
        }
        let tempPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(tempPath) }
        }
        do {
            try writeAll(bytes, fd: fd, path: path)
        } catch {
            close(fd)
            throw error
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            throw CLIError.io("无法写入“\(path)”：\(errnoText())")
        }
        // mkstemp creates 0600: keep a replaced file's permissions, or give
        // a new one the usual ones.
        if stat(path, &existing) == 0 {
            chmod(tempPath, existing.st_mode & 0o7777)
        } else {
            let mask = umask(0)
            umask(mask)
            chmod(tempPath, 0o666 & ~mask)
        }
        guard rename(tempPath, path) == 0 else {
            throw CLIError.io("无法写入“\(path)”：\(errnoText())")
        }
        ok = true
    }

    private static func writeDirectly(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_TRUNC)
        guard fd >= 0 else { throw CLIError.io("无法写入“\(path)”：\(errnoText())") }
        defer { close(fd) }
        try writeAll(bytes, fd: fd, path: path)
    }

    private static func writeAll(_ bytes: [UInt8], fd: Int32, path: String) throws {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError.io("无法写入“\(path)”：\(errnoText())")
            }
            written += n
        }
    }

    static func write(_ text: String, to path: String, inputs: [String]) throws {
        try write(Array(text.utf8), to: path, inputs: inputs)
    }

    /// Whether two paths name the same file (same device and inode), so
    /// that `a.txt`, `./a.txt` and a hard link are all caught.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat()
        var sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    static func errnoText() -> String {
        switch errno {
        case EACCES, EPERM: "没有写入权限"
        case ENOSPC: "磁盘已满"
        case EROFS: "只读文件系统"
        case ENOENT: "路径不存在"
        case EISDIR: "这是一个文件夹"
        default: String(cString: strerror(errno))
        }
    }
}
