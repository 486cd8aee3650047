import Foundation
import HotseatCore
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

    static func result(_ session: SessionRecord) -> String {
        switch session.status {
        case .finished: session.outcome?.rawValue ?? "finished"
        case .paused: "paused"
        case .inProgress: "in progress"
        }
    }

    /// Pads to a width counted in characters, not bytes, so æøå line up.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}
