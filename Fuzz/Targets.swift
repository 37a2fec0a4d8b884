// libFuzzer entry point for ShuzhiKit, compiled together with the library's
// sources by Fuzz/run.sh (so internal API is reachable). The target is
// chosen by SHUZHI_FUZZ_TARGET. Any input must give a result or a located
// diagnostic: a crash, a sanitizer report or a time-out is a finding.
#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) private var target: String = {
    guard let p = getenv("SHUZHI_FUZZ_TARGET") else { return "reader" }
    return String(cString: p)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: data, count: count))
    let text = String(decoding: bytes, as: UTF8.self)
    switch target {
    case "reader":
        _ = try? InputReader.read(bytes: bytes)
    case "template":
        // First line: data as JSON; the rest: the template.
        let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let data = (try? TemplateJSON.parse(String(parts[0]))) ?? .map(["a": .list([.int(1), .string("x")])])
        let source = parts.count > 1 ? String(parts[1]) : text
        if let t = try? Template(source) {
            _ = try? t.render(data, options: RenderOptions(escaping: .none, strict: true, partials: ["p": source]))
        }
    case "draft":
        _ = Drafter.draft(text, file: "fuzz.yaml")
    case "outline":
        _ = OutlineReader.read(text).json()
    case "check":
        _ = Checker.checkReport(text, file: "fuzz.txt")
        _ = Checker.checkInput(text, file: "fuzz.yaml")
    case "import":
        _ = try? Importer.importText(text, file: "fuzz.txt", metrics: count % 2 == 0)
    default:
        fatalError("unknown SHUZHI_FUZZ_TARGET \(target)")
    }
    return 0
}
