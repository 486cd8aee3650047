import Foundation

/// The only place that writes to stdout and stderr, so output is flushed before readline draws.
enum Console {
    static func out(_ text: String = "") {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// One clear line for a user error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("hotseat: error: " + text + "\n").utf8))
    }

    static func warning(_ text: String) {
        FileHandle.standardError.write(Data(("hotseat: warning: " + text + "\n").utf8))
    }
}
