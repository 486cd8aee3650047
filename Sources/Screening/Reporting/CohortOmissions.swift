import Foundation

/// The candidates a cohort ranking cannot include, so a report never hides them: results whose
/// signature does not verify, and runs that were started but have no signed result yet.
///
/// ```swift
/// let omissions = CohortOmissions.collect(pack: "call-centre-basic", files: files, key: key) { data, url in … }
/// omissions.leftOut.first?.reason      // "the signature does not match: …"
/// omissions.inProgress.first?.progress // "3 of 10 steps done (5 replies so far)"
/// ```
public struct CohortOmissions: Sendable, Equatable {
    /// A result left out of the ranking because it does not verify.
    public struct LeftOut: Sendable, Equatable {
        public var candidateID: String
        public var file: String
        public var reason: String
        public init(candidateID: String, file: String, reason: String) {
            self.candidateID = candidateID
            self.file = file
            self.reason = reason
        }
    }

    /// A run with an audit log but no signed result: paused (closed terminal) or still being taken.
    public struct InProgress: Sendable, Equatable {
        public var candidateID: String
        public var stepsAnswered: Int
        public var steps: Int
        public var startedAt: Double?
        public var lastEventAt: Double?
        /// The last event, e.g. `suspended`, so a recruiter knows whether to offer `--resume`.
        public var lastEvent: String?
        /// Nil when the log verifies with the key; else what is wrong (such a run cannot be resumed).
        public var problem: String?
        /// Replies typed to the scenarios' customers, finished steps or not: "0 of 9 steps" alone
        /// read as nothing done when the candidate was two turns into the first scenario.
        public var replies: Int = 0

        public var progress: String {
            let done = "\(stepsAnswered) of \(steps) steps done"
            return replies == 0 ? done : done + " (\(replies) \(replies == 1 ? "reply" : "replies") so far)"
        }
        public var status: String {
            if let problem { return "audit log does not verify: \(problem)" }
            return lastEvent == "suspended" ? "paused (continue with --resume)" : "started, not finished"
        }
    }

    public var leftOut: [LeftOut] = []
    public var inProgress: [InProgress] = []

    public init(leftOut: [LeftOut] = [], inProgress: [InProgress] = []) {
        self.leftOut = leftOut
        self.inProgress = inProgress
    }

    public var isEmpty: Bool { leftOut.isEmpty && inProgress.isEmpty }

    /// What a run's audit log says about an unfinished run.
    public static func inProgress(candidateID: String, log url: URL, key: OrgKey) -> InProgress {
        guard let contents = try? AuditLog.read(at: url, key: key) else {
            return InProgress(candidateID: candidateID, stepsAnswered: 0, steps: 0, problem: "the audit log cannot be read")
        }
        let events = contents.events
        let steps = events.first?.start?.order.count ?? 0
        var answered = 0, replies = 0
        for event in events {
            if event.kind == .reply { replies += 1 }
            let endsScenario = event.reply.map { $0.destination.hasPrefix("ending:") || $0.destination == "turn_limit" } ?? false
            if event.kind == .sjtAnswer || (event.kind == .reply && endsScenario) { answered += 1 }
        }
        return InProgress(candidateID: candidateID, stepsAnswered: answered, steps: steps, startedAt: events.first?.at,
                          lastEventAt: events.last?.at, lastEvent: events.last?.kind.rawValue, problem: contents.problems.first,
                          replies: replies)
    }
}

extension ScreenFiles {
    /// Candidates with an audit log for `pack` but no result file: runs not finished (or not yet signed).
    public func unfinished(pack: String) -> [(candidateID: String, log: URL)] {
        let dir = base.appendingPathComponent(pack)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".audit.jsonl") }.sorted().compactMap { name in
            let candidate = String(name.dropLast(".audit.jsonl".count))
            guard !FileManager.default.fileExists(atPath: result(candidate: candidate, pack: pack).path) else { return nil }
            return (candidate, dir.appendingPathComponent(name))
        }
    }
}
