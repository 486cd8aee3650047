import Foundation
import HotseatCore
import Scenarios
import Store

/// Small text helpers shared by history, show and progress.
enum SessionFormatting {
    static func date(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day().dateSeparator(.dash)
            .time(includingFractionalSeconds: false).timeSeparator(.colon)).replacingOccurrences(of: "T", with: " ")
            .prefix(16).description
    }

    /// Three characters wide, right-aligned, for columns.
    static func score(_ value: Double?) -> String {
        WholeScore.text(value).leftPadded(to: 3)
    }

    /// A session's state in one or two words, for a column (English: the stored outcome code).
    static func result(_ session: SessionRecord, _ words: RecordsWording = RecordsWording(.en)) -> String {
        switch session.status {
        case .finished:
            switch session.outcome {
            case .resolved: words[.resultResolved]
            case .walkedOut: words[.resultWalkedOut]
            case .manager: words[.resultManager]
            case .turnLimit: words[.resultTurnLimit]
            case .abandoned: words[.resultAbandoned]
            case nil: words[.resultFinished]
            }
        case .paused: words[.resultPaused]
        case .inProgress: words[.resultInProgress]
        }
    }

    /// Pads to a width counted in characters, not bytes, so æøå line up.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}
