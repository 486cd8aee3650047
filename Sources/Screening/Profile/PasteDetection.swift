/// Spots replies that arrived faster than a person types.
///
/// Threshold: more than 15 characters a second (about 180 words a minute), sustained over a
/// reply of at least 60 characters. Fast typists manage 10–12 characters a second in bursts; the
/// rate here is measured over the whole net latency (time after reading the customer's line),
/// which also holds thinking time, so it is a lower bound on real typing speed and the flag errs
/// on the side of not firing. Short replies are never judged: "Sorry, one moment" is quick to type.
/// A flag asks a person to look; it is not evidence of cheating on its own.
///
/// ```swift
/// PasteDetection.isLikelyPasted(characters: 400, netLatency: 6)    // true: 67 characters a second
/// PasteDetection.isLikelyPasted(characters: 400, netLatency: 60)   // false
/// ```
public enum PasteDetection {
    public static let charactersPerSecond = 15.0
    public static let minimumCharacters = 60

    public static func isLikelyPasted(characters: Int, netLatency: Double) -> Bool {
        guard characters >= minimumCharacters else { return false }
        // A reply submitted at the very instant of the prompt has no measurable rate; treat it as instant.
        let seconds = max(netLatency, 0.001)
        return Double(characters) / seconds > charactersPerSecond
    }

    public static func rate(characters: Int, netLatency: Double) -> Double {
        Double(characters) / max(netLatency, 0.001)
    }
}
