import Foundation
import Testing
import Yams
@testable import HotseatCore

/// `SafeYAML.parse` composes with `Resolver.basic` and keeps that tree only when it reads exactly
/// as Yams' default resolver's tree would; everything else goes the ordinary way. These tests pin
/// both halves: the shipped files take the fast path and read the same, and every document that
/// would read differently is sent the ordinary way.
@Suite struct ResolverIndependenceTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every YAML file the project ships: scenarios, golden transcripts, screen packs and items, the rubric.
    static let shippedFiles: [URL] = {
        let folders = ["scenarios", "scenarios/tests", "scenarios/screens", "scenarios/screens/items", "scoring"]
        return folders.flatMap { folder -> [URL] in
            let url = repository.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") }.sorted().map { url.appendingPathComponent($0) }
        }
    }()

    /// Values and keys whose meaning depends on tags somewhere in Yams.
    static let snippets: [String] = [
        "flag: yes\nother: no\nthird: true\nfourth: False\nfifth: On\nsixth: oFF\n",
        "flag: yEs\nother: tRUE\nthird: oN\nquoted: \"yes\"\nsingle: 'no'\nstr: !!str yes\n",
        "n: null\nt: ~\ne:\nq: 'null'\nN: NULL\nnl: Null\n",
        "i: 2\nh: 0x2\no: 0o2\nz: 02\nb: 0b10\ns: +2\nu: 1_0\nsex: 1:30\nq: \"2\"\nneg: -4\n",
        "f: 1.5\ne: 1e0\nd: .5\ni: .inf\nm: -.inf\nn: .nan\nsex: 1:30.5\nq: \"1.5\"\nu: 1_0.5\n",
        "date: 2024-01-02\nstamp: 2024-01-02 10:11:12\nmerge: <<\neq: =\n",
        "yes: 1\nno: 2\nnull: 3\n1: 4\n1.5: 5\n~: 6\n2024-01-02: 7\ntrue: 8\n",
        "list: [yes, \"yes\", no, null, ~, 1, '1', 1.5, on]\n",
        "- yes\n- 'no'\n- {a: yes, \"b\": null}\n",
        "nested: {yes: {no: [1, \"1\"]}}\n",
        "block: |\n  yes\n  no\nfolded: >\n  1.5\n",
        "yes\n",
        "~\n",
        "'quoted root'\n",
        "k: !!str 1\n",
    ]

    /// What any reader could get out of a node: kind, text, style, position and Yams' typed
    /// accessors, recursively. Keys are read as the loaders read them (text, style, position, the
    /// number accessors) but not asked for a Bool: no loader does, and a key's resolved tag is
    /// exactly what the fast path leaves as `str`.
    static func reading(_ node: Node, isKey: Bool = false) -> String {
        let position = node.mark.map { "\($0.line):\($0.column)" } ?? "-"
        switch node {
        case .scalar(let scalar):
            var out = "scalar \(scalar.string.debugDescription) style=\(scalar.style) at=\(position)"
            out += " string=\(String(describing: node.string)) int=\(String(describing: node.int))"
            out += " float=\(String(describing: node.float)) null=\(node.null != nil)"
            if !isKey { out += " bool=\(String(describing: node.bool))" }
            return out
        case .sequence(let sequence):
            return "seq at=\(position) style=\(sequence.style) [" + sequence.map { reading($0) }.joined(separator: ", ") + "]"
        case .mapping(let mapping):
            let pairs = mapping.map { "\(reading($0.key, isKey: true)): \(reading($0.value))" }
            return "map at=\(position) style=\(mapping.style) string=\(String(describing: node.string)) {" + pairs.joined(separator: ", ") + "}"
        case .alias:
            return "alias"
        }
    }

    /// Either the tree's reading or the diagnostics.
    static func outcome(_ parse: () throws(DiagnosticsError) -> Node) -> String {
        do {
            return reading(try parse())
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    static func text(of url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func everyShippedFileTakesTheFastPath() throws {
        #expect(Self.shippedFiles.count > 20)
        for url in Self.shippedFiles {
            #expect(SafeYAML.composeWithoutTagResolution(try Self.text(of: url), limits: .default) != nil, "\(url.lastPathComponent)")
        }
    }

    @Test func everyShippedFileReadsAsWithTheDefaultResolver() throws {
        for url in Self.shippedFiles {
            let text = try Self.text(of: url)
            let fast = Self.outcome { () throws(DiagnosticsError) in try SafeYAML.parse(text, path: url.lastPathComponent) }
            let ordinary = Self.outcome { () throws(DiagnosticsError) in
                try SafeYAML.composeWithDefaultResolver(text, path: url.lastPathComponent, limits: .default)
            }
            #expect(fast == ordinary, "\(url.lastPathComponent)")
        }
    }

    @Test(arguments: snippets)
    func booleansNullsAndNumbersReadTheSame(_ yaml: String) throws {
        let fast = try #require(SafeYAML.composeWithoutTagResolution(yaml, limits: .default), "\(yaml)")
        let ordinary = try SafeYAML.composeWithDefaultResolver(yaml, path: "s.yaml", limits: .default)
        #expect(Self.reading(fast) == Self.reading(ordinary))
    }

    @Test func valuesKeepYamsOwnReadingOfBooleansAndNumbers() throws {
        let root = try SafeYAML.parse("a: yes\nb: \"yes\"\nc: yEs\nd: off\ne: 0x10\nf: \"2\"\ng: +18\nh: 1e0\n", path: "v.yaml")
        guard case .mapping(let map) = root else { Issue.record("expected a mapping"); return }
        #expect(map["a"]?.bool == true)
        #expect(map["b"]?.bool == nil)      // quoted: text, not a flag
        #expect(map["c"]?.bool == true)     // Yams lower-cases an untagged value
        #expect(map["d"]?.bool == false)
        #expect(map["e"]?.int == 16)
        #expect(map["f"]?.int == nil)       // quoted: text, not a number
        #expect(map["g"]?.int == 18)
        #expect(map["h"]?.float == 1)
        #expect(map["b"]?.string == "yes")
    }

    /// Documents whose reading depends on the resolver, each with what would change.
    @Test func documentsThatWouldReadDifferentlyTakeTheOrdinaryPath() throws {
        func fast(_ yaml: String) -> Node? { SafeYAML.composeWithoutTagResolution(yaml, limits: .default) }
        func basic(_ yaml: String) throws -> Node? { try Yams.compose(yaml: yaml, .basic, .default, .utf8) }
        func ordinary(_ yaml: String) throws -> Node { try SafeYAML.composeWithDefaultResolver(yaml, path: "d.yaml", limits: .default) }

        // A plain `yes` and a quoted "yes" are two keys by default (bool, str), one key without tags.
        let twins = "yes: 1\n\"yes\": 2\n"
        #expect(fast(twins) == nil)
        #expect(throws: YamlError.self) { try basic(twins) }
        #expect(try ordinary(twins).mapping?.count == 2)

        // `!!int 1` and `1` are one key by default (both int), two without tags.
        let tagged = "1: a\n!!int 1: b\n"
        #expect(fast(tagged) == nil)
        #expect(try basic(tagged) != nil)
        #expect(throws: DiagnosticsError.self) { try ordinary(tagged) }

        // By default a plain `=` key is YAML's `value` type, and Node.string of its mapping reads it.
        let value = "flag: {=: yes}\n"
        #expect(fast(value) == nil)
        #expect(try basic(value)?[Node("flag")]?.string == nil)
        #expect(try ordinary(value)[Node("flag")]?.string == "yes")
        #expect(fast("flag: {<<: {a: 1}}\n") == nil)

        // An alias shares a Tag: resolved as a key, it changes how the value reads as a Bool.
        let alias = "a: &x yes\nb: {*x : 1}\n"
        #expect(fast(alias) == nil)
        #expect(try basic(alias)?[Node("a")]?.bool == nil)
        #expect(try ordinary(alias)[Node("a")]?.bool == true)

        // Any other explicit tag, and the non-specific one.
        #expect(fast("a: !foo 1\n") == nil)
        #expect(fast("a: ! yes\n") == nil)
        #expect(fast("a: !!bool yes\n") == nil)

        // Errors and refusals are always made the ordinary way.
        #expect(fast("a: [\n") == nil)
        #expect(fast("a: 1\na: 2\n") == nil)
        #expect(fast("") == nil)
        let limits = SafeYAML.Limits(maxBytes: 1 << 20, maxDepth: 3, maxExpandedNodes: 10)
        #expect(SafeYAML.composeWithoutTagResolution("a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n", limits: limits) == nil)
        #expect(SafeYAML.composeWithoutTagResolution("a: {b: {c: {d: 1}}}\n", limits: limits) == nil)
        #expect(SafeYAML.composeWithoutTagResolution("a: {b: 1}\n", limits: limits) != nil)
    }

    /// Whatever path a document takes, `parse` gives what the default resolver gives.
    @Test func parseAgreesWithTheDefaultResolverOnOddDocuments() {
        var bomb = "a0: &a0 [[], []]\n"
        for level in 1...9 { bomb += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n" }
        let documents = Self.snippets + [
            "yes: 1\n\"yes\": 2\n", "1: a\n'1': b\n", "null: a\n~: b\n", "yes: a\nYes: b\n",
            "1: a\n!!int 1: b\n", "yes: a\n!!str yes: b\n", "yes: a\n!!bool yes: b\n",
            "? {a: yes}\n: 1\n? {a: \"yes\"}\n: 2\n", "? [1]\n: a\n? [!!int 1]\n: b\n",
            "flag: {=: yes}\n", "v: {=: 1, x: 2}\n", "m: {<<: {a: 1}, b: 2}\n",
            "a: &x yes\nb: {*x : 1}\n", "a: &x yEs\nb: {*x : 1}\n", "a: &r {x: 1}\nb: *r\n", "a: *nope\n",
            "a: !foo 1\n", "a: ! yes\n", "%YAML 1.1\n---\na: yes\n", "a: 1\n---\nb: 2\n",
            "id: a\ntitle: x\nid: b\n", "a:\n  b: 1\n  b: 2\n  c: 3\n  c: 4\n", "a: {b: 1, b: 2}\nc: [\n",
            "a: [\n", "\ta: 1\n", "a: 1\n b: 2\n", "a: \"open\n", "", "# only a comment\n", bomb,
        ]
        for yaml in documents {
            let parsed = Self.outcome { () throws(DiagnosticsError) in try SafeYAML.parse(yaml, path: "d.yaml") }
            let ordinary = Self.outcome { () throws(DiagnosticsError) in
                try SafeYAML.composeWithDefaultResolver(yaml, path: "d.yaml", limits: .default)
            }
            #expect(parsed == ordinary, "\(yaml)")
        }
    }

    @Test func aDuplicateKeyIsStillReportedAtItsFirstLine() {
        do {
            _ = try SafeYAML.parse("id: a\ntitle: x\nbeats:\n  one: 1\n  one: 2\n", path: "scenarios/d.yaml")
            Issue.record("a duplicate key was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "scenarios/d.yaml:4:3: error: duplicate key 'one' in one mapping (keep one of them)",
            ])
        }
        do {
            _ = try SafeYAML.parse("a: 1\nb: 2\na: 3\nb: 4\n", path: "d.yaml")
            Issue.record("duplicate keys were accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["d.yaml:1:1: error: duplicate keys 'a', 'b' in one mapping (keep one of them)"])
        }
    }
}
