import Store

/// Escaping for every place user text lands: HTML text and attributes, SVG (XML), CSV and the terminal.
///
/// Replies are typed by trainees and candidates, so a reply such as `</svg><script>…` must show as
/// text, never become markup.
/// ```swift
/// Escape.html("<script>alert(1)</script>")   // "&lt;script&gt;alert(1)&lt;/script&gt;"
/// Escape.csvField("=SUM(A1)")                  // "\"'=SUM(A1)\""
/// ```
public enum Escape {
    /// Text for HTML or SVG content and quoted attribute values: `& < > " '` become entities, and
    /// characters XML forbids (most C0 controls, U+FFFE/U+FFFF) become U+FFFD so inline SVG stays well-formed.
    public static func html(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default:
                out.append(isAllowedInXML(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return String(out)
    }

    /// SVG is XML; the same rules as HTML text keep it well-formed.
    public static func svg(_ text: String) -> String { html(text) }

    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0...0x1F, 0x7F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// One CSV field (RFC 4180): always quoted, quotes doubled. Text that a spreadsheet would run as a
    /// formula (starting with `= + - @`, tab or carriage return) gets a leading `'` so it stays text.
    /// The neutralising rule is the store export's (`CSV.neutralised`), so both files agree.
    public static func csvField(_ text: String) -> String {
        "\"" + CSV.neutralised(text).replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number for CSV: plain, unquoted, empty when missing or not finite.
    public static func csvNumber(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite else { return "" }
        return Format.number(value, decimals: decimals)
    }

    /// Text for a terminal: control characters (including ESC, which starts colour codes and cursor
    /// moves) are shown as `\u{…}`-style placeholders so a reply cannot repaint the screen.
    public static func terminal(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" {
                out.unicodeScalars.append(" ")
            } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
