import HotseatCore

/// A bar per dimension over the band backgrounds (poor, developing, good, excellent).
///
/// ```swift
/// let chart = DimensionBarChart.render(scores: [.empathy: 82, .ownership: 45, .calm: 90],
///                                      id: "scores", title: "Scores for this session")
/// chart.svg   // "<svg class=\"chart\" … role=\"img\" aria-label=\"Scores for this session. Empathy 82 (excellent)…"
/// ```
public enum DimensionBarChart {
    /// `language`: of the dimension and band names and the summary.
    public static func render(scores: [Dimension: Double], id: String, title: String,
                              width: Double = 560, height: Double = 300, language: Language = .en) -> SVGChart {
        let id = SVG.safeID(id)
        let words = ReportStrings(language)
        let measured = scores.filter { $0.value.isFinite }
        guard !measured.isEmpty else { return SVG.noData(id: id, width: width, height: height, title: title, language: language) }

        // The band names sit right of the plot: "In ontwikkeling" needs more room than "Developing"
        // (about 6.6 px a character at 12 px).
        let longestBand = Band.allCases.map { words.label(of: $0).count }.max() ?? 0
        let left = 44.0, right = max(96.0, 14 + Double(longestBand) * 6.6), top = 16.0, bottom = 40.0
        let plotWidth = width - left - right
        let y = LinearScale(domain: 0...100, from: height - bottom, to: top)
        var body = SVG.patternDefs(id: id)

        // Band backgrounds with their names at the right, so a bar's band is readable without a legend.
        for band in Band.allCases {
            let y0 = y.map(band.range.upperBound), y1 = y.map(band.range.lowerBound)
            body += "<rect x=\"\(SVG.n(left))\" y=\"\(SVG.n(y0))\" width=\"\(SVG.n(plotWidth))\" height=\"\(SVG.n(y1 - y0))\" fill=\"\(Palette.bandFill(band))\"/>"
            body += SVG.text(words.label(of: band), x: left + plotWidth + 8, y: (y0 + y1) / 2, size: 12, fill: Palette.muted, baseline: "middle")
        }
        for tick in y.ticks(count: 5) {
            let ty = y.map(tick)
            body += "<line x1=\"\(SVG.n(left - 4))\" x2=\"\(SVG.n(left))\" y1=\"\(SVG.n(ty))\" y2=\"\(SVG.n(ty))\" stroke=\"\(Palette.muted)\"/>"
            body += SVG.text(Format.number(tick), x: left - 8, y: ty, anchor: "end", size: 11, fill: Palette.muted, baseline: "middle")
        }

        let slot = plotWidth / Double(Dimension.allCases.count)
        let barWidth = min(slot * 0.56, 80)
        // Names wider than their slot ("Eigenaarschap" beside "Snelheid") would run into each other:
        // then every other one drops a line. About 8 px a character in bold 13 px.
        let names = Dimension.allCases.map(words.name(of:))
        let crowded = zip(names, names.dropFirst()).contains { Double($0.count + $1.count) * 8 / 2 + 6 > slot }
        var parts: [String] = []
        for (index, dimension) in Dimension.allCases.enumerated() {
            let style = DimensionStyle.of(dimension)
            let cx = left + slot * (Double(index) + 0.5)
            let name = names[index]
            let labelDrop = crowded && index % 2 == 1 ? 15.0 : 0
            body += SVG.text(name, x: cx, y: height - bottom + 18 + labelDrop, anchor: "middle", weight: "600")
            guard let raw = measured[dimension] else {
                body += SVG.text(words.drill[.notMeasured], x: cx, y: y.map(4), anchor: "middle", size: 11, fill: Palette.muted)
                parts.append("\(name) \(words.drill[.notMeasured])")
                continue
            }
            let value = min(max(raw, 0), 100)
            let top = y.map(value), base = y.map(0)
            let x = cx - barWidth / 2
            body += "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(barWidth))\" height=\"\(SVG.n(base - top))\" fill=\"\(style.colour)\"/>"
            body += SVG.patternOverlay(id: id, pattern: style.pattern, x: x, y: top, width: barWidth, height: base - top)
            let band = Band(score: value)
            body += SVG.text("\(Format.number(value))", x: cx, y: max(top - 6, 12), anchor: "middle", weight: "700")
            parts.append("\(name) \(Format.number(value)) (\(words.name(of: band)))")
        }
        body += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(left + plotWidth))\" y1=\"\(SVG.n(y.map(0)))\" y2=\"\(SVG.n(y.map(0)))\" stroke=\"\(Palette.ink)\"/>"

        let summary = words.format(.barSummary, parts.joined(separator: ", "))
        return SVGChart(svg: SVG.document(id: id, width: width, height: height, title: title, summary: summary, body: body),
                        title: title, summary: summary, isEmpty: false)
    }
}
