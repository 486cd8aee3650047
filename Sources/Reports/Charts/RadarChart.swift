import Foundation
import HotseatCore

/// The four dimensions on four axes, with band rings, so the shape shows balance at a glance.
///
/// ```swift
/// let chart = RadarChart.render(scores: [.empathy: 82, .ownership: 45, .speed: 60, .calm: 90],
///                               id: "radar", title: "Balance across the four dimensions")
/// ```
public enum RadarChart {
    /// `language`: of the dimension names and the summary.
    public static func render(scores: [HotseatCore.Dimension: Double], id: String, title: String, size: Double = 320,
                              language: Language = .en) -> SVGChart {
        let id = SVG.safeID(id)
        let words = ReportStrings(language)
        let measured = scores.filter { $0.value.isFinite }
        // Wider than tall: "Ownership" and "Calm" sit beside the plot and must not be clipped.
        let width = size + 150
        guard !measured.isEmpty else { return SVG.noData(id: id, width: width, height: size, title: title, language: language) }

        let cx = width / 2, cy = size / 2
        let radius = size / 2 - 56
        let r = LinearScale(domain: 0...100, range: 0...radius)
        let dimensions = HotseatCore.Dimension.allCases
        func point(_ index: Int, _ value: Double) -> (x: Double, y: Double) {
            // The first axis points up; the rest go clockwise.
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(dimensions.count)
            return (cx + cos(angle) * r.map(value), cy + sin(angle) * r.map(value))
        }
        func polygon(_ values: [Double]) -> String {
            values.enumerated().map { "\(SVG.n(point($0.offset, $0.element).x)),\(SVG.n(point($0.offset, $0.element).y))" }.joined(separator: " ")
        }

        var body = ""
        // Rings from the outside in so each band's fill shows between its edges.
        for band in Band.allCases.reversed() {
            let ring = polygon(Array(repeating: band.range.upperBound, count: dimensions.count))
            body += "<polygon points=\"\(ring)\" fill=\"\(Palette.bandFill(band))\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
        }
        // Ring values along the diagonal between two axes, where no marker can cover them; every
        // other ring only, because adjacent rings are too close for legible labels.
        for band in [Band.poor, .good] {
            let inset = r.map(band.range.upperBound) * 0.5
            body += SVG.text(Format.number(band.range.upperBound), x: cx + inset + 2, y: cy - inset - 2, size: 10, fill: Palette.muted)
        }
        for index in dimensions.indices {
            let end = point(index, 100)
            body += "<line x1=\"\(SVG.n(cx))\" y1=\"\(SVG.n(cy))\" x2=\"\(SVG.n(end.x))\" y2=\"\(SVG.n(end.y))\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
        }

        let values = dimensions.map { min(max(measured[$0] ?? 0, 0), 100) }
        body += "<polygon points=\"\(polygon(values))\" fill=\"\(Palette.ink)\" fill-opacity=\"0.12\" stroke=\"\(Palette.ink)\" stroke-width=\"2\"/>"

        var parts: [String] = []
        for (index, dimension) in dimensions.enumerated() {
            let style = DimensionStyle.of(dimension)
            // The bottom label hangs below its axis, so it needs the most room from a marker at 100.
            let label = point(index, [128, 122, 140, 122][index % 4])
            let anchor = abs(label.x - cx) < 1 ? "middle" : (label.x > cx ? "start" : "end")
            let name = words.name(of: dimension)
            let valueText: String
            if let value = measured[dimension] {
                let p = point(index, values[index])
                body += SVG.marker(style.marker, x: p.x, y: p.y, size: 12, fill: style.colour)
                valueText = Format.number(value)
                parts.append("\(name) \(valueText) (\(words.name(of: Band(score: value))))")
            } else {
                valueText = words.drill[.notMeasured]
                parts.append("\(name) \(valueText)")
            }
            body += SVG.text(name, x: label.x, y: label.y - 3, anchor: anchor, weight: "600", baseline: "auto")
            body += SVG.text(valueText, x: label.x, y: label.y + 12, anchor: anchor, size: 12, fill: Palette.muted)
        }
        let summary = words.format(.radarSummary, parts.joined(separator: ", "))
        return SVGChart(svg: SVG.document(id: id, width: width, height: size, title: title, summary: summary, body: body),
                        title: title, summary: summary, isEmpty: false)
    }
}
