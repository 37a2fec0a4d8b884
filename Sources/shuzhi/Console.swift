/// The streams a command talks to. The real tool uses the process's
/// streams; tests use buffers, so everything reachable from `main` runs
/// in-process with arguments and streams in and an exit code out.
final class Console: @unchecked Sendable {
    private let readInput: () -> [UInt8]
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    private let lock = Lock()

    init(stdin: @escaping () -> [UInt8], stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void) {
        self.readInput = stdin
        self.writeOut = stdout
        self.writeErr = stderr
    }

    /// The process's own standard streams.
    static func standard() -> Console {
        Console(
            stdin: { System.readAll(0) ?? [] },
            stdout: { System.writeAll($0.utf8, to: 1) },
            stderr: { System.writeAll($0.utf8, to: 2) })
    }

    /// Reads all of standard input.
    func readStdin() -> [UInt8] { readInput() }

    /// Writes to standard output, exactly as given.
    func out(_ s: String) {
        lock.lock(); defer { lock.unlock() }
        writeOut(s)
    }

    /// Writes to standard error, exactly as given.
    func err(_ s: String) {
        lock.lock(); defer { lock.unlock() }
        writeErr(s)
    }
}

/// A console over memory buffers, for tests.
final class BufferConsole: @unchecked Sendable {
    var stdout = ""
    var stderr = ""
    let stdin: [UInt8]

    init(stdin: [UInt8] = []) { self.stdin = stdin }

    var console: Console {
        Console(stdin: { [stdin] in stdin }, stdout: { self.stdout += $0 }, stderr: { self.stderr += $0 })
    }
}
