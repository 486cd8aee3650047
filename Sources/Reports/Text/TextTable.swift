import HotseatCore

/// Plain-text building blocks for terminal reports. Colour is optional and off by default: the
/// executable decides (TTY, NO_COLOR), the library only formats.
struct TextStyle {
    var colour: Bool

    func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    func dim(_ s: String) -> String { colour ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    /// 256-colour approximations of the Okabe–Ito dimension colours.
    func dimension(_ s: String, _ d: Dimension) -> String {
        guard colour else { return s }
        let code = switch d { case .empathy: 166; case .ownership: 25; case .speed: 29; case .calm: 175 }
        return "\u{1B}[38;5;\(code)m\(s)\u{1B}[0m"
    }

    func heading(_ s: String) -> String { "\n" + bold(s) + "\n" + String(repeating: "─", count: s.count) + "\n" }
}

enum TextTable {
    /// Columns padded to their widest cell; `numeric` columns align right. Cells must already be terminal-safe.
    static func render(header: [String], rows: [[String]], numeric: Set<Int> = []) -> String {
        let columns = header.count
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.prefix(columns).enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            (0..<columns).map { i in
                let cell = i < cells.count ? cells[i] : ""
                let pad = String(repeating: " ", count: max(widths[i] - cell.count, 0))
                return numeric.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = line(header) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// "72 good" or "–".
    static func score(_ value: Double?, language: Language = .en) -> String {
        guard let value, value.isFinite else { return "–" }
        return "\(Format.score(value)) \(ReportStrings(language).name(of: Band(score: value)))"
    }

    static func meta(_ pairs: [(String, String)]) -> String {
        let width = pairs.map(\.0.count).max() ?? 0
        return pairs.map { $0.0 + ":" + String(repeating: " ", count: width - $0.0.count + 1) + Escape.terminal($0.1) }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
