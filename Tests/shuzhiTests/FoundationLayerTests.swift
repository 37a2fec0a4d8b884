import Foundation
import XCTest

/// The tool links only Foundation's small layer (FoundationEssentials), not
/// its internationalization layer with ICU data: a third of the binary's
/// size and much of its start-up time (see the README's release build).
final class FoundationLayerTests: XCTestCase {
    /// Every `import Foundation` in Sources/ is the fallback of a
    /// `#if canImport(FoundationEssentials)`, for platforms without it.
    func testSourcesImportFoundationOnlyWhereEssentialsIsMissing() throws {
        let sources = packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        var offenders: [String] = []
        for file in files where file.hasSuffix(".swift") {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for (i, line) in lines.enumerated() {
                let isFoundation = line.hasPrefix("import Foundation") && line != "import FoundationEssentials"
                    || line.contains("import Foundation") && line.hasPrefix("@")
                guard isFoundation else { continue }
                let guarded = line == "import Foundation" && i >= 3
                    && lines[i - 1] == "#else" && lines[i - 2] == "import FoundationEssentials"
                    && lines[i - 3] == "#if canImport(FoundationEssentials)"
                if !guarded { offenders.append("Sources/\(file):\(i + 1): \(line)") }
            }
        }
        XCTAssertEqual(offenders, [], """
            Import FoundationEssentials instead:
            #if canImport(FoundationEssentials)
            import FoundationEssentials
            #else
            import Foundation
            #endif
            """)
    }

    /// The built binary does not load Foundation's full layer or ICU.
    func testBinaryDoesNotLinkFoundationInternationalization() throws {
        guard let ldd = ["/usr/bin/ldd", "/bin/ldd"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("没有 ldd，跳过检查程序链接的库")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ldd)
        p.arguments = [BinaryRunner.binary.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        for library in ["libFoundation.so", "libFoundationInternationalization.so", "lib_FoundationICU.so"] {
            XCTAssertFalse(text.contains(library), "shuzhi links \(library):\n\(text)")
        }
    }
}
