import Foundation

/// A copy of the shipped rubric in a temporary folder, to break on purpose.
struct TemporaryRubric {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("rubric-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Shipped.scoringDirectory.path) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: Shipped.scoringDirectory.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
    }

    /// Replaces the first occurrence of `old` in `file`; returns the 1-based line where the new text starts.
    @discardableResult
    func replace(in file: String, _ old: String, with new: String) throws -> Int {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw AnchorMissing(file: file, text: old) }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    func write(_ file: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// The text a test meant to edit is no longer in the shipped file (it was reworded or moved).
    struct AnchorMissing: Error, CustomStringConvertible {
        var file: String
        var text: String
        var description: String { "\(file) no longer contains \(text): update the test's anchor" }
    }
}
