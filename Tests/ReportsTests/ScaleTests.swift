import Testing
@testable import Reports

@Suite struct ScaleTests {
    @Test func scoreDomainGetsRoundTicks() {
        #expect(LinearScale.niceTicks(0...100, count: 5) == [0, 20, 40, 60, 80, 100])
    }

    @Test func oddDomainsGetNiceSteps() {
        #expect(LinearScale.niceTicks(0...7, count: 5) == [0, 2, 4, 6])
        #expect(LinearScale.niceTicks(1...100, count: 8) == [20, 40, 60, 80, 100])
        #expect(LinearScale.niceTicks(1...100, count: 10) == [10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
        // Float error must not leak into labels (0.30000000000000004).
        #expect(LinearScale.niceTicks(0.1...0.3, count: 2).map { Format.number($0, decimals: 1) } == ["0.1", "0.2", "0.3"])
    }

    @Test func niceDomainCoversTheData() throws {
        let domain = try #require(LinearScale.niceDomain(covering: [3, 97, .nan]))
        #expect(domain == 0...100)
    }

    @Test func emptyOrNonFiniteDataHasNoDomain() {
        #expect(LinearScale.niceDomain(covering: []) == nil)
        #expect(LinearScale.niceDomain(covering: [.nan, .infinity, -.infinity]) == nil)
    }

    @Test func allEqualValuesWidenTheDomain() {
        let scale = LinearScale(domain: 50...50, from: 100, to: 0)
        #expect(scale.domain == 49...51)
        #expect(scale.map(50) == 50)
        #expect(!scale.ticks().isEmpty)
    }

    @Test func yAxisRunsUpward() {
        let scale = LinearScale(domain: 0...100, from: 300, to: 20)
        #expect(scale.map(0) == 300)
        #expect(scale.map(100) == 20)
        #expect(scale.map(50) == 160)
    }

    @Test func nonFiniteValuesMapToTheAxisNotNaN() {
        let scale = LinearScale(domain: 0...100, from: 300, to: 20)
        #expect(scale.map(.nan) == 300)
        #expect(scale.map(.infinity).isFinite)
        let broken = LinearScale(domain: -Double.infinity...Double.infinity, range: 0...10)
        #expect(broken.map(5).isFinite)
    }

    @Test func statisticsIgnoreNaN() throws {
        #expect(Statistics.mean([10, .nan, 30]) == 20)
        #expect(Statistics.mean([.nan]) == nil)
        let s = try #require(Statistics.summary([1, 2, 3, 4, 5, .infinity]))
        #expect((s.min, s.q1, s.median, s.q3, s.max, s.count) == (1, 2, 3, 4, 5, 5))
        #expect(Statistics.percentileRank(3, in: [1, 2, 3, 4]) == 75)
    }

    @Test func sparklineShowsLevelsAndGaps() {
        #expect(TerminalSparkline.render([0, 50, 100, nil, .nan]) == "▁▅█··")
        #expect(TerminalSparkline.render([]) == "")
    }
}
