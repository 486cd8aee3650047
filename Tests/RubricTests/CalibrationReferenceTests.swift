import Foundation
import HotseatCore
import Scenarios
import Testing
@testable import Rubric

/// The shipped rubric must agree with the expert ratings in scoring/calibration/reference.csv.
@Suite struct CalibrationReferenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The same conversion `hotseat calibrate` makes: traits, topic words and the opening line.
    static func scenarios() -> [String: CalibrationScenario] {
        var result: [String: CalibrationScenario] = [:]
        for s in ScenarioCatalog.load(directories: [root.appendingPathComponent("scenarios")]).scenarios {
            let opening = s.beats[s.start]
            var traits = s.traits
            traits.abusive = opening?.abusive ?? false
            var lines: [Language: String] = [:]
            for language in s.languages { lines[language] = opening?.line.variants(in: language).first }
            result[s.id] = CalibrationScenario(id: s.id, traits: traits, topicWords: s.topicWords, openingLine: lines,
                                               expects: s.scoring.expects, weights: s.scoring.weights)
        }
        return result
    }

    static func reference() throws -> [RatedReply] {
        let path = root.appendingPathComponent("scoring/calibration/reference.csv").path
        let data = try #require(FileManager.default.contents(atPath: path))
        return try RatingsTable.parse(Array(data), file: "scoring/calibration/reference.csv")
    }

    @Test func referenceSetCoversTheShippedScenariosInThreeLanguages() throws {
        let rows = try Self.reference()
        #expect(rows.count >= 150)
        for language in Language.allCases { #expect(rows.filter { $0.language == language }.count >= 30) }
        let ids = Set(rows.compactMap(\.scenarioID))
        #expect(ids == ["ski-lift", "late-bed", "laptop-failure", "software-update", "abusive-counter", "third-failure",
                        "storm-closure", "slow-service", "health-complaint", "refund-policy", "chat-insults", "loyal-regular"])
        #expect(rows.allSatisfy { $0.ratings.count == 4 && $0.latency != nil && !$0.rationale.isEmpty })
        // Ratings span the scale on every dimension, so the correlation means something.
        for d in HotseatCore.Dimension.allCases { #expect(Set(rows.compactMap { $0.ratings[d] }).count == 5) }
    }

    @Test(arguments: HotseatCore.Dimension.allCases)
    func engineAgreesWithTheExperts(on dimension: HotseatCore.Dimension) throws {
        let engine = try RubricEngine.load(directory: Self.root.appendingPathComponent("scoring"))
        let report = CalibrationRunner.run(try Self.reference(), engine: engine, scenarios: Self.scenarios())
        #expect(report.scenariosMissing.isEmpty, "scored without traits: \(report.scenariosMissing)")
        let figures = try #require(report.dimensions.first { $0.dimension == dimension })
        let rho = try #require(figures.spearman)
        let worst = figures.worst.map { "\($0.id) human \($0.human) engine \($0.engine) rules \($0.rules.map(\.rule))" }.joined(separator: "; ")
        #expect(rho >= 0.7, "Spearman \(rho) on \(dimension); worst: \(worst)")
    }
}
