// hotseat-bench: in-process figures for the rubric engine on a seeded 100,000-reply corpus.
// Prints a readable summary and `BENCH key=value` lines that scripts/bench.sh turns into a table.
import Dispatch
import Foundation
import HotseatCore
import Rubric
import Scenarios

struct Options {
    var count = 100_000
    var seed: UInt64 = 2026
    var scoring: String?
    var corpusOut: String?

    init(_ arguments: [String]) {
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--count": count = Int(value) ?? count; i += 1
            case "--seed": seed = UInt64(value) ?? seed; i += 1
            case "--scoring": scoring = value; i += 1
            case "--corpus-out": corpusOut = value; i += 1
            case "-h", "--help":
                print("usage: hotseat-bench [--count N] [--seed S] [--scoring DIR] [--corpus-out corpus.jsonl]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("hotseat-bench: unknown argument '\(arguments[i])' (try --help)\n".utf8))
                exit(2)
            }
            i += 1
        }
    }
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func report(_ key: String, _ value: Double, _ label: String) {
    print("BENCH \(key)=\(value)")
    FileHandle.standardError.write(Data("  \(label)\n".utf8))
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let locator = ResourceLocator()
let scoringDirectory: URL
do { scoringDirectory = try options.scoring.map { URL(fileURLWithPath: $0) } ?? locator.scoringDirectory() } catch {
    FileHandle.standardError.write(Data("hotseat-bench: \(error)\n".utf8)); exit(1)
}

// Rubric load: the first load warms the file cache; report the median of the next ones.
var engine: RubricEngine
do { engine = try RubricEngine.load(directory: scoringDirectory) } catch {
    FileHandle.standardError.write(Data("hotseat-bench: \(error)\n".utf8)); exit(1)
}
var loadTimes: [Double] = []
for _ in 0..<7 {
    let start = now()
    let loaded = try! RubricEngine.load(directory: scoringDirectory)
    loadTimes.append(Double(now() - start) / 1e6)
    // The engine loaded before is freed here, outside the timing: a process loads once and never pays for that.
    engine = loaded
}
loadTimes.sort()
report("load_ms", loadTimes[loadTimes.count / 2], String(format: "rubric load: median %.2f ms (min %.2f, max %.2f) over 7 loads", loadTimes[3], loadTimes[0], loadTimes[6]))

let corpus = Corpus.generate(count: options.count, seed: options.seed)
if let path = options.corpusOut {
    do { try Corpus.jsonl(corpus).write(toFile: path, atomically: true, encoding: .utf8) } catch {
        FileHandle.standardError.write(Data("hotseat-bench: cannot write \(path): \(error)\n".utf8)); exit(1)
    }
}

var profiles: [String: ScenarioProfile] = [:]
if let directories = try? locator.scenarioDirectories() {
    for s in ScenarioCatalog.load(directories: directories).scenarios {
        profiles[s.id] = ScenarioProfile(traits: s.traits, topicWords: s.topicWords, expectedBehaviours: s.scoring.expects, weights: s.scoring.weights)
    }
}
// Like the JSONL scorer: language detected, the scenario's situation, a latency.
let items = corpus.map { r in
    BatchItem(reply: r.reply, context: (profiles[r.scenario] ?? ScenarioProfile()).context(language: nil, scenarioID: r.scenario, latency: r.latency))
}

// Per-reply latency, one thread, every reply timed on its own.
var checksum = 0.0
var latencies = [Double](repeating: 0, count: items.count)
for (i, item) in items.enumerated() {
    let start = now()
    let score = engine.score(item.reply, context: item.context)
    latencies[i] = Double(now() - start) / 1e6
    checksum += score.overall + Double(score.evidence.count)
}
let singleThreadSeconds = latencies.reduce(0, +) / 1000
latencies.sort()
func percentile(_ p: Double, of sorted: [Double]) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
let p50 = percentile(0.50, of: latencies), p99 = percentile(0.99, of: latencies)
report("p50_ms", p50, String(format: "per reply (1 thread): p50 %.4f ms, p99 %.4f ms, max %.3f ms", p50, p99, latencies.last ?? 0))
report("p99_ms", p99, String(format: "single-thread throughput: %.0f replies/s", Double(items.count) / singleThreadSeconds))
print("BENCH single_rps=\(Double(items.count) / singleThreadSeconds)")

// Batch on every core.
let batchStart = now()
let scores = engine.scoreBatch(items)
let batchSeconds = Double(now() - batchStart) / 1e9
checksum += scores.reduce(0) { $0 + $1.overall }
report("batch_rps", Double(items.count) / batchSeconds, String(format: "batch (%d cores): %.0f replies/s (%.2f s for %d replies)", ProcessInfo.processInfo.activeProcessorCount, Double(items.count) / batchSeconds, batchSeconds, items.count))

var usage = rusage()
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
report("maxrss_mb", Double(usage.ru_maxrss) / 1024, String(format: "peak memory (maxrss): %.1f MB", Double(usage.ru_maxrss) / 1024))
// Printing the checksum keeps the optimiser from dropping the scoring.
FileHandle.standardError.write(Data("  checksum \(Int(checksum))\n".utf8))
