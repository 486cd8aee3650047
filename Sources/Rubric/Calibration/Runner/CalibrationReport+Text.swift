import HotseatCore

extension CalibrationReport {
    /// A plain-text report for a terminal or a log: figures per dimension, a confusion matrix,
    /// and the worst disagreements with the rules behind them.
    ///
    /// ```swift
    /// print(report.text(minimumSpearman: 0.7))
    /// ```
    public func text(minimumSpearman: Double? = nil) -> String {
        var out: [String] = ["Calibration on \(replies) replies (engine 0–100 mapped to 1–5 in bins of 20)"]
        if !scenariosMissing.isEmpty {
            out.append("note: scenario(s) not found, their replies were scored without recovery traits: \(scenariosMissing.joined(separator: ", "))")
        }
        out.append("")
        // The verdict column only exists when there is a threshold to judge against (--min-spearman).
        out.append(pad("dimension", 10) + pad("pairs", 7) + pad("spearman", 10) + pad("qwk", 8) + pad("exact", 8)
                   + (minimumSpearman == nil ? "adjacent" : pad("adjacent", 10) + "verdict"))
        for d in dimensions {
            let verdict: String
            if let minimumSpearman { verdict = (d.spearman ?? -.infinity) >= minimumSpearman ? "PASS (≥ \(format(minimumSpearman)))" : "MISS (< \(format(minimumSpearman)))" } else { verdict = "" }
            out.append(pad(d.dimension.rawValue, 10) + pad(String(d.pairs), 7) + pad(format(d.spearman), 10)
                       + pad(format(d.quadraticWeightedKappa), 8) + pad(percent(d.exactAgreement), 8) + (minimumSpearman == nil ? percent(d.adjacentAgreement) : pad(percent(d.adjacentAgreement), 10) + verdict))
        }
        for d in dimensions {
            out.append("")
            out.append("\(d.dimension): confusion (rows: human 1–5, columns: engine 1–5)")
            out.append("        " + d.confusion.categories.map { pad("e\($0)", 5) }.joined())
            for (i, category) in d.confusion.categories.enumerated() {
                out.append("    h\(category)  " + d.confusion.counts[i].map { pad(String($0), 5) }.joined())
            }
            if d.worst.isEmpty { continue }
            out.append("  largest disagreements:")
            for w in d.worst {
                out.append("  - \(w.id) (line \(w.line), \(w.language)\(w.scenarioID.map { ", \($0)" } ?? "")): human \(w.human), engine \(w.engine) (\(format(w.engineScore, digits: 0)))")
                out.append("    reply: \(excerpt(w.reply))")
                if !w.rationale.isEmpty { out.append("    raters: \(w.rationale)") }
                if !w.flags.isEmpty { out.append("    flags: \(w.flags.joined(separator: ", "))") }
                if w.rules.isEmpty { out.append("    rules: none fired for \(d.dimension)") }
                for r in w.rules.prefix(6) {
                    let quote = r.text.isEmpty ? "" : " \"\(excerpt(r.text, limit: 40))\""
                    out.append("    \(r.points >= 0 ? "+" : "")\(format(r.points, digits: 1)) \(r.rule)\(quote)\(r.explanation.isEmpty ? "" : ": \(r.explanation)")")
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    private func format(_ value: Double?, digits: Int = 2) -> String {
        guard let value, value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let whole = Int(rounded.magnitude)
        guard digits > 0 else { return (rounded < 0 ? "-" : "") + String(whole) }
        let fraction = Int(((rounded.magnitude - Double(whole)) * scale).rounded())
        let fractionText = String(fraction)
        return (rounded < 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: max(0, digits - fractionText.count)) + fractionText
    }

    private func percent(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        return String(Int((value * 100).rounded())) + "%"
    }

    private func excerpt(_ text: String, limit: Int = 100) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
