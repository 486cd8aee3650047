/// Where a reply's latency comes from.
///
/// Interactive play measures it on the ``DrillClock``. Scripted play (replies piped from a file)
/// may give it per line; otherwise it is ``notMeasured`` — the drill never invents a latency.
public enum LatencySource: Sendable, Equatable {
    /// From the moment the line was shown until now, on the session's clock.
    case clock
    /// Seconds since the line was shown, as recorded elsewhere (a `[+12.5s]` prefix in a script);
    /// the reading allowance is still subtracted.
    case elapsed(Double)
    /// Already net of the reading allowance (golden transcripts' `latency:`).
    case net(Double)
    case notMeasured
}

/// A reply's latency, raw and net of the reading allowance; both nil when not measured.
public struct Latency: Codable, Sendable, Equatable {
    public var raw: Double?
    public var net: Double?
    /// The allowance subtracted, in seconds.
    public var allowance: Double?

    public init(raw: Double?, net: Double?, allowance: Double?) {
        self.raw = raw
        self.net = net
        self.allowance = allowance
    }

    public static let notMeasured = Latency(raw: nil, net: nil, allowance: nil)
}
