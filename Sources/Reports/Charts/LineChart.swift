import HotseatCore

/// One line of a line chart. `nil` values leave a gap rather than inventing a point.
public struct LineSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double?]
    public var colour: String
    public var marker: DimensionStyle.Marker
    public var dash: String

    public init(name: String, values: [Double?], colour: String = Palette.ink,
                marker: DimensionStyle.Marker = .circle, dash: String = "") {
        self.name = name
        self.values = values
        self.colour = colour
        self.marker = marker
        self.dash = dash
    }

    /// A series styled as `dimension` (colour, marker and dash) and named in `language`, for trend charts.
    public init(dimension: Dimension, values: [Double?], language: Language = .en) {
        let style = DimensionStyle.of(dimension)
        self.init(name: dimension.label(in: language), values: values, colour: style.colour, marker: style.marker, dash: style.dash)
    }
}

/// Lines over an ordered x axis: the customer's mood over turns, or scores over attempts.
///
/// ```swift
/// let mood = LineChart.render(series: [LineSeries(name: "Mood", values: [70, 55, 30])],
///                             id: "mood", title: "Customer mood", xAxis: "Turn", yAxis: "Mood (0 calm, 100 furious)",
///                             xStart: 0)
/// ```
public enum LineChart {
    /// Above this many points markers would merge into a smear; lines and dashes still tell series apart.
    static let markerLimit = 40

    /// - Parameters:
    ///   - xStart: the number of the first point (0 for "start, turn 1, …", 1 for attempts).
    ///   - yDomain: fixed domain (scores and mood are 0–100); nil fits nice bounds around the data.
    ///   - bands: shade the score bands behind the lines.
    ///   - language: of the band names and the summary (titles and names come from the caller).
    public static func render(series: [LineSeries], id: String, title: String, xAxis: String, yAxis: String,
                              xStart: Int = 1, yDomain: ClosedRange<Double>? = 0...100, bands: Bool = false,
                              width: Double = 640, height: Double = 300, language: Language = .en) -> SVGChart {
        let id = SVG.safeID(id)
        let words = ReportStrings(language)
        let count = series.map(\.values.count).max() ?? 0
        let allValues = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        guard count > 0, !allValues.isEmpty else { return SVG.noData(id: id, width: width, height: height, title: title, language: language) }

        let legendHeight = series.count > 1 ? 26.0 : 0
        let left = 52.0, right = 20.0, top = 16.0 + legendHeight, bottom = 48.0
        let domain = yDomain ?? LinearScale.niceDomain(covering: allValues) ?? 0...1
        let y = LinearScale(domain: domain, from: height - bottom, to: top)
        // One point sits in the middle; otherwise first and last touch the plot's edges.
        let x = LinearScale(domain: Double(xStart)...Double(xStart + max(count - 1, 0)),
                            from: left + 12, to: width - right - 12)
        func px(_ index: Int) -> Double { count == 1 ? (left + width - right) / 2 : x.map(Double(xStart + index)) }

        var body = ""
        if bands {
            for band in Band.allCases {
                let lower = max(band.range.lowerBound, y.domain.lowerBound), upper = min(band.range.upperBound, y.domain.upperBound)
                guard upper > lower else { continue }
                let y0 = y.map(upper), y1 = y.map(lower)
                body += "<rect x=\"\(SVG.n(left))\" y=\"\(SVG.n(y0))\" width=\"\(SVG.n(width - left - right))\" height=\"\(SVG.n(y1 - y0))\" fill=\"\(Palette.bandFill(band))\"><title>\(Escape.svg(words.label(of: band)))</title></rect>"
            }
        }
        for tick in y.ticks(count: 5) {
            let ty = y.map(tick)
            body += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(ty))\" y2=\"\(SVG.n(ty))\" stroke=\"\(bands ? "#ffffff" : Palette.grid)\"/>"
            body += SVG.text(Format.number(tick, decimals: 1), x: left - 8, y: ty, anchor: "end", size: 11, fill: Palette.muted, baseline: "middle")
        }
        for index in xTickIndices(count: count, xStart: xStart) {
            let tx = px(index)
            body += "<line x1=\"\(SVG.n(tx))\" x2=\"\(SVG.n(tx))\" y1=\"\(SVG.n(height - bottom))\" y2=\"\(SVG.n(height - bottom + 4))\" stroke=\"\(Palette.muted)\"/>"
            body += SVG.text(String(xStart + index), x: tx, y: height - bottom + 17, anchor: "middle", size: 11, fill: Palette.muted)
        }
        body += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(height - bottom))\" y2=\"\(SVG.n(height - bottom))\" stroke=\"\(Palette.ink)\"/>"
        body += SVG.text(xAxis, x: (left + width - right) / 2, y: height - 8, anchor: "middle", size: 12, fill: Palette.ink)
        body += "<text x=\"14\" y=\"\(SVG.n((top + height - bottom) / 2))\" text-anchor=\"middle\" fill=\"\(Palette.ink)\" font-size=\"12\" transform=\"rotate(-90 14 \(SVG.n((top + height - bottom) / 2)))\">\(Escape.svg(yAxis))</text>"

        var parts: [String] = []
        for line in series {
            body += path(line, px: px, y: y)
            let showMarkers = count <= markerLimit
            for (index, value) in line.values.enumerated() {
                guard let value, value.isFinite else { continue }
                let isEnd = index == line.values.count - 1
                if showMarkers || isEnd {
                    body += SVG.marker(line.marker, x: px(index), y: y.map(clamp(value, y.domain)), size: 10, fill: line.colour)
                }
            }
            parts.append(describe(line, xStart: xStart, words: words))
        }
        if series.count > 1 { body += legend(series, x: left, y: 14) }

        let summary = parts.joined(separator: " ")
        return SVGChart(svg: SVG.document(id: id, width: width, height: height, title: title, summary: summary, body: body),
                        title: title, summary: summary, isEmpty: false)
    }

    static func clamp(_ value: Double, _ domain: ClosedRange<Double>) -> Double {
        min(max(value, domain.lowerBound), domain.upperBound)
    }

    /// Every point when few; otherwise nice integer steps so labels never collide.
    static func xTickIndices(count: Int, xStart: Int) -> [Int] {
        guard count > 0 else { return [] }
        if count <= 12 { return Array(0..<count) }
        let ticks = LinearScale.niceTicks(Double(xStart)...Double(xStart + count - 1), count: 8)
        return ticks.map { Int($0) - xStart }.filter { $0 >= 0 && $0 < count }
    }

    static func path(_ line: LineSeries, px: (Int) -> Double, y: LinearScale) -> String {
        var d = ""
        var penDown = false
        for (index, value) in line.values.enumerated() {
            guard let value, value.isFinite else { penDown = false; continue }
            d += (penDown ? "L" : "M") + "\(SVG.n(px(index))) \(SVG.n(y.map(clamp(value, y.domain))))"
            penDown = true
        }
        guard !d.isEmpty else { return "" }
        let dash = line.dash.isEmpty ? "" : " stroke-dasharray=\"\(line.dash)\""
        return "<path d=\"\(d)\" fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"\(dash)/>"
    }

    static func legend(_ series: [LineSeries], x: Double, y: Double) -> String {
        var out = "", cursor = x
        for line in series {
            let dash = line.dash.isEmpty ? "" : " stroke-dasharray=\"\(line.dash)\""
            out += "<line x1=\"\(SVG.n(cursor))\" x2=\"\(SVG.n(cursor + 30))\" y1=\"\(SVG.n(y))\" y2=\"\(SVG.n(y))\" stroke=\"\(line.colour)\" stroke-width=\"2.5\"\(dash)/>"
            out += SVG.marker(line.marker, x: cursor + 15, y: y, size: 10, fill: line.colour)
            out += SVG.text(line.name, x: cursor + 36, y: y, size: 12, baseline: "middle")
            cursor += 52 + Double(line.name.count) * 7
        }
        return out
    }

    /// "Mood: 70 at 0, 30 at 2 (lowest 30, highest 70)." — enough to follow the chart without seeing it.
    static func describe(_ line: LineSeries, xStart: Int, words: ReportStrings) -> String {
        let points = line.values.enumerated().compactMap { index, value in
            value.flatMap { $0.isFinite ? (index + xStart, $0) : nil }
        }
        guard let first = points.first, let last = points.last else { return words.format(.lineNoData, line.name) }
        if points.count == 1 { return words.format(.lineOnePoint, line.name, Format.number(first.1), first.0) }
        let low = points.map(\.1).min()!, high = points.map(\.1).max()!
        let listed = points.count <= 12
            ? points.map { "\(Format.number($0.1))" }.joined(separator: ", ")
            : words.format(.lineRange, Format.number(first.1), Format.number(last.1), points.count)
        return words.format(.lineSummary, line.name, listed, Format.number(low), Format.number(high))
    }
}
