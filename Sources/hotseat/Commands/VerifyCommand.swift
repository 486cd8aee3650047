import ArgumentParser
import Foundation
import Screening

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that a hiring-screen result is exactly as signed (exit 1 if anything changed).",
        discussion: """
        Recomputes the HMAC-SHA256 signature with the organisation key from HOTSEAT_ORG_KEY_FILE. \
        Any changed byte fails. When the run's audit log sits next to the result, its hash chain \
        and its last hash are checked against the result as well. Without the log only the result \
        is checked, and the output says so; --require-log makes a missing log a failure.

          hotseat verify ~/.hotseat/screens/call-centre-basic/c-017.result.json
          hotseat verify --require-log c-017.result.json   # for an audit: the log must be there
        """
    )

    @Argument(help: "The result file (<candidate>.result.json).")
    var result: String

    @Flag(help: "Fail (exit 1) when the run's audit log is not next to the result.")
    var requireLog = false

    func run() throws {
        if result.hasSuffix(".audit.jsonl") {
            let candidate = URL(fileURLWithPath: result).lastPathComponent.dropLast(".audit.jsonl".count)
            ScreenSupport.fail("\(result) is an audit log; verify takes the signed result, \(candidate).result.json, and checks this log with it "
                               + "(no result yet means the run is unfinished: hotseat report --candidate \(candidate) says where it stopped)")
        }
        let key = ScreenSupport.orgKey(for: .verify)
        guard let data = FileManager.default.contents(atPath: result) else { ScreenSupport.fail("cannot read \(result)") }
        switch ScreenVerifier.verify(resultData: data, resultPath: result, key: key) {
        case .failure(let reason):
            ScreenSupport.fail("verification FAILED for \(result): \(reason)")
        case .success(let (payload, auditNote)):
            if requireLog, !ScreenVerifier.auditLogExists(for: payload, resultPath: result) {
                ScreenSupport.fail("verification FAILED for \(result): the audit log \(payload.audit.file) is not next to it "
                                   + "(--require-log); copy it from the screen folder, or verify without --require-log to check the result alone")
            }
            print("OK: \(result) is as signed — candidate \(payload.candidateID), pack \(payload.packID) v\(payload.packVersion), scoring key \(payload.scoringKeyVersion)\(payload.complete ? "" : " (incomplete run)")")
            print("audit log: \(auditNote)")
        }
    }
}

/// Signature plus audit-log checks, shared by `verify` and `report`.
enum ScreenVerifier {
    struct Failure: Error { var reason: String }

    static func verify(resultData: Data, resultPath: String, key: OrgKey) -> Result<(ScreenResult, String), Failure> {
        switch SignedResult.verify(resultData, with: key) {
        case .invalid(let reason):
            return .failure(Failure(reason: reason))
        case .valid(let payload):
            // The signature covers the contents, not the file name: a result copied to another
            // candidate's name would stand in for them (and push the real one out of the ranking).
            let name = URL(fileURLWithPath: resultPath).lastPathComponent
            if name.hasSuffix(".result.json"), name != "\(payload.candidateID).result.json" {
                return .failure(Failure(reason: "the file is named for candidate '\(name.dropLast(".result.json".count))', but it was signed for candidate '\(payload.candidateID)' (a result cannot be renamed to another candidate)"))
            }
            let logURL = URL(fileURLWithPath: resultPath).deletingLastPathComponent().appendingPathComponent(payload.audit.file)
            guard FileManager.default.fileExists(atPath: logURL.path) else { return .success((payload, Self.logNotFound)) }
            guard let contents = try? AuditLog.read(at: logURL, key: key) else { return .failure(Failure(reason: "the audit log \(logURL.path) cannot be read")) }
            if let problem = contents.problems.first { return .failure(Failure(reason: "the audit log does not verify with the organisation key: \(problem)")) }
            guard contents.lines == payload.audit.lines, contents.lastHash == payload.audit.lastHash else {
                return .failure(Failure(reason: "the audit log \(logURL.lastPathComponent) does not match the one the result was signed with (\(contents.lines) lines, signed with \(payload.audit.lines))"))
            }
            return .success((payload, "\(contents.lines) lines, hash chain intact and matching the result"))
        }
    }
}

extension ScreenVerifier.Failure: CustomStringConvertible { var description: String { reason } }

extension ScreenVerifier {
    /// The audit note of a result whose log is not beside it; the ranking marks such results.
    static let logNotFound = "not found next to the result; not checked"

    static func auditLogExists(for result: ScreenResult, resultPath: String) -> Bool {
        let logURL = URL(fileURLWithPath: resultPath).deletingLastPathComponent().appendingPathComponent(result.audit.file)
        return FileManager.default.fileExists(atPath: logURL.path)
    }

    /// The replies as the audit log next to a verified result holds them (with their evidence);
    /// empty when the log is not there. Call only after ``verify(resultData:resultPath:key:)`` passed.
    static func replyRecords(of result: ScreenResult, resultPath: String, key: OrgKey) -> [ReplyRecord] {
        let logURL = URL(fileURLWithPath: resultPath).deletingLastPathComponent().appendingPathComponent(result.audit.file)
        guard let contents = try? AuditLog.read(at: logURL, key: key), contents.problems.isEmpty else { return [] }
        return contents.events.compactMap(\.reply)
    }
}
