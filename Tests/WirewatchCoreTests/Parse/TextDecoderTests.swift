import Testing
@testable import WirewatchCore

@Suite struct TextDecoderTests {
    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Array("Café “quoted”".utf8))
        #expect(plain.text == "Café “quoted”")
        #expect(plain.encoding == "utf-8")
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8))
        #expect(bom.text == "Hi")
        #expect(bom.encoding == "utf-8")
    }

    @Test func utf16WithBOM() throws {
        let text = "Ünïcode — “ok” 😀"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(le) == DecodedText(text: text, encoding: "utf-16le"))
        #expect(try TextDecoder.decode(be) == DecodedText(text: text, encoding: "utf-16be"))
    }

    @Test func utf32WithBOM() throws {
        let text = "Zürich 😀"
        let le: [UInt8] = [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { scalar in
            (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
        }
        #expect(try TextDecoder.decode(le).text == text)
        #expect(try TextDecoder.decode(le).encoding == "utf-32le")
    }

    @Test func bomlessUTF16IsRecognisedWithAWarning() throws {
        let text = "Plain English text without a byte-order mark."
        let le: [UInt8] = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try TextDecoder.decode(le)
        #expect(decoded.text == text)
        #expect(decoded.encoding == "utf-16le")
        #expect(decoded.warnings.count == 1)
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // "Café £5 “x”" in Windows-1252.
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0xA3, 0x35, 0x20, 0x93, 0x78, 0x94]
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text == "Café £5 “x”")
        #expect(decoded.encoding == "windows-1252")
    }

    @Test func refusals() {
        #expect(throws: StageFailure(stage: "decode", reason: "empty file")) { try TextDecoder.decode([]) }
        #expect(throws: StageFailure.self) { try TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) }
        let garbage: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        #expect(throws: StageFailure.self) { try TextDecoder.decode(garbage) }
        // UTF-16 with an odd byte count, and with an unpaired surrogate.
        #expect(throws: StageFailure.self) { try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42]) }
        #expect(throws: StageFailure.self) { try TextDecoder.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) }
    }

    @Test func aStrayNULDoesNotMakeTextBinary() throws {
        var bytes = Array(String(repeating: "A line of ordinary text. ", count: 20).utf8)
        bytes.insert(0, at: 100)
        #expect(try TextDecoder.decode(bytes).encoding == "utf-8")
    }
}
