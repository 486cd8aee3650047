import Foundation
import HotseatCore
import Scenarios
import Yams

/// Warns when the length of the SJT responses points at the key. A test-wise candidate who
/// always picks the longest response scores well without any judgement if the keyed best is
/// the one carefully written answer among three short ones, so the check looks at each item
/// (is the best far longer than the rest?) and at each pack (is the best the longest most of
/// the time, even by a little?). Both are warnings: the key may be right, but the screen is unfair.
///
/// ```swift
/// SJTLengthCheck.diagnostics(packFiles: [pack], itemFiles: items)
/// // items/x.yaml:19:9: warning: the keyed best response B is 2.9× the median length of the other responses in en …
/// ```
public enum SJTLengthCheck {
    /// The best may be this much longer than the median of the other three before it shows.
    public static let clearMargin = 1.3
    /// With fewer SJT items a "mostly the longest" pattern is chance; the item check covers each of them.
    public static let fewestItemsForAPattern = 3

    static let advice = "length gives the answer away; make the other responses as long and as plausible"
    static let flaws = "give each a real flaw instead: warm words that pass the customer on, a policy explained without ownership, a remedy with blame attached, an apology with a 'but'"

    /// Item warnings for every item file and pack warnings for every pack file; files that do not
    /// read as YAML are skipped, since their loader reports them.
    public static func diagnostics(packFiles: [URL], itemFiles: [URL]) -> [Diagnostic] {
        var items: [String: SJTResponseLengths] = [:]
        var problems: [Diagnostic] = []
        for url in itemFiles {
            let path = DisplayPath.of(url)
            guard let root = try? SafeYAML.load(fileAt: url, displayPath: path), let item = SJTResponseLengths.read(root, path: path) else { continue }
            items[item.itemID] = item
            problems += diagnostics(for: item)
        }
        for url in packFiles {
            let path = DisplayPath.of(url)
            guard let root = try? SafeYAML.load(fileAt: url, displayPath: path) else { continue }
            problems += packDiagnostics(root, path: path, items: items)
        }
        return problems
    }

    /// One warning per language in which the keyed best is longer than `clearMargin` × the median
    /// of the others, at that language's text of the best response.
    public static func diagnostics(for item: SJTResponseLengths) -> [Diagnostic] {
        item.languages.compactMap { language in
            guard let best = language.texts.first(where: { $0.letter == item.best }) else { return nil }
            let typical = median(language.texts.filter { $0.letter != item.best }.map(\.length))
            guard typical > 0, Double(best.length) > clearMargin * typical else { return nil }
            let ratio = String(format: "%.1f", Double(best.length) / typical)
            return Diagnostic(.warning, code: "sjt-best-longest",
                              "the keyed best response \(item.best) of '\(item.itemID)' is \(ratio)× the median length of the other responses in \(language.code) (\(best.length) characters against \(Int(typical.rounded()))): \(advice)",
                              at: best.location, fix: flaws)
        }
    }

    /// One warning per language in which the keyed best is the longest response in more than half
    /// of the pack's SJT items, at the pack's `sequence`.
    public static func packDiagnostics(_ root: Node, path: String, items: [String: SJTResponseLengths]) -> [Diagnostic] {
        guard let pack = root.mapping, let sequence = pack.first(where: { $0.key.string == "sequence" }) else { return [] }
        let used = (sequence.value.sequence ?? []).compactMap { $0.mapping?["item"]?.string }.compactMap { items[$0] }
        guard used.count >= fewestItemsForAPattern else { return [] }
        let packID = pack["id"]?.string ?? path
        let at = SourceLocation(file: path, line: sequence.key.mark?.line ?? 1, column: sequence.key.mark?.column ?? 1)
        var codes: [String] = []
        for item in used { for language in item.languages where !codes.contains(language.code) { codes.append(language.code) } }
        return codes.compactMap { code in
            let measured = used.filter { $0.languages.contains { $0.code == code } }
            let longest = measured.filter { item in item.languages.first { $0.code == code }?.isLongest(item.best) == true }
            guard longest.count * 2 > measured.count else { return nil }
            return Diagnostic(.warning, code: "sjt-best-longest-in-pack",
                              "in \(longest.count) of the \(measured.count) SJT items of pack '\(packID)' the keyed best response is the longest in \(code), so always picking the longest scores without judgement: \(advice)",
                              at: at, fix: "let the best be the longest in at most half of the items; now it is in \(longest.map(\.itemID).joined(separator: ", "))")
        }
    }

    static func median(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
