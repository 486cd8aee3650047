import HotseatCore

/// Per dimension: every person as a dot, and a box from the lower to the upper quartile with the median.
///
/// A strip plot rather than a histogram because cohorts are small: each dot is a person.
/// ```swift
/// let chart = DistributionChart.render(values: [.empathy: [40, 55, 72], .calm: [80, 91]],
///                                      id: "spread", title: "How the cohort is spread")
/// ```
public enum DistributionChart {
    /// One row of the chart: a label, every person's value, and how the dots are drawn.
    public struct Row: Sendable {
        public var label: String
        public var values: [Double]
        public var colour: String
        public var marker: DimensionStyle.Marker

        public init(label: String, values: [Double], colour: String, marker: DimensionStyle.Marker) {
            self.label = label
            self.values = values
            self.colour = colour
            self.marker = marker
        }
    }

    public static func render(values: [Dimension: [Double]], id: String, title: String,
                              width: Double = 640, rowHeight: Double = 56) -> SVGChart {
        let rows = Dimension.allCases.map { dimension in
            let style = DimensionStyle.of(dimension)
            return Row(label: dimension.label, values: values[dimension] ?? [], colour: style.colour, marker: style.marker)
        }
        return render(rows: rows, id: id, title: title, width: width, rowHeight: rowHeight)
    }

    /// Any labelled rows, e.g. a screen profile's parts named as the profile names them.
    public static func render(rows: [Row], id: String, title: String, width: Double = 640, rowHeight: Double = 56,
                              labelWidth: Double = 92) -> SVGChart {
        let id = SVG.safeID(id)
        let dimensions = rows
        let height = 30 + rowHeight * Double(dimensions.count) + 30
        let finite = rows.map { $0.values.filter(\.isFinite) }
        guard finite.contains(where: { !$0.isEmpty }) else {
            return SVG.noData(id: id, width: width, height: height, title: title)
        }
        let left = labelWidth, right = 150.0, top = 30.0
        let plotBottom = top + rowHeight * Double(dimensions.count)
        let x = LinearScale(domain: 0...100, range: left...(width - right))

        var body = ""
        for band in Band.allCases {
            let x0 = x.map(band.range.lowerBound), x1 = x.map(band.range.upperBound)
            body += "<rect x=\"\(SVG.n(x0))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(x1 - x0))\" height=\"\(SVG.n(plotBottom - top))\" fill=\"\(Palette.bandFill(band))\"/>"
            body += SVG.text(band.label, x: (x0 + x1) / 2, y: top - 10, anchor: "middle", size: 11, fill: Palette.muted)
        }
        for tick in x.ticks(count: 5) {
            body += SVG.text(Format.number(tick), x: x.map(tick), y: plotBottom + 16, anchor: "middle", size: 11, fill: Palette.muted)
        }

        var parts: [String] = []
        for (row, dimension) in dimensions.enumerated() {
            let style = (colour: dimension.colour, marker: dimension.marker)
            let cy = top + rowHeight * (Double(row) + 0.5)
            body += SVG.text(dimension.label, x: left - 10, y: cy, anchor: "end", weight: "600", baseline: "middle")
            let data = finite[row].map { min(max($0, 0), 100) }
            guard let s = Statistics.summary(data) else {
                body += SVG.text("no data yet", x: x.map(50), y: cy, anchor: "middle", size: 12, fill: Palette.muted, baseline: "middle")
                parts.append("\(dimension.label): no data.")
                continue
            }
            let boxHalf = rowHeight * 0.28
            body += "<line x1=\"\(SVG.n(x.map(s.min)))\" x2=\"\(SVG.n(x.map(s.max)))\" y1=\"\(SVG.n(cy))\" y2=\"\(SVG.n(cy))\" stroke=\"\(Palette.ink)\" stroke-width=\"1.5\"/>"
            body += "<rect x=\"\(SVG.n(x.map(s.q1)))\" y=\"\(SVG.n(cy - boxHalf))\" width=\"\(SVG.n(max(x.map(s.q3) - x.map(s.q1), 1)))\" height=\"\(SVG.n(boxHalf * 2))\" fill=\"#ffffff\" fill-opacity=\"0.6\" stroke=\"\(Palette.ink)\" stroke-width=\"1.5\"/>"
            body += "<line x1=\"\(SVG.n(x.map(s.median)))\" x2=\"\(SVG.n(x.map(s.median)))\" y1=\"\(SVG.n(cy - boxHalf))\" y2=\"\(SVG.n(cy + boxHalf))\" stroke=\"\(Palette.ink)\" stroke-width=\"3\"/>"
            for (index, value) in data.enumerated() {
                body += SVG.marker(style.marker, x: x.map(value), y: cy + jitter(index, span: boxHalf * 0.8), size: 9, fill: style.colour)
            }
            body += SVG.text("median \(Format.number(s.median)) · n=\(s.count)", x: width - right + 10, y: cy, size: 12, baseline: "middle")
            parts.append("\(dimension.label): \(s.count) \(s.count == 1 ? "person" : "people"), median \(Format.number(s.median)), middle half \(Format.number(s.q1))–\(Format.number(s.q3)), range \(Format.number(s.min))–\(Format.number(s.max)).")
        }
        let summary = parts.joined(separator: " ")
        return SVGChart(svg: SVG.document(id: id, width: width, height: height, title: title, summary: summary, body: body),
                        title: title, summary: summary, isEmpty: false)
    }

    /// A fixed vertical offset per dot so equal scores do not hide each other; deterministic so reports are reproducible.
    static func jitter(_ index: Int, span: Double) -> Double {
        let pattern: [Double] = [0, -0.6, 0.6, -0.3, 0.3, -0.9, 0.9, -0.15, 0.45, -0.75]
        return pattern[index % pattern.count] * span
    }
}
