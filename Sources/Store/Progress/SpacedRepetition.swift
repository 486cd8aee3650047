import Foundation
import Scenarios

/// When a scenario should come back.
///
/// An attempt *masters* a scenario when it was finished, resolved, with an overall score of at
/// least `masteryScore`. The streak is the number of mastering attempts in a row, counting back
/// from the latest. A scenario is due again `interval(streak)` after it was last played:
///
/// | streak | comes back after |
/// |---|---|
/// | 0 (not mastered) | at once |
/// | 1 | 2 days |
/// | 2 | 6 days |
/// | 3 | 14 days |
/// | 4 or more | 30 days |
///
/// So a mastered scenario returns later and less often each time it is mastered again, and one
/// weak attempt puts it back in the daily rotation.
///
/// ```swift
/// SpacedRepetition.interval(forStreak: 2)   // 6 days, in seconds
/// ```
public enum SpacedRepetition {
    public static let masteryScore = 75.0
    static let intervalDays = [0, 2, 6, 14, 30]

    public static func interval(forStreak streak: Int) -> TimeInterval {
        Double(intervalDays[min(max(streak, 0), intervalDays.count - 1)]) * 86_400
    }

    public static func masters(_ session: SessionRecord) -> Bool {
        session.status == .finished && session.outcome == .resolved && (session.overall ?? 0) >= masteryScore
    }

    /// Mastering attempts in a row, newest first; `attempts` must be in chronological order.
    public static func streak(_ attempts: [SessionRecord]) -> Int {
        var count = 0
        for attempt in attempts.reversed() where attempt.status == .finished {
            guard masters(attempt) else { break }
            count += 1
        }
        return count
    }

    /// When the scenario is due again; nil when it was never played (due now).
    public static func dueDate(_ attempts: [SessionRecord]) -> Date? {
        guard let last = attempts.last else { return nil }
        return (last.endedAt ?? last.startedAt).addingTimeInterval(interval(forStreak: streak(attempts)))
    }
}
