import Testing
@testable import WirewatchCore

@Suite struct EquipmentRecognizerTests {
    @Test(arguments: ["Il-76", "Su-25", "F-16", "MIM-104A", "T-90M", "S-400", "MiG-29", "Tu-95MS"])
    func designators(word: String) {
        #expect(EquipmentRecognizer.isDesignator(word))
    }

    @Test(arguments: ["well-known", "anti-aircraft", "2024-01", "A-", "-16", "Coca-Cola", "F-16000000"])
    func notDesignators(word: String) {
        #expect(!EquipmentRecognizer.isDesignator(word))
    }

    @Test func namedSystemsByTheirClassNoun() throws {
        let lexicons = Lexicons(files: ["equipment.tsv": "#name\tkind\nmissile\tclass\nsystem\tclass\nair defense system\tclass\n",
                                        "demonyms.tsv": "#d\tiso\nAmerican\tUS\n"])
        let recognizer = EquipmentRecognizer(lexicons: lexicons)
        let text = "It was hit by an American Patriot air defense system and a Falcon missile. COVID-19 spread."
        var copy = text
        let found = copy.withUTF8 { bytes -> [String] in
            let tokens = Tokenizer().tokenize(bytes: bytes)
            let sentences = SentenceSplitter().split(bytes: bytes, tokens: tokens)
            return recognizer.find(bytes: bytes, tokens: tokens, sentences: tokens.ranges(of: sentences)).map {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.span.start..<$0.span.end]), as: UTF8.self)
            }
        }
        #expect(found == ["Patriot", "Falcon"])
    }
}
