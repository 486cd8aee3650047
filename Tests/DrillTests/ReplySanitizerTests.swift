import Testing
@testable import Drill

@Suite struct ReplySanitizerTests {
    @Test func longPastesAreCutAndReported() {
        let paste = String(repeating: "sorry ", count: 200_000)   // ~1.2 MB
        let clean = ReplySanitizer().clean(paste)
        #expect(clean.text.count == 4_000)
        #expect(clean.truncated)
        #expect(clean.originalCharacters > 4_000)
    }

    @Test func controlCharactersAreStrippedAndWhitespaceFolded() {
        let clean = ReplySanitizer().clean("I'm\u{07} so\u{1B}[31m sorry\r\n\tabout\u{7F} that\u{200B}")
        #expect(clean.text == "I'm so[31m sorry about that")
        #expect(!clean.truncated)
    }

    @Test func bidirectionalOverridesAreDropped() {
        let clean = ReplySanitizer().clean("I'm sorry \u{202E}yrros ton m'I\u{202C} and \u{2066}more\u{2069}")
        #expect(clean.text == "I'm sorry yrros ton m'I and more")
    }

    @Test func invisibleCharactersAreDroppedButEmojiJoinersKept() {
        let clean = ReplySanitizer().clean("i\u{200C}d\u{00AD}i\u{2060}o\u{200E}t \u{1F468}\u{200D}\u{1F469}")
        #expect(clean.text == "idiot \u{1F468}\u{200D}\u{1F469}")
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        let bytes: [UInt8] = Array("sorry ".utf8) + [0xFF, 0xC3, 0x28] + Array(" é".utf8)
        let clean = ReplySanitizer().clean(bytes: bytes)
        #expect(clean.text == "sorry ( é")
    }

    @Test func shortRepliesPassThrough() {
        #expect(ReplySanitizer().clean("  Tot ziens!  ").text == "Tot ziens!")
    }
}
