import Testing
import WirewatchCore

@Suite struct TextNormalizerTests {
    @Test func lineEndsAndControlCharacters() {
        let (text, removed) = TextNormalizer.normalize("a\r\nb\rc\u{0}d\u{7}e\u{85}f\u{FEFF}g\u{2028}h\tI")
        #expect(text == "a\nb\ncdefg\nh\tI")
        #expect(removed == 4)
    }

    @Test func leavesCleanTextAlone() {
        let clean = "Plain “text” — with ünïcode\n\nand paragraphs."
        #expect(TextNormalizer.normalize(clean) == (clean, 0))
    }
}
