import Foundation
import HotseatCore
import Rubric

/// `hotseat score --input FILE --format text`: the readable breakdown of each JSONL input line.
///
/// Every line goes through ``JSONLScoring`` first, so it is accepted or refused exactly as in
/// `--format jsonl`, with the same message and line number. An accepted line is then scored again
/// with coaching (the JSONL contract leaves the explanations and tips out) from the same fields,
/// read as the JSONL scorer reads them: `--lang` over the line's `"lang"`, its `"scenario"` over
/// `--scenario`.
struct TextInputScoring {
    let engine: RubricEngine
    let jsonl: JSONLScoring
    let profiles: [String: ScenarioProfile]

    /// Lines scored and lines refused.
    struct Summary { var lines = 0, failed = 0 }

    /// Prints each line's breakdown (or why it was not scored) through `print`, in input order.
    func run(_ input: [UInt8], print: (String) -> Void) -> Summary {
        var summary = Summary()
        // Numbered as the JSONL scorer numbers them: every physical line counts, blank ones are skipped.
        for (index, line) in input.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { continue }
            summary.lines += 1
            let number = index + 1
            let result = jsonl.scoreLine(line, lineNumber: number)
            let output = (try? JSONSerialization.jsonObject(with: Data(result.output))) as? [String: Any] ?? [:]
            let id = Self.idText(output["id"])
            if result.failed {
                summary.failed += 1
                let message = (output["error"] as? String) ?? "the line could not be read"
                print(Self.notScored(id: id, line: number, message: message))
                continue
            }
            guard let fields = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                  let reply = fields["reply"] as? String else {
                summary.failed += 1
                print(Self.notScored(id: id, line: number, message: "line \(number): the line could not be read"))
                continue
            }
            let score = engine.score(reply, context: context(fields))
            print(ScoreReport.text(for: score, reply: reply, name: id ?? String(number), engine: engine))
        }
        return summary
    }

    private func context(_ fields: [String: Any]) -> ScoringContext {
        let language = jsonl.language ?? (fields["lang"] as? String).flatMap(Language.init(rawValue:))
        let scenario = (fields["scenario"] as? String) ?? jsonl.defaultScenario
        let profile = scenario.flatMap { profiles[$0] } ?? ScenarioProfile()
        return profile.context(language: language, scenarioID: scenario, customerLine: fields["customer"] as? String,
                               latency: (fields["latency_s"] as? NSNumber)?.doubleValue,
                               turn: (fields["turn"] as? NSNumber)?.intValue ?? 0)
    }

    /// "Reply a7 (line 3): not scored: …"; the scorer's message already names the line, so it is not said twice.
    static func notScored(id: String?, line: Int, message: String) -> String {
        let prefix = "line \(line): "
        let reason = message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
        return "\(id.map { "Reply \($0) (line \(line))" } ?? "Line \(line)"): not scored: \(reason)"
    }

    static func idText(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
