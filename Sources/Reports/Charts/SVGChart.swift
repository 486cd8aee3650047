import HotseatCore

/// A chart as inline SVG, with the words a screen reader (and a text report) uses instead of the picture.
public struct SVGChart: Sendable, Equatable {
    /// The `<svg>` element, ready to embed in HTML (no namespace URL: inline SVG in HTML needs none, and
    /// the reports promise no URLs at all); every piece of user text inside is escaped.
    public var svg: String
    public var title: String
    /// A sentence or two that says what the chart shows, used for `<desc>` and `aria-label`.
    public var summary: String
    /// True when there was nothing to plot and the chart says "No data yet" instead.
    public var isEmpty: Bool
}

/// Low-level SVG pieces shared by the chart generators.
enum SVG {
    /// The English placeholder (tests look for it); `noData` says it in the chart's language.
    static let noDataMessage = ReportStrings(.en)[.noData]

    /// A coordinate with at most one decimal, so files stay small and diffs stable.
    static func n(_ value: Double) -> String { Format.number(value, decimals: 1) }

    /// Chart ids go into `id` and `url(#…)` attributes: keep only characters that are safe there.
    static func safeID(_ raw: String) -> String {
        let kept = raw.unicodeScalars.map { scalar -> Character in
            (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) || scalar == "-" ? Character(scalar) : "-"
        }
        let id = String(kept)
        return id.isEmpty || !(id.first!.isLetter) ? "c-" + id : id
    }

    static func document(id: String, width: Double, height: Double, title: String, summary: String, body: String) -> String {
        let title = Escape.svg(title), summary = Escape.svg(summary)
        return """
        <svg class="chart" id="\(id)" viewBox="0 0 \(n(width)) \(n(height))" \
        width="\(n(width))" height="\(n(height))" role="img" aria-label="\(title). \(summary)" \
        font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif" font-size="13">\
        <title>\(title)</title><desc>\(summary)</desc>\(body)</svg>
        """
    }

    static func noData(id: String, width: Double, height: Double, title: String, language: Language = .en) -> SVGChart {
        let words = ReportStrings(language)
        let body = """
        <rect x="1" y="1" width="\(n(width - 2))" height="\(n(height - 2))" fill="#fafafa" stroke="\(Palette.grid)" stroke-dasharray="6 4" rx="6"/>\
        <text x="\(n(width / 2))" y="\(n(height / 2))" text-anchor="middle" dominant-baseline="middle" fill="\(Palette.muted)" font-size="16">\(Escape.svg(words[.noData]))</text>
        """
        let summary = words[.noDataSummary]
        return SVGChart(svg: document(id: id, width: width, height: height, title: title, summary: summary, body: body),
                        title: title, summary: summary, isEmpty: true)
    }

    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", size: Double? = nil,
                     fill: String = Palette.ink, weight: String? = nil, baseline: String? = nil) -> String {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
        if let size { attributes += " font-size=\"\(n(size))\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let baseline { attributes += " dominant-baseline=\"\(baseline)\"" }
        return "<text \(attributes)>\(Escape.svg(content))</text>"
    }

    /// Fill patterns drawn in white over a dimension's colour, so bars differ by texture as well as hue.
    static func patternDefs(id: String) -> String {
        """
        <defs>\
        <pattern id="\(id)-diagonal" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="3" height="8" fill="#ffffff" fill-opacity="0.55"/></pattern>\
        <pattern id="\(id)-dots" width="8" height="8" patternUnits="userSpaceOnUse">\
        <circle cx="4" cy="4" r="1.8" fill="#ffffff" fill-opacity="0.7"/></pattern>\
        <pattern id="\(id)-crosshatch" width="8" height="8" patternUnits="userSpaceOnUse">\
        <path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" stroke-opacity="0.6" stroke-width="1.5"/></pattern>\
        </defs>
        """
    }

    /// The overlay that carries the texture for `pattern`; empty for a solid fill.
    static func patternOverlay(id: String, pattern: DimensionStyle.Pattern, x: Double, y: Double, width: Double, height: Double) -> String {
        guard pattern != .solid, width > 0, height > 0 else { return "" }
        return "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"url(#\(id)-\(pattern.rawValue))\"/>"
    }

    static func marker(_ shape: DimensionStyle.Marker, x: Double, y: Double, size: Double, fill: String, stroke: String = "#ffffff") -> String {
        let r = size / 2
        let common = "fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.2\""
        switch shape {
        case .circle:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" \(common)/>"
        case .square:
            return "<rect x=\"\(n(x - r * 0.9))\" y=\"\(n(y - r * 0.9))\" width=\"\(n(r * 1.8))\" height=\"\(n(r * 1.8))\" \(common)/>"
        case .triangle:
            return "<path d=\"M\(n(x)) \(n(y - r * 1.1))L\(n(x + r * 1.05)) \(n(y + r * 0.8))L\(n(x - r * 1.05)) \(n(y + r * 0.8))Z\" \(common)/>"
        case .diamond:
            return "<path d=\"M\(n(x)) \(n(y - r * 1.2))L\(n(x + r * 1.1)) \(n(y))L\(n(x)) \(n(y + r * 1.2))L\(n(x - r * 1.1)) \(n(y))Z\" \(common)/>"
        }
    }
}
