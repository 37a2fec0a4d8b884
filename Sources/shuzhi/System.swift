#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif

// The few services the tool takes from the C library rather than from
// Foundation's full layer, which would link ICU data: see the README's
// release build. FoundationEssentials has no FileHandle, NSLock or ObjCBool.

enum System {
    /// Whether `path` names a folder (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Everything readable from `fd` until end of file; `nil` on a read error.
    static func readAll(_ fd: Int32) -> [UInt8]? {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return result }
            result += buffer[..<n]
        }
    }

    /// Writes all of `bytes` to `fd`; `false` with `errno` set when a write fails.
    @discardableResult
    static func writeAll(_ bytes: some Collection<UInt8>, to fd: Int32) -> Bool {
        let contiguous = Array(bytes)
        var written = 0
        while written < contiguous.count {
            let n = contiguous[written...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += n
        }
        return true
    }
}

/// A mutual-exclusion lock for the console and the parallel checker.
final class Lock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
}

extension String {
    /// The text padded with spaces on the right to `width` characters, for
    /// aligned help columns (a CJK character counts as one).
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
