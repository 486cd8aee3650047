@testable import Rubric

// The JSONL scorer reads a line's known keys as raw ranges (`parseRawFields`); the tests compare
// their values with the full dictionary parse, so they read them as `Value`s here.
extension JSONLineParser {
    /// The values of the keys the JSONL scorer reads (first occurrence of each); other keys are
    /// parsed (so errors are the same) and dropped.
    struct Fields {
        var id: Value?
        var reply: Value?
        var lang: Value?
        var scenario: Value?
        var turn: Value?
        var latency: Value?
        var customer: Value?
    }

    /// Like `parseObject`, keeping only the known keys, through the scorer's own reader.
    static func parseFields(_ line: ArraySlice<UInt8>) -> Result<Fields, Failure> {
        line.withUnsafeBufferPointer { buffer in
            var raw = RawFields()
            do throws(Failure) {
                try parseRawFields(buffer, into: &raw)
            } catch {
                return .failure(error)
            }
            func value(_ r: Raw?) -> Value? { r.map { raw.value($0, in: buffer) } }
            return .success(Fields(id: value(raw.id), reply: value(raw.reply), lang: value(raw.lang), scenario: value(raw.scenario),
                                   turn: value(raw.turn), latency: value(raw.latency), customer: value(raw.customer)))
        }
    }
}
