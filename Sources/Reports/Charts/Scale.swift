import Foundation

/// Maps data values to pixels, with "nice" tick values (1, 2, 5 × 10ⁿ) a person reads at a glance.
///
/// Guards every edge case charts meet: empty data, one value, all-equal values, NaN and infinity.
/// ```swift
/// let scale = LinearScale(domain: 0...100, range: 300...20)   // y grows upward
/// scale.map(50)          // 160
/// scale.ticks(count: 5)  // [0, 20, 40, 60, 80, 100]
/// ```
public struct LinearScale: Sendable, Equatable {
    public var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>
    /// True when `range` runs from upper to lower (SVG y axes).
    var inverted: Bool

    /// `range` may be given high-to-low by passing `lower > upper` through `init(domain:from:to:)`.
    public init(domain: ClosedRange<Double>, from start: Double, to end: Double) {
        self.domain = LinearScale.safeDomain(domain)
        self.range = min(start, end)...max(start, end)
        self.inverted = start > end
    }

    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>) {
        self.init(domain: domain, from: range.lowerBound, to: range.upperBound)
    }

    /// The pixel for `value`; non-finite values map to the start of the range rather than poisoning the SVG.
    public func map(_ value: Double) -> Double {
        guard value.isFinite else { return inverted ? range.upperBound : range.lowerBound }
        let span = domain.upperBound - domain.lowerBound
        let t = (value - domain.lowerBound) / span
        let start = inverted ? range.upperBound : range.lowerBound
        let end = inverted ? range.lowerBound : range.upperBound
        return start + (end - start) * t
    }

    public func ticks(count: Int = 5) -> [Double] { LinearScale.niceTicks(domain, count: count) }

    /// A domain that is finite and has width: a zero-width domain (all values equal) widens by 1 each side.
    static func safeDomain(_ domain: ClosedRange<Double>) -> ClosedRange<Double> {
        var low = domain.lowerBound.isFinite ? domain.lowerBound : 0
        var high = domain.upperBound.isFinite ? domain.upperBound : max(low, 0) + 1
        if high < low { swap(&low, &high) }
        if high - low < 1e-9 { return (low - 1)...(high + 1) }
        return low...high
    }

    /// The smallest domain that covers the finite values, widened to nice tick boundaries; nil for no finite values.
    public static func niceDomain(covering values: [Double], count: Int = 5) -> ClosedRange<Double>? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        let safe = safeDomain(low...high)
        let step = niceStep(span: safe.upperBound - safe.lowerBound, count: count)
        return (floor(safe.lowerBound / step) * step)...(ceil(safe.upperBound / step) * step)
    }

    /// Tick values at a nice step inside `domain`, never more than about `count + 1`.
    public static func niceTicks(_ domain: ClosedRange<Double>, count: Int = 5) -> [Double] {
        let safe = safeDomain(domain)
        let step = niceStep(span: safe.upperBound - safe.lowerBound, count: max(count, 1))
        var ticks: [Double] = []
        var value = ceil(safe.lowerBound / step - 1e-9) * step
        while value <= safe.upperBound + step * 1e-9, ticks.count < 50 {
            // Snap tiny float error (0.30000000000000004) to the step's precision.
            ticks.append((value / step).rounded() * step)
            value += step
        }
        return ticks
    }

    static func niceStep(span: Double, count: Int) -> Double {
        let raw = span / Double(max(count, 1))
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(raw)))
        let residual = raw / magnitude
        let nice: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
        return nice * magnitude
    }
}
