import Foundation
import HotseatCore
import Scenarios
import Testing
@testable import Screening

@Suite("Reporting: content hashes, unfinished runs, load failures")
struct ReportingFixTests {
    let key = OrgKey(bytes: Array("a-test-organisation-key-32-bytes".utf8))

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reporting-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func contentHashesAreRecordedAtTheStartAndDifferencesAreFlagged() throws {
        let content = try shippedContent()
        let hashes = ContentHashes.compute(content: content, scoringDirectory: repositoryRoot.appendingPathComponent("scoring"), root: repositoryRoot)
        #expect(hashes["scenarios/screens/call-centre-basic.yaml"]?.count == 64)
        #expect(hashes.keys.contains("scoring/rubric.yaml"))
        #expect(hashes.keys.contains { $0.hasPrefix("scenarios/screens/items/sjt-") })
        let (run, _) = ScreenRun.begin(content: content, candidateID: "c-1", language: .en, seed: 1, at: 0, contentHashes: hashes)
        let replayed = try ScreenRun.replay(content: content, events: run.events)
        let first = ScreenResult(run: replayed, auditFile: "c-1.audit.jsonl", auditLines: 1, auditLastHash: AuditLog.genesisHash)
        #expect(first.contentHashes == hashes)
        #expect(TextScreenReport.candidate(first, verification: "ok", cohort: nil).contains("scenarios/screens/call-centre-basic.yaml"))

        var changed = hashes
        changed["scoring/empathy.yaml"] = String(repeating: "a", count: 64)
        let (other, _) = ScreenRun.begin(content: content, candidateID: "c-2", language: .en, seed: 2, at: 0, contentHashes: changed)
        let second = ScreenResult(run: other, auditFile: "c-2.audit.jsonl", auditLines: 1, auditLastHash: AuditLog.genesisHash)
        #expect(ScreenCohort(packID: "p", results: [first, first]).contentNote == nil)
        let note = try #require(ScreenCohort(packID: "p", results: [first, second]).contentNote)
        #expect(note.contains("different content") && note.contains("scoring/empathy.yaml") && note.contains("c-2"))
        #expect(TextScreenReport.cohort(ScreenCohort(packID: "p", results: [first, second]), verification: [:]).contains("different content"))
    }

    /// Two turns into a scenario, no step is done yet; the progress says what was typed.
    /// A run of pack "p" begun, its notice acknowledged, every event in its audit log.
    func loggedRun(candidate: String, language: Language, seed: UInt64) throws -> (ScreenRun, AuditLog, ScreenFiles) {
        let files = ScreenFiles(base: try temporaryDirectory())
        var (run, started) = ScreenRun.begin(content: try shippedContent(), candidateID: candidate, language: language, seed: seed, at: 0)
        let log = try AuditLog.open(at: files.auditLog(candidate: candidate, pack: "p"), key: key)
        try log.append(started)
        try log.append(run.acknowledgeNotice(at: 1))
        return (run, log, files)
    }

    @Test func anUnfinishedRunCountsTheRepliesOfAStepUnderWay() throws {
        var (run, log, files) = try loggedRun(candidate: "c-7", language: .en, seed: 7)
        var time = 2.0, replies = 0, judgements = 0
        while replies < 2 {
            try log.append(run.present(at: time))
            time += 20
            if case .judgement = run.prompt {
                try log.append(run.submit("best: C, worst: A", at: time, engine: PhraseScorer()).1)
                judgements += 1
            } else {
                try log.append(run.submit("Hmm.", at: time, engine: PhraseScorer()).1)
                replies += 1
            }
        }
        let progress = CohortOmissions.inProgress(candidateID: "c-7", log: files.auditLog(candidate: "c-7", pack: "p"), key: key)
        #expect(progress.replies == 2)
        #expect(progress.stepsAnswered == judgements, "two weak replies end no scenario")
        #expect(progress.progress == "\(judgements) of \(run.start.order.count) steps done (2 replies so far)")
    }

    @Test func anUnfinishedRunIsListedAsInProgressInTextAndCSV() throws {
        var (run, log, files) = try loggedRun(candidate: "c-5", language: .nl, seed: 5)
        try log.append(run.suspend(at: 2))
        let unfinished = files.unfinished(pack: "p")
        #expect(unfinished.map(\.candidateID) == ["c-5"])
        let progress = CohortOmissions.inProgress(candidateID: "c-5", log: unfinished[0].log, key: key)
        #expect(progress.steps == run.start.order.count && progress.stepsAnswered == 0 && progress.problem == nil)
        #expect(progress.status.contains("--resume"))
        let omissions = CohortOmissions(leftOut: [.init(candidateID: "c-6", file: "c-6.result.json", reason: "the signature does not match")],
                                        inProgress: [progress])
        let cohort = ScreenCohort(packID: "p", results: [])
        let text = TextScreenReport.cohort(cohort, verification: [:], omissions: omissions)
        #expect(text.contains("Left out (signature does not verify)") && text.contains("c-6"))
        #expect(text.contains("In progress") && text.contains("c-5") && text.contains("0 of \(run.start.order.count) steps done"))
        let csv = TextScreenReport.cohortCSV(cohort, omissions: omissions)
        #expect(csv.contains("\"left out (signature does not verify)\",\"c-6\""))
        #expect(csv.contains("\"in progress\",\"c-5\""))
    }

    @Test func aScenarioThatDoesNotLoadIsNamedWithItsFirstProblem() throws {
        let dir = try temporaryDirectory()
        let scenarios = repositoryRoot.appendingPathComponent("scenarios")
        for name in try FileManager.default.contentsOfDirectory(atPath: scenarios.path) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: scenarios.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let pack = try #require(shippedLibrary().pack(id: "call-centre-basic"))
        guard case .scenario(let id, _) = try #require(pack.sequence.first { if case .scenario = $0 { true } else { false } }) else { return }
        let file = dir.appendingPathComponent("\(id).yaml")
        let broken = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\nturn_limit:", with: "\nturn_limt:")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let catalog = ScenarioCatalog.load(directories: [dir])
        #expect { try ScreenContent(pack: pack, catalog: catalog, items: shippedLibrary().items) } throws: { error in
            let message = (error as? ScreenError)?.message ?? ""
            return message.contains("does not load") && message.contains("\(id).yaml:") && !message.contains("not available")
        }
    }
}
