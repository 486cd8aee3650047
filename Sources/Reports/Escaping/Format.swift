import Foundation
import HotseatCore

/// Number and date formatting that does not depend on the machine's locale, so reports are the same everywhere.
enum Format {
    static func number(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        if decimals <= 0 { return String(Int(value.rounded())) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.\(decimals)f", rounded)
    }

    /// "72" or "–" when not measured, rounded as every other view rounds a score.
    static func score(_ value: Double?) -> String {
        WholeScore.text(value)
    }

    static func seconds(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return number(value, decimals: 1) + " s"
    }

    static func signedPoints(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return (value >= 0 ? "+" : "−") + number(abs(value), decimals: 1)
    }

    /// ISO-style `2026-11-23 01:05 UTC`, readable and unambiguous across countries.
    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)) UTC"
    }

    /// Just the day, for chart axes.
    static func day(_ date: Date) -> String { String(self.date(date).prefix(10)) }
}
