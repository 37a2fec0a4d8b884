import Foundation
import ShuzhiKit

// Release-mode benchmark: `swift run -c release shuzhi-bench`.
// Prints one Markdown table; each stage contributes rows (see Stages below).

struct BenchRow {
    var name: String
    var value: Double
    var unit: String
}

/// Runs `body` repeatedly for at least `seconds` (after one warm-up call)
/// and returns the mean wall time of one call in seconds.
func measure(seconds: Double = 1.0, _ body: () -> Void) -> Double {
    if seconds == 0 {
        // One timed run: for stages that already loop over a whole corpus.
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }
    body()
    var runs = 0
    let start = Date()
    repeat {
        body()
        runs += 1
    } while Date().timeIntervalSince(start) < seconds
    return Date().timeIntervalSince(start) / Double(runs)
}

/// Each stage returns its rows. Add a stage as a function in its own file.
let stages: [(String, () -> [BenchRow])] = [
    ("startup", startupBench),
    ("corpus", corpusBench),
    ("check", checkBench),
    ("render", renderBench),
    ("metrics", metricsBench),
    ("export", exportBench),
    ("inline-checks", inlineChecksBench),
    ("document", documentBench),
    ("large", largeInputBench),
]

// `shuzhi-bench --measure TOOL ARGS...` is the large-input stage's helper (see spawnMeasured).
if CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--measure" {
    measureChild(CommandLine.arguments[2], Array(CommandLine.arguments.dropFirst(3)))
    exit(0)
}

// `shuzhi-bench render export` runs only the stages named. Stages that
// take minutes and gigabytes of disk traffic run only when named.
let chosen = Set(CommandLine.arguments.dropFirst())
let onlyWhenNamed: Set<String> = ["large"]
print("| 项目 | 数值 | 单位 |")
print("|---|---:|---|")
for (name, stage) in stages where chosen.isEmpty ? !onlyWhenNamed.contains(name) : chosen.contains(name) {
    for row in stage() {
        print("| \(row.name) | \(String(format: "%.1f", row.value)) | \(row.unit) |")
    }
}
