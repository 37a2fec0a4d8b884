#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reading the bytes of a file shuzhi was asked to read: regular files and
/// standard input only, and at most `maxSize` bytes, so that `/dev/zero`,
/// a named pipe with no writer or a link to either is refused at once
/// instead of filling memory or waiting forever. Decoding comes after, in
/// `SourceText` and the document readers.
public enum FileInput {
    /// The largest file shuzhi reads: 64 MB, far beyond any report (a long
    /// one is under 1 MB) and small enough that reading and checking it
    /// stays within a few hundred megabytes of memory.
    public static let maxSize = 64 * 1024 * 1024

    /// Why a file was not read.
    public enum Failure: Error, Equatable, Sendable {
        /// No file at the path (nor a symbolic link).
        case notFound
        /// A symbolic link whose target does not exist.
        case danglingLink
        /// Symbolic links that lead back to themselves.
        case linkLoop
        /// A folder, device, named pipe or socket; the Chinese name of what it is.
        case notRegular(String)
        /// More than `maxSize` bytes (the size when known).
        case tooLarge(Int?)
        /// No permission to read it.
        case permission
        /// Another error of the system, as its own message.
        case system(String)
        /// A file of a folder (a template's partial) that is a symbolic link
        /// to a file outside the folder.
        case outsideFolder

        /// The message, naming the file as `name`.
        public func message(_ name: String) -> String {
            switch self {
            case .notFound: "找不到文件“\(name)”"
            case .danglingLink: "“\(name)”是符号链接，但它指向的文件不存在"
            case .linkLoop: "“\(name)”是循环的符号链接（链接最终指回自己），找不到真正的文件"
            case .notRegular(let kind): "“\(name)”是\(kind)，不是普通文件"
            case .tooLarge(let size):
                "“\(name)”\(size.map { "有\(FileInput.megabytes($0))，" } ?? "")超过\(FileInput.megabytes(FileInput.maxSize))的上限，不读取"
            case .permission: "无法读取“\(name)”：没有读取权限"
            case .system(let text): "无法读取“\(name)”：\(text)"
            case .outsideFolder: "“\(name)”指向所在文件夹以外的文件，不读取"
            }
        }

        /// The diagnostic, in file `name`, for a failure that has a code of
        /// its own (`not-a-file`, `file-too-large`); `nil` for the others.
        public func diagnostic(_ name: String, severity: Diagnostic.Severity = .error) -> Diagnostic? {
            switch self {
            case .notRegular(let kind):
                Diagnostic(severity, code: .notAFile, message: "这是\(kind)，不是普通文件", at: nil, file: name,
                           hint: "shuzhi只读普通文件（和用“-”表示的标准输入）")
            case .tooLarge(let size):
                Diagnostic(severity, code: .fileTooLarge,
                           message: "\(size.map { "文件有\(FileInput.megabytes($0))，" } ?? "内容")超过\(FileInput.megabytes(FileInput.maxSize))的上限，不读取",
                           at: nil, file: name, hint: "述职报告和输入文件通常不到1 MB；请检查是否选错了文件")
            case .outsideFolder:
                Diagnostic(severity, code: .fileOutsideFolder, message: "这个文件是指向文件夹以外的符号链接，不读取", at: nil, file: name,
                           hint: "模板文件夹里的文件要真的放在文件夹里：把它复制进来，不要用链接")
            default:
                nil
            }
        }
    }

    /// The bytes of the regular file at `path` (a symbolic link is
    /// followed). A named pipe is opened without waiting for a writer, and
    /// the file is judged by what was opened, so nothing can change between
    /// the check and the read.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw openFailure(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(String(cString: strerror(errno))) }
        if let kind = kind(info.st_mode) { throw .notRegular(kind) }
        if Int(info.st_size) > maxSize { throw .tooLarge(Int(info.st_size)) }
        // A regular file never blocks; reading stops one byte past the limit
        // in case the file grows while it is read.
        return try readBounded(fd, expected: Int(info.st_size))
    }

    /// The bytes of `path`, a file of `folder` that must really be in it:
    /// a symbolic link that leads outside the folder is refused, so that a
    /// template folder handed over by someone else reads only its own files.
    public static func read(_ path: String, inFolder folder: String) throws(Failure) -> [UInt8] {
        guard let base = realPath(folder) else { throw .notFound }
        guard let real = realPath(path) else {
            // Say why it cannot be resolved: missing, dangling, a loop.
            _ = try read(path)
            throw .notFound
        }
        guard real.hasPrefix(base.hasSuffix("/") ? base : base + "/") else { throw .outsideFolder }
        return try read(path)
    }

    private static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Everything readable from `fd` (standard input) up to `maxSize` bytes.
    ///
    /// - Throws: `tooLarge(nil)` past `maxSize`, `system` on a read error.
    public static func read(fd: Int32) throws(Failure) -> [UInt8] {
        try readBounded(fd, expected: 0)
    }

    /// What a stat mode names when it is not a regular file.
    public static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "文件夹"
        case S_IFIFO: "命名管道（FIFO）"
        case S_IFCHR, S_IFBLK: "设备文件"
        case S_IFSOCK: "套接字"
        default: "特殊文件"
        }
    }

    /// `1.5 MB`, `64 MB`: sizes as people read them.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    private static func readBounded(_ fd: Int32, expected: Int) throws(Failure) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(min(expected, maxSize) + 1)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let want = min(buffer.count, maxSize + 1 - result.count)
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw .notRegular("文件夹") }
                throw .system(String(cString: strerror(errno)))
            }
            if n == 0 { return result }
            result += buffer[..<n]
            if result.count > maxSize { throw .tooLarge(nil) }
        }
    }

    private static func openFailure(_ path: String, _ code: Int32) -> Failure {
        switch code {
        case ENOENT:
            // A link that leads nowhere is not “not found”: the link is there.
            var info = stat()
            return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK ? .danglingLink : .notFound
        case ELOOP: return .linkLoop
        case EACCES, EPERM: return .permission
        case ENOTDIR: return .notFound
        case ENXIO:
            // A socket, or a device with nothing behind it.
            var info = stat()
            return .notRegular(stat(path, &info) == 0 ? kind(info.st_mode) ?? "特殊文件" : "特殊文件")
        default: return .system(String(cString: strerror(code)))
        }
    }
}

/// The codes of reading files.
public enum FileInputDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [.notAFile, .fileTooLarge, .fileOutsideFolder]
}

extension DiagnosticCode {
    /// `not-a-file`
    public static let notAFile = DiagnosticCode("not-a-file", .error, "不是普通文件（文件夹、设备、命名管道等），不读取；检查文件夹时跳过并提示")
    /// `file-too-large`
    public static let fileTooLarge = DiagnosticCode("file-too-large", .error, "文件超过64 MB，不读取")
    /// `file-outside-folder`
    public static let fileOutsideFolder = DiagnosticCode("file-outside-folder", .error, "模板文件夹中的文件是指向文件夹以外的链接，不读取")
}
