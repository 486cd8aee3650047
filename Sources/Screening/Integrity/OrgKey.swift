import Crypto
import Foundation

/// The organisation's signing key, read from the file named by `HOTSEAT_ORG_KEY_FILE`.
///
/// Checked before the candidate sees anything, so a run can never end unsigned. The key is
/// never printed, logged or stored: `description` hides it, and only signatures leave this type.
///
/// ```swift
/// let (key, warnings) = try OrgKey.load(environment: ProcessInfo.processInfo.environment)
/// warnings   // ["the key file … can be read by every user on this machine (chmod 600 …)"]
/// ```
public struct OrgKey: Sendable, CustomStringConvertible {
    public static let environmentVariable = "HOTSEAT_ORG_KEY_FILE"
    /// Shorter keys are refused: HMAC is only as strong as its key.
    public static let minimumBytes = 16

    // Kept as bytes (SymmetricKey is not Sendable); a SymmetricKey is made for each use.
    private let bytes: Data
    private var symmetric: SymmetricKey { SymmetricKey(data: bytes) }

    /// For tests and tools that already hold key bytes.
    public init(bytes: some DataProtocol) { self.bytes = Data(bytes) }

    public var description: String { "<organisation key, \(bytes.count * 8) bits>" }

    /// What the key is needed for, so a refusal says what will not happen: a recruiter running
    /// `report` must not be told that "the screen will not start".
    public enum Purpose: Sendable {
        case screen, verify, report

        var consequence: String {
            switch self {
            case .screen: "the screen will not start"
            case .verify: "the result cannot be verified"
            case .report: "the results cannot be verified, so no report is shown"
            }
        }

        var notSet: String {
            switch self {
            case .screen: "the result cannot be signed, so the screen will not start"
            case .verify, .report: consequence
            }
        }
    }

    /// Reads and checks the key file. Trailing newlines are ignored so `echo secret > key` works.
    public static func load(environment: [String: String], for purpose: Purpose = .screen) throws(ScreenError) -> (key: OrgKey, warnings: [String]) {
        guard let path = environment[environmentVariable], !path.isEmpty else {
            throw ScreenError(code: "org-key-not-set", "\(environmentVariable) is not set: \(purpose.notSet)",
                              context: ["fix": "point \(environmentVariable) at the organisation's key file"])
        }
        return try load(path: path, for: purpose)
    }

    public static func load(path: String, for purpose: Purpose = .screen) throws(ScreenError) -> (key: OrgKey, warnings: [String]) {
        let consequence = purpose.consequence
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScreenError(code: "org-key-missing", "the organisation key file \(path) does not exist; \(consequence)", context: ["path": path])
        }
        guard !isDirectory.boolValue else {
            throw ScreenError(code: "org-key-unreadable", "the organisation key file \(path) is a folder; \(consequence)", context: ["path": path])
        }
        guard manager.isReadableFile(atPath: path), var data = manager.contents(atPath: path) else {
            throw ScreenError(code: "org-key-unreadable", "cannot read the organisation key file \(path); \(consequence)", context: ["path": path])
        }
        while let last = data.last, last == 0x0A || last == 0x0D || last == 0x20 { data.removeLast() }
        guard !data.isEmpty else {
            throw ScreenError(code: "org-key-empty", "the organisation key file \(path) is empty; \(consequence)", context: ["path": path])
        }
        guard data.count >= minimumBytes else {
            throw ScreenError(code: "org-key-short", "the organisation key in \(path) is shorter than \(minimumBytes) bytes; \(consequence)",
                              context: ["path": path])
        }
        var warnings: [String] = []
        if let attributes = try? manager.attributesOfItem(atPath: path),
           let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue, permissions & 0o004 != 0 {
            warnings.append("the organisation key file \(path) can be read by every user on this machine (chmod 600 \(path))")
        }
        return (OrgKey(bytes: data), warnings)
    }

    func authenticationCode(for data: Data) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: data, using: symmetric))
    }

    func isValid(_ code: Data, for data: Data) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: data, using: symmetric)
    }
}
