import Testing
import WirewatchCore

@Suite struct ScalarOffsetsTests {
    @Test func asciiOffsetsAreUnchanged() {
        let offsets = ScalarOffsets("plain ascii")
        #expect(offsets.scalar(0) == 0)
        #expect(offsets.scalar(11) == 11)
    }

    @Test func countsCodePointsLikePython() {
        // "é" is 2 bytes, "“" 3, "😀" 4 (one code point each; the emoji is two UTF-16 units).
        let text = "é“😀x"
        let offsets = ScalarOffsets(text)
        #expect(offsets.scalar(0) == 0)
        #expect(offsets.scalar(2) == 1)
        #expect(offsets.scalar(5) == 2)
        #expect(offsets.scalar(9) == 3)
        #expect(offsets.scalar(10) == 4)
        #expect(offsets.scalars(Span(start: 5, end: 10)) == (2, 4))
    }
}
