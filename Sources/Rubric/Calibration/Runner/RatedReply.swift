import HotseatCore

/// One row of a ratings file: a reply and what human raters gave it (1–5) per dimension.
public struct RatedReply: Sendable, Equatable {
    public var id: String
    public var reply: String
    public var language: Language?
    public var scenarioID: String?
    /// Seconds the writer took; without it speed cannot be scored and the speed rating is skipped.
    public var latency: Double?
    /// 1–5 per dimension; a dimension left blank in the file is absent.
    public var ratings: [Dimension: Int]
    public var rationale: String
    /// The line of the ratings file the row starts on, for messages.
    public var line: Int

    public init(id: String, reply: String, language: Language? = nil, scenarioID: String? = nil, latency: Double? = nil,
                ratings: [Dimension: Int], rationale: String = "", line: Int = 0) {
        self.id = id
        self.reply = reply
        self.language = language
        self.scenarioID = scenarioID
        self.latency = latency
        self.ratings = ratings
        self.rationale = rationale
        self.line = line
    }
}

/// A ratings file that cannot be used, with the place to fix it.
public struct RatingsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): error: \(message)" }
}

/// Reads a ratings CSV (columns `id`, `reply`, optional `lang`, `scenario`, `latency_s`,
/// `rationale`, and a 1–5 rating per dimension: `empathy`, `ownership`, `speed`, `calm`).
///
/// ```swift
/// let rows = try RatingsTable.parse(bytes, file: "scoring/calibration/reference.csv")
/// rows[0].ratings[.empathy] // 4
/// ```
public enum RatingsTable {
    public static let requiredColumns = ["id", "reply"]
    public static let knownColumns = ["id", "reply", "lang", "scenario", "latency_s", "rationale"] + Dimension.allCases.map(\.rawValue)

    public static func parse(_ bytes: [UInt8], file: String) throws(RatingsError) -> [RatedReply] {
        let records: [CSVRecord]
        do {
            records = try CSVReader.parse(bytes, file: file)
        } catch {
            throw RatingsError(file: error.file, line: error.line, error.message)
        }
        guard let header = records.first else { throw RatingsError(file: file, line: 1, "the file is empty; it needs a header row such as id,reply,lang,scenario,latency_s,empathy,ownership,speed,calm,rationale") }
        let names = header.fields.map { $0.trimmedForCalibration().lowercased() }
        var column: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if column[name] != nil { throw RatingsError(file: file, line: header.line, "column '\(name)' appears twice") }
            column[name] = index
        }
        for required in requiredColumns where column[required] == nil {
            throw RatingsError(file: file, line: header.line, "missing column '\(required)' in the header")
        }
        // A column misspelt from a known one ("clam", "empathie") would silently drop a
        // dimension from the calibration; other extra columns (a rater's name, notes) are ignored.
        for (index, name) in names.enumerated() where !Self.knownColumns.contains(name) && !name.isEmpty {
            if let near = Suggestions.nearest(to: name, in: Self.knownColumns), Suggestions.editDistance(name, near) <= 2 {
                throw RatingsError(file: file, line: header.line, "unknown column '\(header.fields[index])' (did you mean '\(near)'?)")
            }
        }
        let rated = Dimension.allCases.filter { column[$0.rawValue] != nil }
        guard !rated.isEmpty else {
            throw RatingsError(file: file, line: header.line, "no rating columns: add at least one of empathy, ownership, speed, calm")
        }

        var rows: [RatedReply] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                throw RatingsError(file: file, line: record.line, "this row has \(record.fields.count) fields, the header has \(names.count) (quote fields that contain commas)")
            }
            func value(_ name: String) -> String? {
                guard let i = column[name] else { return nil }
                let text = record.fields[i].trimmedForCalibration()
                return text.isEmpty ? nil : text
            }
            guard let id = value("id") else { throw RatingsError(file: file, line: record.line, "the id is empty") }
            if let first = seen[id] { throw RatingsError(file: file, line: record.line, "id '\(id)' is already used on line \(first)") }
            seen[id] = record.line
            var language: Language?
            if let code = value("lang") {
                guard let parsed = Language(rawValue: code.lowercased()) else {
                    throw RatingsError(file: file, line: record.line, "unknown language '\(code)' (use en, nl or nb, or leave it empty to detect)")
                }
                language = parsed
            }
            var latency: Double?
            if let text = value("latency_s") {
                guard let seconds = Double(text), seconds.isFinite, seconds >= 0 else {
                    throw RatingsError(file: file, line: record.line, "latency_s '\(text)' is not a number of seconds ≥ 0")
                }
                latency = seconds
            }
            var ratings: [Dimension: Int] = [:]
            for dimension in rated {
                guard let text = value(dimension.rawValue) else { continue }
                guard let rating = Int(text), (1...5).contains(rating) else {
                    throw RatingsError(file: file, line: record.line, "\(dimension) rating '\(text)' must be a whole number from 1 to 5")
                }
                ratings[dimension] = rating
            }
            let replyIndex = column["reply"]!
            rows.append(RatedReply(id: id, reply: record.fields[replyIndex], language: language, scenarioID: value("scenario"),
                                   latency: latency, ratings: ratings, rationale: value("rationale") ?? "", line: record.line))
        }
        guard !rows.isEmpty else {
            throw RatingsError(file: file, line: header.line, "the file has a header but no rated replies: add one row per reply below it")
        }
        return rows
    }
}

extension String {
    fileprivate func trimmedForCalibration() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
