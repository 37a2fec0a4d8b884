import Foundation
import ShuzhiKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The tool's own start-to-exit time, measured from outside: the binary
/// beside this one (`.build/release/shuzhi`) is started with posix_spawn
/// and waited for with wait4, timed with the monotonic clock, many times;
/// the median is reported (and the child's CPU time, which other
/// processes on the machine disturb less). Foundation's
/// `Process.waitUntilExit` is not used: it polls every 50 ms.
func startupBench() -> [BenchRow] {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("shuzhi")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        // swift run builds only this product; say why the rows are missing rather than drop them silently.
        FileHandle.standardError.write(Data("没有找到 \(binary.path)，跳过启动时间的测量；先运行 README 中的发布版构建命令\n".utf8))
        return []
    }
    let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/青石镇2024.yaml").path
    var rows: [BenchRow] = []
    let size = (try? FileManager.default.attributesOfItem(atPath: binary.path)[.size] as? Int) ?? 0
    rows.append(BenchRow(name: "shuzhi 程序大小", value: Double(size) / 1_000_000, unit: "MB"))
    for (label, arguments) in [("version", ["version"]), ("draft 示例（青石镇2024.yaml）", ["draft", example])] {
        guard let (wall, cpu) = spawnTimes(binary.path, arguments, runs: 300) else { continue }
        rows.append(BenchRow(name: "shuzhi \(label) 启动到退出（中位数）", value: median(wall) * 1000, unit: "毫秒"))
        rows.append(BenchRow(name: "shuzhi \(label) 进程 CPU 时间（中位数）", value: median(cpu) * 1000, unit: "毫秒"))
    }
    return rows
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// Wall and CPU seconds of `runs` runs of `path arguments` (after ten
/// warm-up runs), output to /dev/null; `nil` when it cannot be started or fails.
func spawnTimes(_ path: String, _ arguments: [String], runs: Int) -> (wall: [Double], cpu: [Double])? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for arg in argv { free(arg) } }
    var wall: [Double] = []
    var cpu: [Double] = []
    for run in 0..<(runs + 10) {
        var start = timespec()
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var pid = pid_t()
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid, status == 0 else { return nil }
        clock_gettime(CLOCK_MONOTONIC, &end)
        if run < 10 { continue }
        wall.append(Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        cpu.append(user + system)
    }
    return (wall, cpu)
}
