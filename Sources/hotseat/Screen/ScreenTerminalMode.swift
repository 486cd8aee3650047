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
        atexit { ScreenTerminalMode.restore() }
    }

    static func restore() {
        guard var settings = saved else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }
}
