import ArgumentParser
import Foundation
import Store

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write stored sessions as JSON, CSV or xAPI 1.0.3 statements to stdout.",
        discussion: """
        json: every session with its turns, scores and evidence. csv: one row per session (RFC 4180, \
        UTF-8 with a byte-order mark so spreadsheets read æøå). xapi: one statement per session for a \
        learning record store; actors are accounts on --iri-base (or mbox for e-mail-like names).
        Example: hotseat export --format xapi --trainee ingrid --since 2026-11-01 > statements.json
        """
    )

    @Option(help: "json, csv or xapi.")
    var format: ExportFormat

    @Option(help: "Only this trainee's sessions (default: everyone's).")
    var trainee: String?

    @Option(help: ArgumentHelp("Only sessions started on or after this date (YYYY-MM-DD, or a full ISO 8601 time).", valueName: "date"))
    var since: String?

    @Option(help: "Base IRI for xAPI activities, extensions and accounts; use a URL your organisation controls.")
    var iriBase: String = XAPIOptions().base

    @OptionGroup var storage: StoreOptions

    func validate() throws {
        if let since, Self.parseDate(since) == nil {
            throw ValidationError("--since '\(since)' is not a date: use YYYY-MM-DD or an ISO 8601 time like 2026-11-01T09:00:00Z")
        }
        if !(iriBase.hasPrefix("http://") || iriBase.hasPrefix("https://")) {
            throw ValidationError("--iri-base must be an http(s) URL, e.g. https://learning.example.com/hotseat")
        }
    }

    func run() throws {
        let store = try storage.open(.readOnly)
        do {
            let transcripts = try store.transcripts(trainee: trainee, since: since.flatMap(Self.parseDate))
            let text = try SessionExporter(xapi: XAPIOptions(base: iriBase)).render(transcripts, as: format)
            FileHandle.standardOutput.write(Data(text.utf8))
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
    }

    static func parseDate(_ text: String) -> Date? {
        if let full = try? Date(text, strategy: .iso8601) { return full }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(timeZone: .current).year().month().day())
    }
}

extension ExportFormat: ExpressibleByArgument {}
