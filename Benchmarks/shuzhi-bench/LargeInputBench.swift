import Foundation
import ShuzhiKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The README's reliability figures, measured on the tool itself: the
/// release binary beside this one is run on generated large inputs (one
/// long line, a million short lines, folders of reports) and timed from
/// outside, with its peak memory (the child's maximum resident set).
func largeInputBench() -> [BenchRow] {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("shuzhi")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        FileHandle.standardError.write(Data("没有找到 \(binary.path)，跳过大文件的测量；先运行 README 中的发布版构建命令\n".utf8))
        return []
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shuzhi-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/青石镇2024.yaml")
    let base = (try? String(contentsOf: example, encoding: .utf8)) ?? "年度: 2024\n单位: 青石镇\n"
    var rows: [BenchRow] = []

    func write(_ name: String, _ text: String) -> String {
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }
    func run(_ label: String, _ arguments: [String]) {
        guard let r = spawnMeasured(binary.path, arguments) else { return }
        rows.append(BenchRow(name: "\(label)：用时", value: r.wall, unit: "秒"))
        rows.append(BenchRow(name: "\(label)：最大内存", value: Double(r.maxRSS) / 1024, unit: "MB"))
    }
    // Chinese text in sentences, no line break: the hardest case for a paragraph.
    func longLine(megabytes: Int) -> String {
        let sentence = "全年发展党员10名，争取资金650万元，开展主题党日活动48次，推动基层党组织全面进步全面过硬。"
        return String(repeating: sentence, count: megabytes * 1_000_000 / sentence.utf8.count)
    }

    for mb in [2, 8, 50] {
        let path = write("单行\(mb).yaml", base + "结尾: " + longLine(megabytes: mb) + "\n")
        run("起草含 \(mb) MB 单行文字的输入文件", ["draft", path, "-o", folder.appendingPathComponent("草稿\(mb).txt").path])
    }
    for mb in [20, 50] {
        let path = write("单行\(mb).txt", "2024年度抓基层党建工作述职报告\n\n" + longLine(megabytes: mb) + "\n")
        run("检查 \(mb) MB 的单行报告", ["check", path])
    }
    let lines = (0..<1_000_000).map { "  第\($0)行，落实党建责任制。\n" }.joined()
    let block = write("百万行.yaml", "年度: 2024\n结尾: |\n" + lines)
    let blockSize = (try? FileManager.default.attributesOfItem(atPath: block)[.size] as? Int) ?? 0
    run("检查一百万行的块标量（\(blockSize / 1_000_000) MB）", ["check", block])

    // Folders of reports, as an organization department receives them.
    let reports = realSizeReports(count: 1_000)
    if !reports.isEmpty {
        for count in [1_000, 10_000] {
            let dir = folder.appendingPathComponent("报告\(count)")
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for k in 0..<count {
                FileManager.default.createFile(atPath: dir.appendingPathComponent("r\(k).txt").path, contents: Data(reports[k % reports.count].utf8))
            }
            run("检查文件夹中的 \(count) 份报告", ["check", dir.path])
        }
    }
    return rows
}

/// Wall seconds and peak resident memory (KB) of one run of `path
/// arguments`, output to /dev/null; `nil` unless it exits 0 or 1.
///
/// Linux counts the memory of the process that starts a child in the
/// child's peak (the peak of the address space it was forked from), and
/// this benchmark holds large inputs: so a fresh, small copy of the
/// benchmark (`--measure`) starts the tool and reports what it used.
func spawnMeasured(_ path: String, _ arguments: [String]) -> (wall: Double, maxRSS: Int)? {
    let bench = CommandLine.arguments[0]
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return nil }
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    let argv = ([bench, "--measure", path] + arguments).map { strdup($0) } + [nil]
    defer { for arg in argv { free(arg) } }
    var pid = pid_t()
    guard posix_spawn(&pid, bench, &actions, nil, argv, environ) == 0 else { return nil }
    close(fds[1])
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 256)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
        if n <= 0 { break }
        output += buffer[..<n]
    }
    close(fds[0])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let fields = String(decoding: output, as: UTF8.self).split(separator: " ")
    guard fields.count == 2, let wall = Double(fields[0]), let rss = Int(fields[1].trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
    return (wall, rss)
}

/// `shuzhi-bench --measure PATH ARGS...`: runs the tool once and prints
/// "wall-seconds peak-KB"; prints nothing unless it exits 0 or 1.
func measureChild(_ path: String, _ arguments: [String]) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    var pid = pid_t()
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { return }
    clock_gettime(CLOCK_MONOTONIC, &end)
    // Exited normally with 0 (clean) or 1 (findings).
    guard status & 0x7F == 0, (status >> 8) & 0xFF <= 1 else { return }
    let wall = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    print("\(wall) \(usage.ru_maxrss)")
}
