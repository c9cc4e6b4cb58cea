import Testing
import WirewatchCore

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
