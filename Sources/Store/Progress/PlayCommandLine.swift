import Foundation

/// Quotes one word for a POSIX shell so a command Hotseat prints can be copied as is, whatever
/// the trainee typed as a name (spaces, quotes, `$`, backticks). Plain words stay unquoted.
///
/// ```swift
/// ShellWord.quote("Sanne")          // Sanne
/// ShellWord.quote("Anne-Marie O'Neil")  // 'Anne-Marie O'\''Neil'
/// ```
public enum ShellWord {
    public static func quote(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_./:=@%+,".unicodeScalars.contains(scalar)))
        }
        if safe && !word.isEmpty && !word.hasPrefix("-") { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension ProgressReport.Recommendation {
    /// The command that starts the recommended scenario, for `trainee` when given: one rule for
    /// `hotseat progress` and the progress report, so both print the same line.
    ///
    /// ```swift
    /// next.playCommand(trainee: "Sanne")   // "hotseat play late-bed --trainee Sanne"
    /// ```
    public func playCommand(trainee: String?) -> String {
        var command = "hotseat play \(ShellWord.quote(scenario.id))"
        if let trainee, !trainee.isEmpty { command += " --trainee \(ShellWord.quote(trainee))" }
        return command
    }
}
