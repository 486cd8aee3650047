/// A record of a CSV file and the line it starts on (a quoted field may span several lines).
public struct CSVRecord: Sendable, Equatable {
    public var fields: [String]
    public var line: Int

    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// Why a CSV file could not be read, and where.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case unterminatedQuote
        case textAfterClosingQuote
        case quoteInUnquotedField
        case invalidUTF8
    }

    public var kind: Kind
    public var file: String
    public var line: Int

    public init(_ kind: Kind, file: String, line: Int) {
        self.kind = kind
        self.file = file
        self.line = line
    }

    /// The problem and its fix, without the place.
    public var message: String {
        switch kind {
        case .unterminatedQuote: "a quoted field opened here is never closed (add the closing \")"
        case .textAfterClosingQuote: "text after a closing quote (inside a quoted field write \"\" for a quote)"
        case .quoteInUnquotedField: "a quote inside an unquoted field (quote the whole field and double the quote: \"say \"\"hi\"\"\")"
        case .invalidUTF8: "this record is not valid UTF-8 (save the file as UTF-8)"
        }
    }

    public var description: String { "\(file):\(line): error: \(message)" }
}

/// Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes with `""` for a
/// quote, line breaks (CRLF or LF) allowed inside quotes, a UTF-8 byte-order mark ignored.
/// Blank lines between records are skipped.
///
/// ```swift
/// let records = try CSVReader.parse(Array("id,reply\n1,\"Sorry, truly\"\n".utf8), file: "r.csv")
/// records[1].fields // ["1", "Sorry, truly"]
/// ```
public enum CSVReader {
    public static func parse(_ bytes: [UInt8], file: String) throws(CSVError) -> [CSVRecord] {
        var position = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var recordHasContent = false

        func finishField() throws(CSVError) {
            guard let text = String(validating: field, as: UTF8.self) else { throw CSVError(.invalidUTF8, file: file, line: recordLine) }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
        }
        func finishRecord() throws(CSVError) {
            try finishField()
            // A blank line is one empty field and nothing else: skip it.
            if recordHasContent || fields.count > 1 || !(fields.first ?? "").isEmpty {
                records.append(CSVRecord(fields: fields, line: recordLine))
            }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
        }

        while position < bytes.count {
            let byte = bytes[position]
            if field.isEmpty && byte == quote && isFieldStart(bytes, position, startOffset: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0) {
                // Quoted field: read to the closing quote.
                let openedOn = line
                recordHasContent = true
                position += 1
                var closed = false
                while position < bytes.count {
                    let b = bytes[position]
                    if b == quote {
                        if position + 1 < bytes.count, bytes[position + 1] == quote {
                            field.append(quote)
                            position += 2
                            continue
                        }
                        closed = true
                        position += 1
                        break
                    }
                    if b == newline { line += 1 }
                    field.append(b)
                    position += 1
                }
                guard closed else { throw CSVError(.unterminatedQuote, file: file, line: openedOn) }
                // Only a separator, a line end or the end of the file may follow.
                if position < bytes.count {
                    let next = bytes[position]
                    let endsLine = next == newline || (next == cr && (position + 1 == bytes.count || bytes[position + 1] == newline))
                    // Past a line break, the "closing" quote is most likely the next field's opening
                    // one, and the quote that was never closed is where this field began.
                    guard next == comma || endsLine else {
                        throw line > openedOn ? CSVError(.unterminatedQuote, file: file, line: openedOn) : CSVError(.textAfterClosingQuote, file: file, line: line)
                    }
                }
                continue
            }
            switch byte {
            case comma:
                recordHasContent = true
                try finishField()
                position += 1
            case newline:
                try finishRecord()
                line += 1
                recordLine = line
                position += 1
            case cr where position + 1 < bytes.count && bytes[position + 1] == newline:
                position += 1
            case cr where position + 1 == bytes.count:
                position += 1
            case quote:
                throw CSVError(.quoteInUnquotedField, file: file, line: line)
            default:
                field.append(byte)
                position += 1
            }
        }
        if !field.isEmpty || !fields.isEmpty || recordHasContent { try finishRecord() }
        return records
    }

    /// A quote opens a quoted field only at the start of a field.
    private static func isFieldStart(_ bytes: [UInt8], _ position: Int, startOffset: Int) -> Bool {
        guard position > startOffset else { return true }
        let previous = bytes[position - 1]
        return previous == UInt8(ascii: ",") || previous == UInt8(ascii: "\n")
    }
}
