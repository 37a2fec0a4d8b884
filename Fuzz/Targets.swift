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

// LeakSanitizer cannot follow Swift's tagged pointers (an indirect enum's
// payload in a multi-payload enum), so a cache built once per process, such
// as the compiled built-in templates, looks leaked to it the first time an
// input builds it. The caches are built before fuzzing, with leak checking
// off, so that only what an input leaves behind can be reported.
@_silgen_name("__lsan_disable") private func lsanDisable()
@_silgen_name("__lsan_enable") private func lsanEnable()

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    lsanDisable()
    defer { lsanEnable() }
    let warmUp = [
        "{}\n{{<township}}{{/township}}{{<organ}}{{/organ}}{{<village}}{{/village}}{{<strict}}{{/strict}}",
        "年度: 2024\n单位: 青石镇\n指标:\n  党员: 10名\n  率: =党员/党员*100%\n结尾: 共{{党员}}\n",
        "2024年度抓基层党建工作述职报告\n根据要求，现将履职情况报告如下：\n一、履职情况\n（一）抓学习。\n二、存在问题\n一是学习不深。\n三、下一步工作打算\n一是加强学习。\n",
    ]
    for input in warmUp {
        let bytes = Array(input.utf8)
        bytes.withUnsafeBytes { _ = fuzzOne($0.baseAddress!, $0.count) }
    }
    return 0
}

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
    case "inflate":
        fuzzInflate(bytes)
    case "docx":
        fuzzDocument(bytes)
    default:
        fatalError("unknown SHUZHI_FUZZ_TARGET \(target)")
    }
    return 0
}

/// Inflate must refuse or decode, within its limit, and decode the same
/// whatever the limit above the output's size.
func fuzzInflate(_ bytes: [UInt8]) {
    guard let result = try? Inflate.inflate(bytes, limit: 1 << 22) else { return }
    precondition(result.consumed <= bytes.count)
    let again = try? Inflate.inflate(bytes, limit: result.output.count)
    precondition(again?.output == result.output, "inflate depends on its limit")
}

/// The document reader, with smaller caps so that each run stays fast; then
/// the lines and locations built from it, and the text decoder.
func fuzzDocument(_ bytes: [UInt8]) {
    let limits = ZipArchive.Limits(entrySize: 4 << 20, totalSize: 8 << 20, ratio: 1100, entries: 1000)
    if let body = try? DocxReader.read(bytes, limits: limits) {
        let text = DocumentText.wordDocument(body)
        let lines = text.text.split(separator: "\n", omittingEmptySubsequences: false).count
        for line in [1, lines / 2, lines, lines + 1] {
            _ = text.locate(Diagnostic.error(.placeholder, "x", at: SourceLocation(line: max(line, 1), column: 2)))
        }
    }
    // The text path (UTF-8, GB 18030, UTF-16) on the same bytes.
    _ = try? TextDecoding.decode(bytes)
}
