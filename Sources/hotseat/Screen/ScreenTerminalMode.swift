import Foundation

/// The terminal settings a screen needs, restored when the process exits (however it exits).
///
/// NOFLSH: without it the kernel empties the input queue when Ctrl-C raises SIGINT, so the
/// candidate's half-typed reply vanished while the turn's timer kept running. ECHOCTL off: the
/// press is noted on the countdown line, so a `^C` in the middle of the reply is only noise.
enum ScreenTerminalMode {
    nonisolated(unsafe) private static var saved: termios?

    static func enter() {
        guard isatty(STDIN_FILENO) == 1 else { return }
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        saved = settings
        settings.c_lflag |= tcflag_t(NOFLSH)
        settings.c_lflag &= ~tcflag_t(ECHOCTL)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        // Bracketed paste: the terminal marks a paste's start and end, so a pasted block that does
        // not end in a line break is still one reply (TimedLineReader joins up to the end mark).
        if isatty(STDOUT_FILENO) == 1 { FileHandle.standardOutput.write(Data("\u{1B}[?2004h".utf8)) }
        atexit { ScreenTerminalMode.restore() }
        // Ctrl-Z would stop the screen and hand the candidate a shell while the turn's clock runs
        // (and the item files are readable there): it is ignored, and so are the stops a process
        // put in the background gets when it reads or writes the terminal. (Ctrl-\, which would
        // kill the screen, is counted like Ctrl-C by InterruptRecorder.)
        signal(SIGTSTP, SIG_IGN)
        signal(SIGTTIN, SIG_IGN)
        signal(SIGTTOU, SIG_IGN)
    }

    static func restore() {
        guard var settings = saved else { return }
        if isatty(STDOUT_FILENO) == 1 { FileHandle.standardOutput.write(Data("\u{1B}[?2004l".utf8)) }
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }
}
