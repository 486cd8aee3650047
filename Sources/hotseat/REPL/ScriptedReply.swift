import Drill

/// A line of a script may start with `[+12.5s] `: the seconds the trainee took after the
/// customer's line was shown. Without it, latency is not measured.
struct ScriptedReply: Equatable {
    var text: String
    var elapsed: Double?

    init(parsing line: String) {
        guard line.hasPrefix("[+"), let close = line.firstIndex(of: "]") else {
            self.init(text: line, elapsed: nil)
            return
        }
        var number = line[line.index(line.startIndex, offsetBy: 2)..<close]
        if number.hasSuffix("s") { number = number.dropLast() }
        guard let seconds = Double(number), seconds.isFinite, seconds >= 0 else {
            self.init(text: line, elapsed: nil)
            return
        }
        var rest = line[line.index(after: close)...]
        if rest.hasPrefix(" ") { rest = rest.dropFirst() }
        self.init(text: String(rest), elapsed: seconds)
    }

    init(text: String, elapsed: Double?) {
        self.text = text
        self.elapsed = elapsed
    }

    var latency: LatencySource { elapsed.map(LatencySource.elapsed) ?? .notMeasured }
}
