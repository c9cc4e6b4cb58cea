import Foundation
import Testing
@testable import WirewatchCore

@Suite struct PlainTextParserTests {
    @Test func buildsADocumentFromHeadersAndBody() throws {
        let document = try Fixtures.document("title: T\ndate: 2024-03-14\n\n  Body line one.\nBody line two.\n\n", name: "a.txt")
        #expect(document.text == "Body line one.\nBody line two.")
        #expect(document.title == "T")
        #expect(document.published == "2024-03-14")
        #expect(document.publishedFrom == "header")
        #expect(document.source.file == "a.txt")
        #expect(document.source.format == .text)
        #expect(document.source.item == nil)
        #expect(document.source.sha256.count == 64)
        #expect(document.id.count == 20)
    }

    @Test func aTextOverTheLimitIsCutAtALineBreakWithAWarning() throws {
        let paragraph = String(repeating: "word ", count: 39) + "end."  // 199 bytes
        let text = "date 2024-03-14\n\n" + Array(repeating: paragraph, count: 20).joined(separator: "\n\n")
        let input = RawInput(name: "long.txt", bytes: Array(text.utf8), received: Date(), modified: nil)
        let document = try PlainTextParser(maxTextBytes: 1024).parse(input)
        #expect(document.text.utf8.count <= 1024)
        #expect(document.text.hasSuffix("end."))
        #expect(document.warnings.contains("article text over max_item_bytes (1024) was cut"))
        #expect(document.published == "2024-03-14")
        // Within the limit, and without a limit, the text is whole and nothing is said.
        let whole = try PlainTextParser(maxTextBytes: 1 << 20).parse(input)
        #expect(whole.text.utf8.count == 20 * 199 + 19 * 2)
        #expect(whole.warnings.isEmpty)
        #expect(try PlainTextParser().parse(input).text == whole.text)
    }

    @Test func aCutNeverSplitsACharacter() {
        // No line break to cut at: the cut falls before the character the limit splits.
        let cut = PlainTextParser.cut(String(repeating: "é", count: 600), to: 1023)
        #expect(cut == String(repeating: "é", count: 511))
        #expect(PlainTextParser.cut("short", to: 1024) == nil)
    }

    @Test func refusesFilesWithoutText() {
        #expect(throws: StageFailure.self) { try Fixtures.document("title: only headers\n\n") }
        #expect(throws: StageFailure.self) { try Fixtures.document(" \n\t\n") }
    }

    @Test func refusesMarkup() {
        for markup in [
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>",
            "<!DOCTYPE html><html><body>x</body></html>",
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}",
        ] {
            #expect(throws: StageFailure.self) { try Fixtures.document(markup) }
        }
    }

    @Test func notesRemovedControlCharacters() throws {
        let document = try Fixtures.document("Text with a bell\u{7} in it.")
        #expect(document.text == "Text with a bell in it.")
        #expect(document.warnings == ["1 control character(s) removed"])
    }

    @Test func annotateDocumentsCarryTheirIdAndDate() throws {
        let document = try PlainTextParser().document(
            text: "Some text.", id: "doc-1", item: 3, file: "-", published: "2024-02-08", title: "T",
            received: Fixtures.received)
        #expect(document.source.id == "doc-1")
        #expect(document.source.item == 3)
        #expect(document.source.format == .jsonl)
        #expect(document.published == "2024-02-08")
        #expect(document.publishedFrom == "input")
        #expect(throws: StageFailure.self) {
            try PlainTextParser().document(
                text: "x", id: "d", item: 0, file: "-", published: "not a date", title: nil, received: Fixtures.received)
        }
    }
}
