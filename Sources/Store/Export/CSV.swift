/// RFC 4180 CSV: CRLF line ends, fields with a comma, quote, CR or LF quoted and quotes doubled.
///
/// `document` starts with a UTF-8 byte-order mark because that is how spreadsheets (Excel in
/// particular) recognise UTF-8 in a CSV file; without it "æøå" opens as mojibake.
///
/// ```swift
/// CSV.document([["name", "reply"], ["Åse", "Sorry, \"truly\""]])
/// // "\u{FEFF}name,reply\r\nÅse,\"Sorry, \"\"truly\"\"\"\r\n"
/// CSV.parse(text)   // the rows again
/// CSV.field("=HYPERLINK(\"http://x\")")   // "\"'=HYPERLINK(\"\"http://x\"\")\"" — text, not a formula
/// ```
public enum CSV {
    public static let byteOrderMark = "\u{FEFF}"

    /// Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return
    /// first) gets a leading `'` so it opens as the text that was typed: a trainee's name or
    /// reply must never become `=HYPERLINK(…)` on a trainer's machine. The reports'
    /// `Escape.csvField` uses this same rule, so exports and reports agree.
    public static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func field(_ value: String) -> String {
        let value = neutralised(value)
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    public static func document(_ rows: [[String]], byteOrderMark: Bool = true) -> String {
        (byteOrderMark ? Self.byteOrderMark : "") + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// Reads RFC 4180 text back (a leading byte-order mark is skipped). Nil when a quote is left open.
    public static func parse(_ text: String) -> [[String]]? {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
        var inQuotes = false, fieldStarted = false
        var iterator = Array(scalars)[...]
        while let c = iterator.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if iterator.first == "\"" { field.append("\""); iterator = iterator.dropFirst() } else { inQuotes = false }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where !fieldStarted && field.isEmpty: inQuotes = true; fieldStarted = true
            case ",": row.append(String(field)); field = .init(); fieldStarted = false
            case "\r" where iterator.first == "\n": break
            case "\n", "\r": row.append(String(field)); rows.append(row); row = []; field = .init(); fieldStarted = false
            default: field.append(c); fieldStarted = true
            }
        }
        if inQuotes { return nil }
        if fieldStarted || !field.isEmpty || !row.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }
}
