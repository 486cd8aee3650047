/// How long a trainee may spend reading the customer's line before the speed clock counts.
///
/// Formula: `allowance = 1.0 s + characters / 20 per second`, i.e. a one-second glance plus
/// reading at 20 characters a second (about 200 words a minute), the pace of an
/// attentive adult reader. A 200-character complaint earns 11 s. Net latency is
/// `max(0, raw − allowance)`: the engine scores only the time spent thinking and typing.
///
/// ```swift
/// ReadingAllowance.seconds(for: String(repeating: "x", count: 200))   // 11.0
/// ReadingAllowance.netLatency(raw: 15, line: String(repeating: "x", count: 200))   // 4.0
/// ```
public enum ReadingAllowance {
    public static let glanceSeconds = 1.0
    public static let charactersPerSecond = 20.0

    public static func seconds(for line: String) -> Double {
        glanceSeconds + Double(line.count) / charactersPerSecond
    }

    public static func netLatency(raw: Double, line: String) -> Double {
        max(0, raw - seconds(for: line))
    }
}
