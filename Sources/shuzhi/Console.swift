import ShuzhiKit

/// The streams a command talks to. The real tool uses the process's
/// streams; tests use buffers, so everything reachable from `main` runs
/// in-process with arguments and streams in and an exit code out.
final class Console: @unchecked Sendable {
    private let readInput: () throws(FileInput.Failure) -> [UInt8]
    private let writeOut: ([UInt8]) -> Void
    private let writeErr: (String) -> Void
    private let lock = Lock()

    /// A console whose standard output takes bytes, so that output in
    /// another encoding (GB 18030) reaches it unchanged.
    init(stdin: @escaping () throws(FileInput.Failure) -> [UInt8], stdoutBytes: @escaping ([UInt8]) -> Void, stderr: @escaping (String) -> Void) {
        self.readInput = stdin
        self.writeOut = stdoutBytes
        self.writeErr = stderr
    }

    /// A console whose standard output takes text (UTF-8).
    convenience init(stdin: @escaping () throws(FileInput.Failure) -> [UInt8], stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void) {
        self.init(stdin: stdin, stdoutBytes: { stdout(String(decoding: $0, as: UTF8.self)) }, stderr: stderr)
    }

    /// The process's own standard streams.
    static func standard() -> Console {
        Console(
            stdin: { () throws(FileInput.Failure) in try FileInput.read(fd: 0) },
            stdoutBytes: { System.writeAll($0, to: 1) },
            stderr: { System.writeAll($0.utf8, to: 2) })
    }

    /// Reads all of standard input, up to `FileInput.maxSize` bytes.
    func readStdin() throws(FileInput.Failure) -> [UInt8] { try readInput() }

    /// Writes to standard output, exactly as given, in UTF-8.
    func out(_ s: String) {
        lock.lock(); defer { lock.unlock() }
        writeOut(Array(s.utf8))
    }

    /// Writes bytes to standard output unchanged (an export in GB 18030).
    func out(bytes: [UInt8]) {
        lock.lock(); defer { lock.unlock() }
        writeOut(bytes)
    }

    /// Writes to standard error, exactly as given.
    func err(_ s: String) {
        lock.lock(); defer { lock.unlock() }
        writeErr(s)
    }
}

/// A console over memory buffers, for tests.
final class BufferConsole: @unchecked Sendable {
    /// Standard output as bytes, exactly as written.
    var stdoutBytes: [UInt8] = []
    var stderr = ""
    /// Standard output decoded as UTF-8.
    var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
    let stdin: [UInt8]

    init(stdin: [UInt8] = []) { self.stdin = stdin }

    var console: Console {
        Console(stdin: { [stdin] in stdin }, stdoutBytes: { self.stdoutBytes += $0 }, stderr: { self.stderr += $0 })
    }
}
