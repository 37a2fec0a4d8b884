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

    /// The bytes of a regular file or of standard input (`-`), at most
    /// `FileInput.maxSize`; with `folder`, a file that must really be in it.
    ///
    /// - Throws: `CLIError.io` when the file cannot be read, or
    ///   `CLIError.environment` with `not-a-file`, `file-too-large` or
    ///   `file-outside-folder` (exit 2 either way).
    static func read(_ path: String, _ console: Console, inFolder folder: String? = nil) throws -> Input {
        let name = path == "-" ? stdinName : path
        do throws(FileInput.Failure) {
            if path == "-" { return Input(name: name, bytes: try console.readStdin()) }
            if let folder { return Input(name: name, bytes: try FileInput.read(path, inFolder: folder)) }
            return Input(name: name, bytes: try FileInput.read(path))
        } catch {
            throw failure(error, name)
        }
    }

    /// The command-line error for a file that was not read: a refusal with
    /// a code of its own prints as a diagnostic.
    static func failure(_ failure: FileInput.Failure, _ name: String) -> CLIError {
        failure.diagnostic(name).map { .environment([$0]) } ?? .io(failure.message(name))
    }

    /// Reads and decodes a text file (an input file, a template, data):
    /// UTF-8, or GBK/GB 18030 or UTF-16 with a note printed to standard error.
    ///
    /// - Throws: `CLIError.io` when the file cannot be read;
    ///   `CLIError.document` when its bytes are not text (the document's
    ///   fault, exit 1).
    static func readText(_ path: String, _ console: Console, inFolder folder: String? = nil) throws -> (input: Input, text: String) {
        var input = try read(path, console, inFolder: folder)
        do throws(Diagnostic) {
            let document = try DocumentText.read(input.bytes, name: input.name, wordDocuments: false)
            for note in document.notes { console.err(DiagnosticPrinter.text(note)) }
            // The bytes are done with: a large file is not held twice while it is worked on.
            input.bytes = []
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
        var input = try read(path, console)
        do throws(Diagnostic) {
            let document = try DocumentText.read(input.bytes, name: input.name)
            // The bytes are done with: a large file is not held twice while it is worked on.
            input.bytes = []
            return (input, document)
        } catch {
            throw CLIError.document([error])
        }
    }

    /// The one rule for empty input (see `Diagnostic.emptyInput`): a
    /// document with nothing but blank lines is refused with exit 1.
    static func refuseEmpty(_ document: DocumentText, name: String, inputFile: Bool = false) throws {
        if Diagnostic.isBlank(document.text) {
            throw CLIError.document([Diagnostic.emptyInput(inputFile: inputFile).inFile(name)])
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
        let exists = stat(path, &existing) == 0
        if exists && (existing.st_mode & S_IFMT) != S_IFREG {
            // A device or pipe (/dev/stdout, /dev/full) cannot be replaced by
            // a rename, and must not be: write into it directly.
            try writeDirectly(bytes, to: path)
            return
        }
        // A rename would replace a read-only file too (it needs only the
        // folder's permission): refuse, as a program that opens it would.
        if exists && (existing.st_mode & 0o222 == 0 || access(path, W_OK) != 0) {
            throw CLIError.io("无法写入“\(path)”：文件是只读的，不替换它（要替换，请先去掉它的只读属性）")
        }
        guard let (fd, tempPath) = TemporaryFile.create(for: url.lastPathComponent, in: folder) else {
            throw CLIError.io("无法写入“\(path)”：\(errnoText())")
        }
        var ok = false
        defer {
            if !ok { unlink(tempPath) }
            TemporaryFile.release()
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
        if exists {
            chmod(tempPath, existing.st_mode & 0o7777)
        } else {
            let mask = umask(0)
            umask(mask)
            chmod(tempPath, 0o666 & ~mask)
        }
        // Tests stop here to send a signal while the temporary file exists.
        if getenv("SHUZHI_TEST_HOLD_TEMPORARY") != nil {
            while true { pause() }
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
