#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary file an atomic write fills before renaming it over the
/// target, and what keeps it from being left behind.
///
/// Its name is `.TARGET.PID.shuzhi-tmp-XXXXXX` beside the target: the
/// process id lets a later write remove what a killed one left (`SIGKILL`
/// and power cuts run no handler). While it exists, SIGINT, SIGTERM and
/// SIGHUP remove it before the process ends as the signal says.
enum TemporaryFile {
    /// The marker between the target's name and the random part.
    static let marker = ".shuzhi-tmp-"

    /// The signals that remove the file before the process ends.
    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// A new, empty temporary file for `target` in `folder`, open for
    /// writing, and registered for removal on a signal.
    static func create(for target: String, in folder: String) -> (fd: Int32, path: String)? {
        installHandlers()
        removeStale(for: target, in: folder)
        let template = folder + "/." + target + ".\(getpid())" + marker + "XXXXXX"
        guard template.utf8.count < capacity else {
            errno = ENAMETOOLONG
            return nil
        }
        var buffer = Array(template.utf8CString)
        // A signal between creating the file and registering it would leave the
        // file behind: hold the signals until the handler knows its name.
        var handled = sigset_t()
        var before = sigset_t()
        sigemptyset(&handled)
        for sig in signals { sigaddset(&handled, sig) }
        pthread_sigmask(SIG_BLOCK, &handled, &before)
        defer { pthread_sigmask(SIG_SETMASK, &before, nil) }
        let fd = buffer.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        let path = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        register(path)
        return (fd, path)
    }

    /// Forgets the registered file: renamed into place or removed.
    static func release() {
        armed.pointee = 0
    }

    // MARK: Signals

    /// Room for one path, filled before `armed` is set: the handler reads
    /// nothing else, and allocates nothing.
    private static let capacity = Int(PATH_MAX) + 1
    nonisolated(unsafe) private static let pathBuffer: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        p.initialize(repeating: 0, count: capacity)
        return p
    }()
    nonisolated(unsafe) private static let armed: UnsafeMutablePointer<sig_atomic_t> = {
        let p = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()
    nonisolated(unsafe) private static var installed = false

    private static func register(_ path: String) {
        armed.pointee = 0
        // strcpy is opaque to the compiler, so the flag is set only after the path is whole.
        _ = path.withCString { strcpy(pathBuffer, $0) }
        armed.pointee = 1
    }

    /// Installs the handlers once; a signal already ignored (as under
    /// `nohup`) stays ignored.
    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        _ = pathBuffer
        _ = armed
        for sig in signals {
            var old = sigaction()
            sigaction(sig, nil, &old)
            if isIgnored(old) { continue }
            var action = sigaction()
            setHandler(&action, onSignal)
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }

    /// Only async-signal-safe calls: unlink, signal, raise.
    private static let onSignal: @convention(c) (Int32) -> Void = { sig in
        if TemporaryFile.armed.pointee != 0 {
            TemporaryFile.armed.pointee = 0
            unlink(TemporaryFile.pathBuffer)
        }
        signal(sig, SIG_DFL)
        raise(sig)
    }

    #if canImport(Glibc)
    private static func isIgnored(_ action: sigaction) -> Bool {
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 1  // SIG_IGN
    }

    private static func setHandler(_ action: inout sigaction, _ handler: @escaping @convention(c) (Int32) -> Void) {
        action.__sigaction_handler.sa_handler = handler
    }
    #else
    private static func isIgnored(_ action: sigaction) -> Bool {
        unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == 1  // SIG_IGN
    }

    private static func setHandler(_ action: inout sigaction, _ handler: @escaping @convention(c) (Int32) -> Void) {
        action.__sigaction_u.__sa_handler = handler
    }
    #endif

    // MARK: Stale files

    /// Removes the temporary files of `target` whose writer no longer runs.
    /// A file whose process id is alive (another shuzhi writing the same
    /// target right now) is left alone.
    static func removeStale(for target: String, in folder: String) {
        let prefix = "." + target + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dot = rest.firstIndex(of: "."), rest[dot...].hasPrefix(marker),
                  rest.count == rest.distance(from: rest.startIndex, to: dot) + marker.count + 6,
                  let pid = pid_t(rest[..<dot]), pid > 0, pid != getpid()
            else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}
