import HotseatCore

extension Scenario {
    /// The situation a reply to `beat` answers: the scenario's traits, with the beat saying
    /// whether the customer is abusive (no beat: not abusive).
    ///
    /// ```swift
    /// let traits = scenario.traits(answering: scenario.beats[scenario.start])
    /// ```
    public func traits(answering beat: Beat?) -> RecoveryTraits {
        var traits = self.traits
        traits.abusive = beat?.abusive ?? false
        return traits
    }

    /// The opening beat's first line in each of the scenario's languages: the line a reply scored
    /// without a conversation (`hotseat score`, `hotseat calibrate`) answers.
    public var openingLines: [Language: String] {
        let opening = beats[start]
        var lines: [Language: String] = [:]
        for language in languages { lines[language] = opening?.line.variants(in: language).first }
        return lines
    }
}
