import Testing
@testable import Rubric

@Suite struct CalibrationStatisticsTests {
    @Test func spearmanMatchesScipyExample() throws {
        // scipy.stats.spearmanr([1,2,3,4,5], [5,6,7,8,7]) documentation example.
        let rho = try #require(CalibrationStatistics.spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]))
        #expect(abs(rho - 0.8207826816681233) < 1e-12)
    }

    @Test func spearmanUsesAverageRanksForTiesOnBothSides() throws {
        // Reference value from scipy.stats.spearmanr on the same data.
        let rho = try #require(CalibrationStatistics.spearman([1, 1, 2, 3, 3, 3, 4], [2, 1, 1, 3, 4, 4, 5]))
        #expect(abs(rho - 0.8860760232362958) < 1e-12)
    }

    @Test func spearmanIsOneForMonotoneAndMinusOneForReversed() throws {
        #expect(try #require(CalibrationStatistics.spearman([1, 2, 3, 4], [10, 20, 300, 4000])) == 1)
        #expect(abs(try #require(CalibrationStatistics.spearman([1, 2, 3, 4], [4, 3, 2, 1])) + 1) < 1e-12)
    }

    @Test func spearmanIsUndefinedForConstantOrTooShortInput() {
        #expect(CalibrationStatistics.spearman([3, 3, 3], [1, 2, 3]) == nil)
        #expect(CalibrationStatistics.spearman([1], [1]) == nil)
        #expect(CalibrationStatistics.spearman([1, 2], [1]) == nil)
    }

    @Test func averageRanksShareTiedPositions() {
        #expect(CalibrationStatistics.averageRanks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
        #expect(CalibrationStatistics.averageRanks([5, 5, 5]) == [2, 2, 2])
        #expect(CalibrationStatistics.averageRanks([3, 1, 2]) == [3, 1, 2])
    }

    @Test func quadraticKappaKnownValues() throws {
        // Hand-checked: identical ratings agree perfectly; a full reversal is -1.
        #expect(try #require(CalibrationStatistics.quadraticWeightedKappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], categories: 1...5)) == 1)
        #expect(abs(try #require(CalibrationStatistics.quadraticWeightedKappa([1, 2, 3], [3, 2, 1], categories: 1...3)) + 1) < 1e-12)
        // 1 - Σw·O / Σw·E computed independently with numpy: 31/38.
        let k = try #require(CalibrationStatistics.quadraticWeightedKappa([1, 2, 3, 4, 5, 3, 2], [1, 3, 3, 5, 4, 2, 2], categories: 1...5))
        #expect(abs(k - 0.8157894736842105) < 1e-12)
    }

    @Test func quadraticKappaPunishesFarMissesMoreThanNearOnes() throws {
        let human = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]
        let near = try #require(CalibrationStatistics.quadraticWeightedKappa(human, [2, 2, 3, 4, 4, 1, 3, 3, 4, 5], categories: 1...5))
        let far = try #require(CalibrationStatistics.quadraticWeightedKappa(human, [5, 2, 3, 4, 1, 1, 3, 3, 4, 5], categories: 1...5))
        #expect(near > far)
    }

    @Test func kappaIsUndefinedWhenBothSidesUseOneCategory() {
        #expect(CalibrationStatistics.quadraticWeightedKappa([3, 3], [3, 3], categories: 1...5) == nil)
        #expect(CalibrationStatistics.quadraticWeightedKappa([], [], categories: 1...5) == nil)
    }

    @Test func exactAndAdjacentAgreement() {
        #expect(CalibrationStatistics.agreement([1, 2, 3, 5], [1, 3, 5, 5], within: 0) == 0.5)
        #expect(CalibrationStatistics.agreement([1, 2, 3, 5], [1, 3, 5, 5], within: 1) == 0.75)
        #expect(CalibrationStatistics.agreement([], [], within: 1) == nil)
    }

    @Test func confusionMatrixCountsPairsAndClampsStrays() {
        let m = ConfusionMatrix(rows: [1, 2, 2, 5, 0], columns: [1, 3, 3, 4, 6], categories: 1...5)
        #expect(m.count(row: 2, column: 3) == 2)
        #expect(m.count(row: 5, column: 4) == 1)
        #expect(m.count(row: 1, column: 1) == 1)
        #expect(m.count(row: 1, column: 5) == 1)  // the stray (0, 6) lands in the corner
        #expect(m.counts.flatMap { $0 }.reduce(0, +) == 5)
    }

    @Test func engineScoresMapToFiveEqualBins() {
        #expect(EngineRating.rating(forScore: 0) == 1)
        #expect(EngineRating.rating(forScore: 19.9) == 1)
        #expect(EngineRating.rating(forScore: 20) == 2)
        #expect(EngineRating.rating(forScore: 59.99) == 3)
        #expect(EngineRating.rating(forScore: 80) == 5)
        #expect(EngineRating.rating(forScore: 100) == 5)
        #expect(EngineRating.rating(forScore: .nan) == 1)
    }
}
