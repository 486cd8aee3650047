import HotseatCore
import Testing
@testable import Screening

/// The screen shows the answer format with placeholders: a concrete pair is some item's key
/// (`best: B, worst: D` was `sjt-double-charge`'s) and anchors every candidate on it.
@Suite struct SJTAnswerFormatTests {
    @Test(arguments: Language.allCases)
    func theInstructionsNameNoLetter(language: Language) {
        for text in [SJTAnswerFormat.instruction(language), SJTAnswerFormat.retry(language)] {
            #expect(text.firstMatch(of: /\b[A-D]\b/) == nil, "\(text)")
            #expect(text.contains(SJTAnswerFormat.template[language]!))
        }
    }

    @Test(arguments: Language.allCases)
    func theFormatFilledInIsReadByTheParser(language: Language) throws {
        let template = SJTAnswerFormat.template[language]!, placeholder = SJTAnswerFormat.placeholder[language]!
        for best in ["A", "B", "C", "D"] {
            for worst in ["A", "B", "C", "D"] where worst != best {
                var answer = template
                answer.replaceSubrange(try #require(answer.range(of: placeholder)), with: best)
                answer.replaceSubrange(try #require(answer.range(of: placeholder)), with: worst)
                let pick = try SJTAnswerParser.parse(answer).get()
                #expect(pick.best == best && pick.worst == worst, "\(answer)")
            }
        }
        #expect(throws: SJTAnswerParser.Problem.unreadable) { try SJTAnswerParser.parse(template).get() }
    }
}
