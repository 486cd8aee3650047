import Foundation

/// Signs and verifies result files.
///
/// A result file is one canonical JSON object (sorted keys, no extra whitespace, newline at the
/// end): `{"algorithm":"HMAC-SHA256","payload":{…},"signature":"<hex>"}`. The HMAC covers every
/// byte of the file with the signature's hex left empty, so any changed byte, even whitespace,
/// fails verification; decoding the payload is checked too.
///
/// ```swift
/// let data = try SignedResult.sign(result, with: key)
/// try data.write(to: url)
/// SignedResult.verify(data, with: key)      // .valid(result)
/// ```
public enum SignedResult {
    public static let algorithm = "HMAC-SHA256"

    public enum Verification: Sendable, Equatable {
        case valid(ScreenResult)
        /// What failed, in words a person can act on.
        case invalid(String)
    }

    struct Envelope<Payload: Codable>: Codable {
        var algorithm: String
        var payload: Payload
        var signature: String
    }

    static func canonicalEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func sign(_ result: ScreenResult, with key: OrgKey) throws(ScreenError) -> Data {
        let unsigned = try encode(Envelope(algorithm: algorithm, payload: result, signature: ""))
        let code = key.authenticationCode(for: unsigned).hex
        return try encode(Envelope(algorithm: algorithm, payload: result, signature: code))
    }

    public static func verify(_ data: Data, with key: OrgKey) -> Verification {
        guard let text = String(data: data, encoding: .utf8) else { return .invalid("the file is not UTF-8 text") }
        // The signature is the last key of the sorted top-level object, so it closes the file.
        let pattern = #","signature":"([0-9a-f]{64})"\}\n$"#
        guard let range = text.range(of: pattern, options: .regularExpression) else {
            return .invalid("no HMAC-SHA256 signature at the end of the file (the file was cut or edited)")
        }
        let matched = text[range]
        let hex = String(matched.dropFirst(#","signature":""#.count).prefix(64))
        let unsigned = text.replacingCharacters(in: range, with: #","signature":""}"# + "\n")
        guard let code = Data(hex: hex) else { return .invalid("the signature is not hexadecimal") }
        guard key.isValid(code, for: Data(unsigned.utf8)) else {
            return .invalid("the signature does not match: the file was changed after signing, or it was signed with another organisation key")
        }
        do {
            let envelope = try JSONDecoder().decode(Envelope<ScreenResult>.self, from: data)
            guard envelope.algorithm == algorithm else { return .invalid("unknown algorithm \(envelope.algorithm)") }
            return .valid(envelope.payload)
        } catch {
            return .invalid("the signed content cannot be read as a screen result (\(error.localizedDescription))")
        }
    }

    private static func encode<T: Encodable>(_ value: T) throws(ScreenError) -> Data {
        do {
            var data = try canonicalEncoder().encode(value)
            data.append(0x0A)
            return data
        } catch {
            throw ScreenError(code: "encode-failed", "cannot encode the result: \(error)")
        }
    }
}

extension Data {
    init?(hex: String) {
        guard hex.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        self.init(bytes)
    }
}
