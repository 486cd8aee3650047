import Foundation
import Testing
import HotseatCore
@testable import Reports

@Suite struct ChartTests {
    /// Every chart must be an accessible image: role, label, title and description.
    func expectAccessible(_ chart: SVGChart) {
        #expect(chart.svg.hasPrefix("<svg"))
        #expect(chart.svg.hasSuffix("</svg>"))
        #expect(chart.svg.contains("role=\"img\""))
        #expect(chart.svg.contains("aria-label=\""))
        #expect(chart.svg.contains("<title>"))
        #expect(chart.svg.contains("<desc>"))
        // Swift prints non-finite numbers as "nan" and "inf": neither may appear as a number.
        #expect(chart.svg.range(of: "[^a-z](-?nan|-?inf)[^a-z]", options: [.regularExpression, .caseInsensitive]) == nil,
                "a non-finite number leaked into the SVG")
    }

    func count(_ needle: String, in haystack: String) -> Int { haystack.components(separatedBy: needle).count - 1 }

    @Test func emptyDataSaysNoDataYet() {
        let charts = [
            DimensionBarChart.render(scores: [:], id: "a", title: "Scores"),
            RadarChart.render(scores: [.empathy: .nan], id: "b", title: "Radar"),
            LineChart.render(series: [], id: "c", title: "Mood", xAxis: "Turn", yAxis: "Mood"),
            LineChart.render(series: [LineSeries(name: "Mood", values: [nil, .nan])], id: "d", title: "Mood", xAxis: "Turn", yAxis: "Mood"),
            DistributionChart.render(values: [:], id: "e", title: "Spread"),
        ]
        for chart in charts {
            #expect(chart.isEmpty)
            #expect(chart.svg.contains("No data yet"))
            expectAccessible(chart)
        }
    }

    @Test func barChartDrawsBandsAndSaysWhatIsNotMeasured() {
        let chart = DimensionBarChart.render(scores: [.empathy: 82, .ownership: 45, .calm: 150], id: "bars", title: "Scores")
        expectAccessible(chart)
        #expect(!chart.isEmpty)
        for band in Band.allCases { #expect(chart.svg.contains(">\(band.label)<")) }
        #expect(chart.svg.contains("not measured"))
        #expect(chart.summary.contains("Empathy 82 (excellent)"))
        #expect(chart.summary.contains("Speed not measured"))
        // Out-of-range scores are clamped, not drawn off the chart.
        #expect(chart.summary.contains("Calm 100"))
        // Patterns, not colour alone: ownership and calm bars carry a texture overlay.
        #expect(chart.svg.contains("url(#bars-diagonal)"))
        #expect(chart.svg.contains("url(#bars-crosshatch)"))
    }

    @Test func radarMarksEachDimensionWithItsOwnShape() {
        let chart = RadarChart.render(scores: [.empathy: 80, .ownership: 60, .speed: 40, .calm: 20], id: "r", title: "Radar")
        expectAccessible(chart)
        #expect(chart.svg.contains("<circle"))      // empathy
        #expect(chart.svg.contains("<rect x="))     // ownership square
        #expect(count("<polygon", in: chart.svg) == Band.allCases.count + 1)
    }

    @Test func onePointSitsInTheMiddle() {
        let chart = LineChart.render(series: [LineSeries(name: "Mood", values: [70])], id: "one", title: "Mood",
                                     xAxis: "Turn", yAxis: "Mood", xStart: 0, width: 600)
        expectAccessible(chart)
        #expect(!chart.isEmpty)
        #expect(chart.svg.contains("cx=\"316\""), "one point should be centred in the plot: \(chart.svg)")
        #expect(chart.summary == "Mood: 70 at 0.")
    }

    @Test func hundredSessionsStayReadable() {
        let values: [Double?] = (0..<100).map { Double($0 % 37) + 40 }
        let series = Dimension.allCases.map { LineSeries(dimension: $0, values: values) }
        let chart = LineChart.render(series: series, id: "trend", title: "Trend", xAxis: "Attempt", yAxis: "Score", bands: true)
        expectAccessible(chart)
        // One continuous path per dimension through all 100 points.
        let lines = chart.svg.components(separatedBy: "<path d=\"").dropFirst().filter { $0.contains("fill=\"none\"") }
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { count("L", in: $0.components(separatedBy: "\"")[0]) == 99 })
        // Markers only at the last point of each series, and a handful of x labels, not 100.
        #expect(count("<circle", in: chart.svg) == 2) // empathy's end marker + its legend marker
        let xLabels = count("font-size=\"11\" fill=\"\(Palette.muted)\">", in: chart.svg)
        #expect(xLabels < 25)
        #expect(chart.summary.contains("over 100 points"))
    }

    @Test func gapsBreakTheLineInsteadOfInventingPoints() {
        let chart = LineChart.render(series: [LineSeries(name: "Speed", values: [50, nil, .nan, 70, 80])], id: "gap", title: "Speed",
                                     xAxis: "Attempt", yAxis: "Score")
        let d = chart.svg.components(separatedBy: "<path d=\"")[1].components(separatedBy: "\"")[0]
        #expect(count("M", in: d) == 2)
        #expect(count("L", in: d) == 1)
    }

    @Test func allEqualValuesWithAFreeDomainStillDraw() {
        let chart = LineChart.render(series: [LineSeries(name: "Latency", values: [12, 12, 12])], id: "eq", title: "Latency",
                                     xAxis: "Turn", yAxis: "Seconds", yDomain: nil)
        expectAccessible(chart)
        #expect(!chart.isEmpty)
    }

    @Test func distributionSummarisesEachDimension() {
        let many = (0..<100).map { Double($0) }
        let chart = DistributionChart.render(values: [.empathy: many, .calm: [55], .ownership: [.nan]], id: "dist", title: "Spread")
        expectAccessible(chart)
        #expect(chart.summary.contains("Empathy: 100 people, median 49.5".replacingOccurrences(of: "49.5", with: "50")))
        #expect(chart.summary.contains("Calm: 1 person, median 55"))
        #expect(chart.summary.contains("Ownership: no data."))
        #expect(chart.svg.contains("no data yet"))
    }

    @Test func chartIDsCannotBreakOutOfAttributes() {
        let chart = DimensionBarChart.render(scores: [.ownership: 50], id: "x\" onload=\"alert(1)", title: "T")
        #expect(!chart.svg.contains("onload=\""))
    }
}
