import Foundation
import Testing

/// End-to-end: sessions played through the real binary, then `hotseat report` on them.
@Suite struct ReportCommandTests {
    typealias Folder = StoreCommandsTests.Folder

    static func hotseat(_ arguments: [String], input: String = "") throws -> AuthoringCommandsTests.Output {
        try StoreCommandsTests.hotseat(arguments, input: input)
    }

    static func play(_ folder: Folder, trainee: String, replies: [String]) throws {
        let result = try hotseat(["play", "ski-lift", "--seed", "1", "--no-readline", "--color", "never", "--trainee", trainee, "--store", folder.store],
                                 input: replies.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "play failed: \(result.stderr)")
    }

    static let strong = [
        "[+14s] I'm so sorry </svg><script>alert('x')</script> that you and your kids were stuck in the cold for an hour. That's our failure and I'll put it right.",
        "[+11s] I'll refund today's pass in full right now, and I'll put a free day pass for tomorrow on your card.",
    ]

    @Test func sessionReportIsASelfContainedPageWithTheReplyAsText() throws {
        let folder = Folder()
        try Self.play(folder, trainee: "spring/ada", replies: Self.strong)
        let history = try Self.hotseat(["history", "--store", folder.store, "--trainee", "spring/ada"])
        let id = try #require(history.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first.map(String.init))
        let file = folder.url.appendingPathComponent("scorecard.html")
        let result = try Self.hotseat(["report", id, "--store", folder.store, "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let mode = (try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600, "a report quotes what a person said: owner only")
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;/svg&gt;&lt;script&gt;"))
        #expect(html.contains("<mark class=\"ev ev-"))
        #expect(!html.contains("http://") && !html.contains("https://"))

        let text = try Self.hotseat(["report", id, "--store", folder.store])
        #expect(text.stdout.contains("Session scorecard: Stuck on the chairlift"))
        #expect(!text.stdout.contains("\u{1B}"), "no colour when not on a terminal")
    }

    @Test func progressAndCohortComeFromTheStore() throws {
        let folder = Folder()
        try Self.play(folder, trainee: "spring/ada", replies: Self.strong)
        try Self.play(folder, trainee: "spring/bo", replies: Self.strong)
        try Self.play(folder, trainee: "autumn/cy", replies: Self.strong)
        let progress = try Self.hotseat(["report", "--trainee", "spring/ada", "--store", folder.store, "--format", "csv"])
        #expect(progress.status == 0)
        #expect(progress.stdout.hasPrefix("\u{FEFF}section,trainee,attempt"))
        let cohort = try Self.hotseat(["report", "--cohort", "spring", "--store", folder.store, "--format", "text"])
        #expect(cohort.status == 0)
        #expect(cohort.stdout.contains("Trainees:         2"))
        #expect(!cohort.stdout.contains("cy"))
    }

    @Test func userErrorsAreOneLineAndNonZero() throws {
        let folder = Folder()
        try Self.play(folder, trainee: "spring/ada", replies: Self.strong)
        for arguments in [["report", "--cohort", "nobody", "--store", folder.store],
                          ["report", "zzzz", "--store", folder.store],
                          ["report", "--trainee", "nobody", "--store", folder.store]] {
            let result = try Self.hotseat(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("hotseat: error: "))
        }
        let neither = try Self.hotseat(["report", "--store", folder.store])
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("give exactly one of"))
        let help = try Self.hotseat(["report", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--cohort"))
    }
}
