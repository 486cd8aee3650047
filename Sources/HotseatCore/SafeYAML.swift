import Foundation
import Yams

/// Reads YAML that people wrote, refusing hostile documents before they can cost time or memory.
///
/// Trainers' files are trusted to be well-meant, not well-formed: a typo must give
/// `file:line:col: error: …`, and a "billion laughs" alias bomb, a file of hundreds of
/// megabytes or a document nested thousands deep must be refused quickly.
///
/// ```swift
/// let root = try SafeYAML.load(fileAt: url, displayPath: "scenarios/ski-lift.yaml")
/// if case .mapping(let map) = root { … }
/// ```
public enum SafeYAML {
    public struct Limits: Sendable, Equatable {
        /// Largest file accepted, in bytes.
        public var maxBytes: Int
        /// Deepest nesting of collections accepted.
        public var maxDepth: Int
        /// Most nodes the document may hold once aliases are expanded.
        public var maxExpandedNodes: Int

        public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64, maxExpandedNodes: Int = 250_000) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
            self.maxExpandedNodes = maxExpandedNodes
        }

        public static let `default` = Limits()
    }

    /// Reads and parses a file; the display path is what diagnostics name.
    public static func load(fileAt url: URL, displayPath: String, limits: Limits = .default) throws(DiagnosticsError) -> Node {
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw DiagnosticsError([Diagnostic(.error, code: "unreadable-file", "cannot read the file", at: start,
                                               fix: "check that it exists and that you may read it")])
        }
        guard size <= limits.maxBytes else {
            throw DiagnosticsError([Diagnostic(.error, code: "file-too-large",
                                               "the file is \(size) bytes; the limit is \(limits.maxBytes)", at: start,
                                               fix: "split it, or check that this is the file you meant")])
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticsError([Diagnostic(.error, code: "unreadable-file", "cannot read the file", at: start,
                                               fix: "check that you may read it")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let place = firstInvalidUTF8(data)
            throw DiagnosticsError([Diagnostic(.error, code: "not-utf8", "the file is not valid UTF-8 text",
                                               at: SourceLocation(file: displayPath, line: place.line, column: place.column),
                                               fix: "save it as UTF-8: this is the first byte that is not, often a Latin-1 'å' or 'ë'")])
        }
        return try parse(text, path: displayPath, limits: limits)
    }

    /// Parses YAML text; an empty document gives an empty mapping.
    public static func parse(_ text: String, path: String, limits: Limits = .default) throws(DiagnosticsError) -> Node {
        if text.utf8.count > limits.maxBytes {
            throw DiagnosticsError([Diagnostic(.error, code: "file-too-large",
                                               "the document is \(text.utf8.count) bytes; the limit is \(limits.maxBytes)",
                                               at: SourceLocation(file: path, line: 1, column: 1))])
        }
        if let deep = firstTooDeepLine(text, limits: limits) {
            throw DiagnosticsError([Diagnostic(.error, code: "too-deep", "the document is nested more than \(limits.maxDepth) levels deep",
                                               at: SourceLocation(file: path, line: deep.line, column: deep.column),
                                               fix: "flatten the structure")])
        }
        if let root = composeWithoutTagResolution(text, limits: limits) { return root }
        return try composeWithDefaultResolver(text, path: path, limits: limits)
    }

    /// The ordinary path: Yams' default resolver, then the alias-expansion and depth checks.
    static func composeWithDefaultResolver(_ text: String, path: String, limits: Limits) throws(DiagnosticsError) -> Node {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DiagnosticsError([diagnostic(for: error, path: path)])
        } catch {
            throw DiagnosticsError([Diagnostic(.error, code: "yaml-syntax", "\(error)", at: SourceLocation(file: path, line: 1, column: 1))])
        }
        guard let root else { return Node.mapping(Node.Mapping([])) }
        var sizer = ExpansionSizer(limit: limits.maxExpandedNodes, maxDepth: limits.maxDepth)
        if let failure = sizer.check(root) {
            let location = SourceLocation(file: path, line: failure.line, column: failure.column)
            switch failure.reason {
            case .tooMany:
                throw DiagnosticsError([Diagnostic(.error, code: "alias-expansion",
                                                   "aliases expand to more than \(limits.maxExpandedNodes) nodes (an alias bomb?)",
                                                   at: location, fix: "write the values out, or use fewer nested aliases")])
            case .tooDeep:
                throw DiagnosticsError([Diagnostic(.error, code: "too-deep", "the document is nested more than \(limits.maxDepth) levels deep",
                                                   at: location, fix: "flatten the structure")])
            }
        }
        return root
    }

    /// The fast way to the same tree: Yams' default resolver runs up to seven regular expressions
    /// on every mapping key (its duplicate-key check hashes each key with its resolved tag), which
    /// was half the cost of loading the scenarios and the rubric. `Resolver.basic` resolves every
    /// untagged scalar to `str` without them.
    ///
    /// The result is only used when it reads exactly as the default resolver's tree would; nil
    /// means "take the ordinary path", which then gives the usual result or diagnostic. The two
    /// trees have the same shape, text, styles and positions; they differ only in the tags the
    /// duplicate-key check resolved on keys (`str` here, `bool`/`int`/`null`/… there), and
    /// nothing reads those except:
    /// - the duplicate-key check itself: `yes:` and `"yes":` are two keys by default, one key here,
    ///   so any duplicate-key error here takes the ordinary path; and an explicit tag (`!!int 1:`
    ///   next to `1:`) can make keys equal by default only, so any explicit tag other than `!!str`
    ///   does too;
    /// - Yams' `Node.string` of a mapping, which by default returns the value under a plain `=`
    ///   key (the YAML `value` type), so a `=` (or `<<`, the merge key) key takes the ordinary path;
    /// - `Node.bool`, which refuses a scalar whose *resolved* tag is `str`. We only ask values, and
    ///   a value's tag is resolved only when an alias makes it share its tag with a key, so any
    ///   shared scalar (an alias) takes the ordinary path.
    /// Any error, and any document too big or too deep for `ExpansionSizer`, takes the ordinary
    /// path too, so every diagnostic is made exactly as before.
    static func composeWithoutTagResolution(_ text: String, limits: Limits) -> Node? {
        // `Parser.Encoding.default` reads the whole environment on every parse; it only differs
        // from `.utf8` (and prints a notice) when YAMS_DEFAULT_ENCODING is set.
        guard getenv("YAMS_DEFAULT_ENCODING") == nil else { return nil }
        guard let root = try? Yams.compose(yaml: text, .basic, .default, .utf8) else { return nil }
        // An alias is written `*name`: without a `*` in the text there is none to look for.
        let mayHaveAliases = text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "*")) } ?? true
        var check = ResolverIndependence(limit: limits.maxExpandedNodes, maxDepth: limits.maxDepth, lookForAliases: mayHaveAliases)
        return check.accepts(root) ? root : nil
    }

    /// A cheap lexical pass so that a pathological document never reaches the recursive parser:
    /// flow brackets (`[[[[…`) and block indentation both count as depth.
    static func firstTooDeepLine(_ text: String, limits: Limits) -> (line: Int, column: Int)? {
        // Over the bytes in place, skipping through quoted text and comments: iterating
        // `String.UTF8View` byte by byte cost about 50 instructions a byte.
        text.utf8.withContiguousStorageIfAvailable { firstTooDeepLine($0, limits: limits) }
            ?? Array(text.utf8).withUnsafeBufferPointer { firstTooDeepLine($0, limits: limits) }
    }

    private static func firstTooDeepLine(_ text: UnsafeBufferPointer<UInt8>, limits: Limits) -> (line: Int, column: Int)? {
        // A switch, not a Set: hashing every byte cost more than the parse's own scan.
        func isSeparator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "-"): true
            default: false
            }
        }
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        var line = 1, column = 0, flowDepth = 0, indent = 0, atLineStart = true
        var quote: UInt8? = nil
        var inComment = false
        var previous: UInt8 = space
        // Two columns per level is the tightest common style; allow generous slack.
        let maxIndent = limits.maxDepth * 4
        let count = text.count
        var i = 0
        while i < count {
            let byte = text[i]
            i += 1
            column += 1
            if byte == newline {
                line += 1; column = 0; indent = 0; atLineStart = true; inComment = false
                previous = byte
                continue
            }
            if inComment {
                // Nothing in the rest of a comment counts (`previous` stays the byte before it).
                while i < count, text[i] != newline { i += 1; column += 1 }
                continue
            }
            if atLineStart {
                if byte == space {
                    indent += 1
                    if indent > maxIndent { return (line, column) }
                    previous = byte
                    continue
                }
                atLineStart = false
            }
            if let q = quote {
                previous = byte
                if byte == q {
                    quote = nil
                } else {
                    // Inside quotes only the closing quote or a new line changes anything.
                    while i < count, text[i] != q, text[i] != newline { previous = text[i]; i += 1; column += 1 }
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                // A quote opens a quoted scalar only after a separator; the ' in "don't" is plain text.
                if isSeparator(previous) || column == indent + 1 { quote = byte }
            case UInt8(ascii: "#") where previous == space || column == indent + 1:
                inComment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if flowDepth > limits.maxDepth { return (line, column) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
            previous = byte
        }
        return nil
    }

    /// The line and column (in characters) of the first byte that is not UTF-8.
    static func firstInvalidUTF8(_ data: Data) -> (line: Int, column: Int) {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// The first character YAML does not allow in a document (C0 and C1 controls other than tab,
    /// line feed, carriage return and next line; delete; U+FFFE and U+FFFF), and where it is.
    static func firstControlCharacter(_ text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let allowed = v == 0x09 || v == 0x0A || v == 0x0D || v == 0x85
            if !allowed, v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { return (scalar, line, column) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = problem
            if let context { message += " (\(context.text))" }
            return Diagnostic(.error, code: "yaml-syntax", "YAML syntax: \(message)", at: at(mark),
                              fix: "check the indentation and quoting on this line and the one above")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(.error, code: "duplicate-key",
                              "duplicate key\(duplicates.count > 1 ? "s" : "") \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                              at: at(context.mark), fix: "keep one of them")
        case let .reader(problem, _, _, yaml):
            if let bad = firstControlCharacter(yaml) {
                let code = String(format: "U+%04X", bad.scalar.value)
                return Diagnostic(.error, code: "yaml-reader", "cannot read the text: control character \(code) is not allowed",
                                  at: SourceLocation(file: path, line: bad.line, column: bad.column),
                                  fix: "delete it: it is invisible in most editors, and often comes from a copy and paste")
            }
            return Diagnostic(.error, code: "yaml-reader", "cannot read the text: \(problem)", at: SourceLocation(file: path, line: 1, column: 1))
        default:
            return Diagnostic(.error, code: "yaml-syntax", "\(error)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }
}

/// Walks a tree parsed with `Resolver.basic` and says whether it reads exactly as Yams' default
/// resolver's tree would (see `SafeYAML.composeWithoutTagResolution`), counting nodes and depth
/// as `ExpansionSizer` does, so that a tree it accepts would also pass the sizer.
struct ResolverIndependence {
    let limit: Int
    let maxDepth: Int
    /// False when the text cannot hold an alias, which saves remembering every scalar's tag.
    let lookForAliases: Bool
    private var total = 0
    private var scalarTags = Set<ObjectIdentifier>()

    init(limit: Int, maxDepth: Int, lookForAliases: Bool = true) {
        self.limit = limit
        self.maxDepth = maxDepth
        self.lookForAliases = lookForAliases
    }

    mutating func accepts(_ root: Node) -> Bool {
        total = 0
        scalarTags.removeAll()
        return visit(root, depth: 0, isKey: false)
    }

    private mutating func visit(_ node: Node, depth: Int, isKey: Bool) -> Bool {
        total += 1
        guard depth <= maxDepth, total <= limit else { return false }
        switch node {
        case .scalar(let scalar):
            // The parser gives every node its own Tag; one seen twice came through an alias.
            if lookForAliases, !scalarTags.insert(ObjectIdentifier(scalar.tag)).inserted { return false }
            let tag = scalar.tag.rawValue
            // Untagged plain scalars are implicit (""), or `str` once the duplicate-key check resolved them;
            // quoted ones are `str`.
            guard tag.isEmpty || tag == Tag.Name.str.rawValue else { return false }
            if isKey && (scalar.string == "=" || scalar.string == "<<") { return false }
            return true
        case .sequence(let sequence):
            for child in sequence where !visit(child, depth: depth + 1, isKey: false) { return false }
            return true
        case .mapping(let mapping):
            // By index: iterating a Node.Mapping copies all its pairs into a new array first.
            for index in mapping.indices {
                let pair = mapping[index]
                guard visit(pair.key, depth: depth + 1, isKey: true), visit(pair.value, depth: depth + 1, isKey: false) else { return false }
            }
            return true
        case .alias:
            return false
        }
    }
}

/// Counts nodes as if every alias were expanded, remembering the size of each anchored node so
/// the count itself stays linear in the document.
struct ExpansionSizer {
    enum Reason { case tooMany, tooDeep }
    struct Failure: Error { var line: Int; var column: Int; var reason: Reason }

    let limit: Int
    let maxDepth: Int
    private var sizeOfAnchor: [String: Int] = [:]
    private var total = 0

    init(limit: Int, maxDepth: Int) {
        self.limit = limit
        self.maxDepth = maxDepth
    }

    mutating func check(_ root: Node) -> Failure? {
        total = 0
        do {
            _ = try size(of: root, depth: 0)
            return nil
        } catch {
            return error
        }
    }

    private mutating func size(of node: Node, depth: Int) throws(Failure) -> Int {
        if depth > maxDepth { throw Failure(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reason: .tooDeep) }
        if let anchor = node.anchor?.rawValue, let known = sizeOfAnchor[anchor] {
            total += known
            if total > limit { throw Failure(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reason: .tooMany) }
            return known
        }
        var count = 1
        total += 1
        if total > limit { throw Failure(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reason: .tooMany) }
        switch node {
        case .scalar, .alias:
            break
        case .sequence(let sequence):
            for child in sequence { count += try size(of: child, depth: depth + 1) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                count += try size(of: key, depth: depth + 1)
                count += try size(of: value, depth: depth + 1)
            }
        }
        if let anchor = node.anchor?.rawValue { sizeOfAnchor[anchor] = count }
        return count
    }
}

extension Node.Mapping {
    /// Whether a key reads as `key` (`Node.string`), like `keys.contains { $0.string == key }`
    /// but without the copy of every pair that iterating a mapping makes first.
    public func containsKey(_ key: String) -> Bool {
        for index in startIndex..<endIndex where self[index].key.string == key { return true }
        return false
    }
}
