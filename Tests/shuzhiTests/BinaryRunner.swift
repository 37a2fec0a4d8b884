import Foundation
import XCTest

/// Runs the built `shuzhi` binary end to end, as a user would.
enum BinaryRunner {
    /// The folder holding the test bundle also holds the built products.
    static var binary: URL {
        // On Linux the bundle URL is the products folder itself; on macOS it
        // is the .xctest bundle inside it.
        let bundle = Bundle(for: BinaryRunnerAnchor.self).bundleURL
        let here = bundle.appendingPathComponent("shuzhi")
        if FileManager.default.isExecutableFile(atPath: here.path) { return here }
        return bundle.deletingLastPathComponent().appendingPathComponent("shuzhi")
    }

    static func run(
        _ args: [String], stdin: Data = Data(), cwd: URL? = nil, environment: [String: String] = [:]
    ) throws -> (code: Int32, stdout: String, stderr: String) {
        let r = try runBytes(args, stdin: stdin, cwd: cwd, environment: environment)
        return (r.code, String(decoding: r.stdout, as: UTF8.self), r.stderr)
    }

    /// `run`, with standard output as the bytes written (GB 18030 output is not UTF-8).
    static func runBytes(
        _ args: [String], stdin: Data = Data(), cwd: URL? = nil, environment: [String: String] = [:]
    ) throws -> (code: Int32, stdout: Data, stderr: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if let cwd { p.currentDirectoryURL = cwd }
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        env.merge(environment) { _, new in new }
        p.environment = env
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        p.standardError = errPipe
        try p.run()
        inPipe.fileHandleForWriting.write(stdin)
        try inPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errBox.data
        p.waitUntilExit()
        return (p.terminationStatus, outData, String(decoding: errData, as: UTF8.self))
    }
}

final class BinaryRunnerAnchor {}

/// A fresh temporary folder, removed at the end of the test.
func temporaryFolder(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("shuzhi-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
