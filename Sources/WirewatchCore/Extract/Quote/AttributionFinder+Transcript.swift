/// Rule (0): the turns of an interview or debate transcript ("TAPPER: Do you think …",
/// "\"PENCE: Well, look, …"), each a direct quote whose speaker is its label and whose cue is
/// the colon.
///
/// News sites print transcripts as paragraphs that open with the speaker's name in capitals
/// and a colon, often inside one quotation that runs over every paragraph. Read as ordinary
/// quotations they would be one quote with no speaker; read by turn, each answer has its own.
extension AttributionFinder {
    /// A paragraph that opens with a speaker label: token indexes of the label's words and of
    /// the colon after them.
    struct TranscriptLabel: Sendable, Hashable {
        var label: Range<Int>
        var colon: Int
    }

    /// Labels that head a paragraph in capitals and a colon but name no speaker: notes,
    /// sections, stage directions.
    static let editorialLabels: Set<String> = [
        "update", "updated", "updates", "video", "videos", "photo", "photos", "watch", "note", "editor's note", "editor’s note",
        "correction", "clarification", "previously", "related", "read", "read more", "see", "see also", "also", "breaking",
        "breaking news", "exclusive", "source", "sources", "credit", "crosstalk", "laughter", "applause", "end", "begin",
        "audio", "video clip", "sound bite", "soundbite", "commercial break", "transcript", "disclosure", "warning", "spoiler",
        "listen", "more", "background", "context", "editor", "editors", "fact check", "analysis", "opinion", "live", "sponsored",
        "advertisement", "faq", "bottom line", "why it matters", "what's next", "what’s next", "details", "location", "date",
        "time", "where", "when", "who", "what", "how", "price", "tickets", "contact",
    ]

    /// Double quotation marks that may open a transcript's paragraph.
    static let openingMarks: Set<String> = ["\"", "“", "«"]

    /// Words that are never part of a speaker's name or title in a label ("STAT OF THE WEEK").
    static let labelFunctionWords: Set<String> = ["of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by", "or", "is"]

    /// The speaker label opening the paragraph at token `start`, if it has one: one to four
    /// words in capitals (a title such as "GOV." may lead), then a colon and more words, after
    /// an optional opening double quotation mark.
    static func transcriptLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], words: [String], at start: Int) -> TranscriptLabel? {
        var first = start
        if first < words.count, openingMarks.contains(words[first]) { first += 1 }
        var colon = first
        var letters = 0
        while colon < words.count, colon - first <= 4, words[colon] != ":" {
            if colon > first, QuotationScanner.startsParagraph(bytes, tokens, colon) { return nil }
            // "GOV. MIKE PENCE", with the abbreviation's full stop as a token of its own.
            if colon > first, words[colon] == "." {
                colon += 1
                continue
            }
            guard let count = capitalLetters(bytes, tokens[colon]), !labelFunctionWords.contains(words[colon]) else { return nil }
            letters += count
            colon += 1
        }
        // Something must follow the colon in the same paragraph: the words of the turn.
        guard colon < words.count, words[colon] == ":", colon > first, letters >= 2, colon + 1 < words.count,
            !QuotationScanner.startsParagraph(bytes, tokens, colon + 1)
        else { return nil }
        let name = words[first..<colon].joined(separator: " ")
        guard !editorialLabels.contains(name) else { return nil }
        return TranscriptLabel(label: first..<colon, colon: colon)
    }

    /// The number of letters in a token that is a word in capitals ("PENCE", "O'ROURKE",
    /// "GOV.", "JEAN-PIERRE"), or nil when it has a lower-case letter, a digit, or no letter.
    private static func capitalLetters(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Int? {
        var letters = 0
        var position = token.span.start
        while position < token.span.end {
            let byte = bytes[position]
            if byte &- 0x41 < 26 {
                letters += 1
            } else if byte >= 0x80 {
                // A non-ASCII letter: decode the scalar to ask its case ("JOSÉ").
                var scalarValue: UInt32
                var length: Int
                switch byte {
                case 0xC0..<0xE0: (scalarValue, length) = (UInt32(byte & 0x1F), 2)
                case 0xE0..<0xF0: (scalarValue, length) = (UInt32(byte & 0x0F), 3)
                default: (scalarValue, length) = (UInt32(byte & 0x07), 4)
                }
                guard position + length <= token.span.end else { return nil }
                for offset in 1..<length { scalarValue = scalarValue << 6 | UInt32(bytes[position + offset] & 0x3F) }
                guard let scalar = Unicode.Scalar(scalarValue) else { return nil }
                if scalar.properties.isUppercase {
                    letters += 1
                } else if !["’", "‘"].contains(scalar) {
                    return nil
                }
                position += length
                continue
            } else if ![UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "-")].contains(byte) {
                return nil
            }
            position += 1
        }
        return letters > 0 ? letters : nil
    }

    /// The turns of a transcript: an attribution per labelled paragraph, when the article has
    /// at least three of them, from at least two speakers, one of whom speaks twice (a lone
    /// "UPDATE:" or a pair of section heads is no transcript).
    ///
    /// A turn runs to the end of its paragraph; when it opened inside a quotation mark, the
    /// following paragraphs that reopen the quotation belong to it too, up to the next label or
    /// a stage direction ("\"(CROSSTALK.)").
    func transcriptTurns(_ text: Text) -> [Attribution] {
        guard text.transcriptLabels.count >= 3 else { return [] }
        var uses: [String: Int] = [:]
        for label in text.transcriptLabels {
            uses[text.words[label.label].joined(separator: " "), default: 0] += 1
        }
        // "PENCE" and "GOV. MIKE PENCE" are one speaker: count by the label's last word.
        var speakers: [String: Int] = [:]
        for (name, count) in uses { speakers[String(name.split(separator: " ").last ?? ""), default: 0] += count }
        guard speakers.count >= 2, speakers.values.contains(where: { $0 >= 2 }) else { return [] }
        let labelled = Set(text.transcriptLabels.map { $0.label.lowerBound })
        let opensWithMark: (Int) -> Bool = { token in Self.openingMarks.contains(text.words[token]) }
        var turns: [Attribution] = []
        for label in text.transcriptLabels {
            let paragraph = text.paragraph(of: label.colon)
            var end = paragraph.upperBound
            if opensWithMark(paragraph.lowerBound) {
                while end < text.count, opensWithMark(end), end + 1 < text.count, !labelled.contains(end + 1), !["(", "["].contains(text.words[end + 1]) {
                    end = text.paragraph(of: end).upperBound
                }
            }
            var content = label.colon + 1..<end
            // A closing mark that ends the whole transcript's quotation is not the speaker's.
            while content.count > 1, ["\"", "”", "»"].contains(text.words[content.upperBound - 1]) { content = content.lowerBound..<(content.upperBound - 1) }
            turns.append(Attribution(kind: .direct, parts: [content], cue: label.colon..<(label.colon + 1), speaker: label.label, inherits: nil))
        }
        return turns
    }
}
