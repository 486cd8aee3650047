import Foundation
import Testing

/// A score is shown as a whole number by one rule everywhere: halves away from zero, as the
/// drill's scorecard has always rounded (78.5 → 79). `%.0f` rounded halves to even (78.5 → 78).
@Suite struct ScoreRoundingTests {
    @Test func aHalfOverallReadsTheSameInShowHistoryProgressAndReport() throws {
        let seeded = SeededStore()
        let id = try seeded.finishedSession(trainee: "Ana", turnScores: [.empathy: 60.5, .ownership: 70, .calm: 80], turnOverall: 66.5,
                                            scores: [.empathy: 72.5, .ownership: 80, .calm: 84], overall: 78.5)
        let env = seeded.environment
        let show = try HotseatProcess.run(["show", id], extraEnvironment: env)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("empathy 61 · ownership 70 · speed – · calm 80 · overall 67"), "\(show.stdout)")
        #expect(show.stdout.contains("Scorecard: empathy 73 · ownership 80 · speed – · calm 84 · overall 79"), "\(show.stdout)")

        let history = try HotseatProcess.run(["history", "--trainee", "Ana"], extraEnvironment: env)
        let row = try #require(history.stdout.split(separator: "\n").first { $0.hasPrefix(String(id.prefix(8))) })
        #expect(row.hasSuffix(" 79"), "\(row)")

        let progress = try HotseatProcess.run(["progress", "--trainee", "Ana"], extraEnvironment: env)
        #expect(progress.stdout.contains("best     79 overall"), "\(progress.stdout)")
        #expect(progress.stdout.contains("latest   79 overall"), "\(progress.stdout)")

        let report = try HotseatProcess.run(["report", id, "--format", "text"], extraEnvironment: env)
        #expect(report.status == 0, "\(report.stderr)")
        let overall = try #require(report.stdout.split(separator: "\n").first { $0.contains("Overall") })
        #expect(overall.contains("79 good"), "\(overall)")
        #expect(report.stdout.contains("73 good"), "the empathy bar rounds the same way")
    }
}
