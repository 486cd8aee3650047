/// Columns as wide as their widest cell or heading, so headings in any language line up with
/// their values; widths count characters, not bytes, so æøå line up too.
///
/// ```swift
/// HistoryTable(columns: [.init("id", ["3f9a1c2e"]), .init("turns", ["4"], alignRight: true)]).lines
/// // ["id        turns", "3f9a1c2e      4"]
/// ```
struct HistoryTable {
    struct Column {
        var heading: String
        var cells: [String]
        var width: Int
        /// Spaces after the column.
        var gap: Int
        var alignRight: Bool

        init(_ heading: String, _ cells: [String], minimumWidth: Int = 0, gap: Int = 2, alignRight: Bool = false) {
            self.heading = heading
            self.cells = cells
            self.width = max(minimumWidth, heading.count, cells.map(\.count).max() ?? 0)
            self.gap = gap
            self.alignRight = alignRight
        }

        func text(_ value: String, last: Bool) -> String {
            let padding = String(repeating: " ", count: max(0, width - value.count))
            if alignRight { return padding + value + (last ? "" : String(repeating: " ", count: gap)) }
            return last ? value : value + padding + String(repeating: " ", count: gap)
        }
    }

    var columns: [Column]

    /// The heading line, then one line per row; no trailing spaces.
    var lines: [String] {
        let rows = columns.map(\.cells.count).max() ?? 0
        func line(_ cell: (Column) -> String) -> String {
            columns.enumerated().map { index, column in column.text(cell(column), last: index == columns.count - 1) }.joined()
        }
        return [line(\.heading)] + (0..<rows).map { row in line { $0.cells.indices.contains(row) ? $0.cells[row] : "" } }
    }
}
