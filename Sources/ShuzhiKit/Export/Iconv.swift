import Foundation

/// Character-set conversion through the system's `iconv` command, so the
/// binary needs no converter of its own and no package. Input and output go
/// through temporary files: no pipe can fill up or break when iconv stops early.
enum Iconv {
    /// Why a conversion failed.
    enum Failure: Error, Equatable {
        /// No `iconv` executable on PATH.
        case missing
        /// The input byte at this 0-based offset has no code in the target encoding.
        case unencodable(byteOffset: Int)
        /// Anything else, with iconv's own message.
        case failed(String)
    }

    /// The first executable `iconv` in `searchPath` (a PATH-style list).
    static func locate(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        let folders = (searchPath ?? "").split(separator: ":").map(String.init)
        for folder in folders where !folder.isEmpty {
            let candidate = folder + "/iconv"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Converts UTF-8 `input` to `encoding` (an iconv name such as `GB18030`).
    static func convert(
        _ input: [UInt8], to encoding: String,
        searchPath: String? = ProcessInfo.processInfo.environment["PATH"]
    ) throws(Failure) -> [UInt8] {
        guard let iconv = locate(searchPath: searchPath) else { throw .missing }
        let folder = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let inURL = folder.appendingPathComponent("shuzhi-iconv-\(id).in")
        let outURL = folder.appendingPathComponent("shuzhi-iconv-\(id).out")
        let errURL = folder.appendingPathComponent("shuzhi-iconv-\(id).err")
        defer {
            for url in [inURL, outURL, errURL] { try? FileManager.default.removeItem(at: url) }
        }
        let status: Int32
        do {
            try Data(input).write(to: inURL)
            _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
            let out = try FileHandle(forWritingTo: outURL)
            let err = try FileHandle(forWritingTo: errURL)
            defer {
                try? out.close()
                try? err.close()
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: iconv)
            process.arguments = ["-f", "UTF-8", "-t", encoding, inURL.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = out
            process.standardError = err
            try process.run()
            process.waitUntilExit()
            status = process.terminationStatus
        } catch {
            throw .failed("\(error)")
        }
        if status == 0 {
            return [UInt8]((try? Data(contentsOf: outURL)) ?? Data())
        }
        let message = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        // glibc: "cannot convert" / "illegal input sequence at position N"; libiconv: "cannot convert".
        if let offset = position(in: message) { throw .unencodable(byteOffset: offset) }
        throw .failed(message.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The byte offset in an iconv error such as `iconv: cannot convert … at position 12`.
    static func position(in message: String) -> Int? {
        guard let range = message.range(of: "position ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
    }
}
