import Drill
import Foundation
import HotseatCore

extension HintUsage {
    /// The hints a finished drill's scorecard charged.
    public init(_ scorecard: Scorecard) {
        self.init(count: scorecard.hintsUsed, penalty: scorecard.hintPenalty)
    }
}

extension SessionRecord {
    /// The hints used, read from what the drill stored: the final scorecard of a finished session,
    /// else the drill state after the last turn (hints then cost ``DrillSession/hintCost`` each,
    /// as the scorecard will charge them). nil when neither is stored (a hiring screen's session,
    /// or a row written by another program), so no one reads "0 hints" into a gap.
    public var hintUsage: HintUsage? {
        if let json = scorecardJSON, let scorecard = try? JSONText.decode(Scorecard.self, json) {
            return HintUsage(scorecard)
        }
        if let json = stateJSON, let state = try? JSONText.decode(DrillState.self, json) {
            return HintUsage(count: state.hintsUsed, penalty: state.hintsUsed * DrillSession.hintCost)
        }
        return nil
    }
}
