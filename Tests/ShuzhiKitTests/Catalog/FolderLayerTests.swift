import Foundation
import XCTest

/// The library's folders form layers with no cycle (DESIGN.md, "Data
/// flow"): a folder uses only the types of folders below it. This reads the
/// sources, finds where each top-level type is declared, and fails on any
/// use of a type from a folder above, naming the file and the type.
final class FolderLayerTests: XCTestCase {
    /// Bottom to top; folders on one line may not use each other.
    static let layers: [[String]] = [
        ["Text"], ["Diagnostics"], ["Builtin", "Document"], ["Reader"], ["Lexicon"], ["Template"], ["Metrics"], ["Schema"],
        ["Outline"], ["Draft"], ["Check"], ["Import"], ["Export"], ["Catalog"],
    ]

    func testNoFolderUsesATypeOfAFolderAboveIt() throws {
        let root = packageRoot.appendingPathComponent("Sources/ShuzhiKit")
        let fm = FileManager.default
        var rank: [String: Int] = [:]
        for (k, line) in Self.layers.enumerated() { for f in line { rank[f] = k } }
        let folders = try fm.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(Set(folders), Set(rank.keys), "每个文件夹都要在 layers 里有一层")
        var files: [(folder: String, name: String, code: String)] = []
        for folder in folders {
            for name in try fm.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path) where name.hasSuffix(".swift") {
                let text = try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
                files.append((folder, name, Self.code(text)))
            }
        }
        // Where each top-level type is declared.
        let declaration = try NSRegularExpression(
            pattern: #"^(?:(?:public|internal|private|fileprivate|final|indirect)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Za-z_]\w*)"#,
            options: .anchorsMatchLines)
        var home: [String: String] = [:]
        for f in files {
            for m in declaration.matches(in: f.code, range: NSRange(f.code.startIndex..., in: f.code)) {
                home[String(f.code[Range(m.range(at: 1), in: f.code)!])] = f.folder
            }
        }
        // Type names used, not as a member after a dot (Outline.Paragraph names Outline).
        let use = try NSRegularExpression(pattern: #"(?<![.\w])([A-Z]\w*)"#)
        var violations: [String] = []
        for f in files {
            var seen: Set<String> = []
            for m in use.matches(in: f.code, range: NSRange(f.code.startIndex..., in: f.code)) {
                let name = String(f.code[Range(m.range(at: 1), in: f.code)!])
                guard seen.insert(name).inserted, let owner = home[name], owner != f.folder else { continue }
                if rank[owner]! >= rank[f.folder]! { violations.append("\(f.folder)/\(f.name) 用了上层 \(owner) 的 \(name)") }
            }
        }
        XCTAssertEqual(violations.sorted(), [])
    }

    /// Source without comments and string literals.
    static func code(_ text: String) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let rest = text[i...]
            if rest.hasPrefix("//") {
                i = rest.firstIndex(of: "\n") ?? text.endIndex
            } else if rest.hasPrefix("/*") {
                i = rest.range(of: "*/").map(\.upperBound) ?? text.endIndex
            } else if rest.hasPrefix("#\"\"\"") || rest.hasPrefix("\"\"\"") {
                let close = rest.hasPrefix("#") ? "\"\"\"#" : "\"\"\""
                let start = text.index(i, offsetBy: close.count)
                i = text[start...].range(of: close).map(\.upperBound) ?? text.endIndex
                out += "\"\""
            } else if rest.hasPrefix("\"") {
                var j = text.index(after: i)
                while j < text.endIndex, text[j] != "\"" && text[j] != "\n" {
                    if text[j] == "\\" { j = text.index(after: j) }
                    if j < text.endIndex { j = text.index(after: j) }
                }
                i = j < text.endIndex ? text.index(after: j) : j
                out += "\"\""
            } else {
                out.append(text[i])
                i = text.index(after: i)
            }
        }
        return out
    }
}
