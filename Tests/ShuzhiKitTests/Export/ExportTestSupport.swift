import Foundation
import XCTest

/// Helpers for tests that run system tools (unzip, soffice) on exported files.
enum ExportTestSupport {
    /// The first executable called one of `names` on PATH.
    static func tool(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Runs a tool and returns its exit status and standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil) throws -> (Int32, Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = folder?.appendingPathComponent(".stdout-\(UUID().uuidString)")
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("stdout-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        defer {
            try? handle.close()
            try? FileManager.default.removeItem(at: out)
        }
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? Data(contentsOf: out)) ?? Data())
    }

    /// A fresh temporary folder, removed by the test's teardown.
    static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shuzhi-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
