/// Finds attributions in a tokenised article: direct quotes with the cue and speaker around
/// them, reported speech governed by a cue verb or "according to", and quoted fragments
/// inside reported speech. Works on token indexes; the stage turns them into byte spans.
///
/// Rules, in order: (1) a quotation followed by "SPEAKER CUE" or "CUE SPEAKER" ("…,” the
/// diplomat told reporters), or preceded by "SPEAKER CUE:" ("He said: “…”"), is direct, and a
/// second quotation right after such an attribution is its second part; (2) every unused cue
/// in a sentence with a subject gives reported speech: its that-clause or the clause after it,
/// or the clause before "…, SPEAKER CUE"; participles after a comma ("…, adding that …")
/// reuse the sentence's speaker; (3) a quotation inside reported content is partial and keeps
/// its speaker; a quotation standing alone as a paragraph continues the last speaker.
struct AttributionFinder: Sendable {
    /// One attribution, in token indexes (half-open ranges).
    struct Attribution: Sendable, Hashable {
        var kind: Quote.Kind
        /// Content parts; a direct quote split by its attribution has two.
        var parts: [Range<Int>]
        var cue: Range<Int>?
        var speaker: Range<Int>?
        /// Index of an earlier attribution whose speaker this one shares (a continued quote, a
        /// participle such as "adding that"), when it has no speaker of its own.
        var inherits: Int?
        /// "It is believed that …": a cue with no source at all.
        var impersonal: Bool = false

        var content: Range<Int> { (parts.first?.lowerBound ?? 0)..<(parts.last?.upperBound ?? 0) }
    }

    /// The tokenised text the rules read.
    struct Text {
        let words: [String]
        let capitalised: [Bool]
        let punctuation: [Bool]
        let paragraphStart: [Bool]
        let sentences: [Range<Int>]
        let sentenceOf: [Int]
        let quotations: [QuotationScanner.Quotation]
        /// Index of the quotation holding each token (marks included), or -1.
        let quotationOf: [Int]

        init(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], words: [String], capitalised: [Bool], sentences: [Range<Int>]) {
            self.words = words
            self.capitalised = capitalised
            punctuation = tokens.map { $0.kind == .punctuation || $0.kind == .symbol }
            paragraphStart = tokens.indices.map { QuotationScanner.startsParagraph(bytes, tokens, $0) }
            self.sentences = sentences
            var sentenceOf = [Int](repeating: -1, count: tokens.count)
            for (index, range) in sentences.enumerated() { for token in range { sentenceOf[token] = index } }
            self.sentenceOf = sentenceOf
            quotations = QuotationScanner().scan(bytes, tokens)
            var quotationOf = [Int](repeating: -1, count: tokens.count)
            for (index, quotation) in quotations.enumerated() {
                for token in quotation.open...quotation.close { quotationOf[token] = index }
            }
            self.quotationOf = quotationOf
        }

        var count: Int { words.count }

        func sentence(of token: Int) -> Range<Int> {
            let index = sentenceOf[token]
            return index >= 0 ? sentences[index] : token..<(token + 1)
        }

        /// The paragraph holding `token`, as a token range.
        func paragraph(of token: Int) -> Range<Int> {
            var start = token
            while start > 0, !paragraphStart[start] { start -= 1 }
            var end = token + 1
            while end < count, !paragraphStart[end] { end += 1 }
            return start..<end
        }
    }

    typealias Vocabulary = AttributionVocabulary

    func find(_ text: Text) -> [Attribution] {
        var found: [Attribution] = []
        var usedCue = [Bool](repeating: false, count: text.count)
        var handled = [Bool](repeating: false, count: text.quotations.count)

        // (1) Direct quotes with an adjacent attribution.
        var index = 0
        while index < text.quotations.count {
            let quotation = text.quotations[index]
            let range = quotation.open..<(quotation.close + 1)
            if var attribution = after(quotation, text) ?? before(quotation, text) {
                attribution.parts = [range]
                // “…,” he said. “…” — the next quotation continues this one unless it has its own attribution.
                if let cue = attribution.cue, cue.lowerBound > quotation.close, index + 1 < text.quotations.count {
                    let next = text.quotations[index + 1]
                    let end = max(cue.upperBound, attribution.speaker?.upperBound ?? 0)
                    // The attribution may run on ("said Sara Fagen, a Republican strategist.") up to
                    // the next quotation in its paragraph, if no other cue comes first.
                    let gap = end..<next.open
                    let sameParagraph = !gap.contains { text.paragraphStart[$0] } && !text.paragraphStart[next.open]
                    let quiet = !gap.contains { text.words[$0] != "adding" && self.cue(at: $0, text)?.strength == .speech }
                    if sameParagraph, quiet, gap.count <= 40, next.open > 0, text.punctuation[next.open - 1], after(next, text) == nil {
                        attribution.parts.append(next.open..<(next.close + 1))
                        handled[index + 1] = true
                    }
                }
                if let cue = attribution.cue { for token in cue { usedCue[token] = true } }
                // "Trump's misinformation may be “strategic,” said Hemsley": the quote finishes a
                // clause that began outside it, so the clause is the content and the quote a part of it.
                let sentence = text.sentence(of: quotation.open)
                let lead = (sentence.lowerBound..<quotation.open).filter { !text.punctuation[$0] && text.quotationOf[$0] < 0 }
                if attribution.parts.count == 1, attribution.cue.map({ $0.lowerBound > quotation.close }) ?? false, lead.count >= 2 {
                    attribution.kind = .indirect
                    attribution.parts = [sentence.lowerBound..<(quotation.close + 1)]
                } else if attribution.parts.count == 1, let cue = attribution.cue, cue.upperBound <= quotation.open, runsOn(quotation, sentence, text) {
                    // "Obama said “it gets me mad” every time he thinks about it": the clause goes
                    // on after the quote, so the clause is the content and the quote a part of it.
                    attribution.kind = .indirect
                    attribution.parts = [trimmed(quotation.open..<contentEnd(sentence, text), text)]
                } else {
                    handled[index] = true
                }
                found.append(attribution)
                index += attribution.parts.count
            } else {
                index += 1
            }
        }

        // (2) Reported speech.
        for sentence in text.sentences {
            var token = sentence.lowerBound
            while token < sentence.upperBound {
                guard text.quotationOf[token] < 0, !usedCue[token], let cue = cue(at: token, text) else {
                    token += 1
                    continue
                }
                if let attribution = reported(cue: cue, sentence: sentence, text, found: found) {
                    for used in cue.range { usedCue[used] = true }
                    found.append(attribution)
                }
                token = cue.range.upperBound
            }
        }

        // (2b) Headlines: "Roger Stone: Don't Trust the Voting Machines".
        for sentence in text.sentences {
            if let headline = headline(sentence, text), !found.contains(where: { $0.content.overlaps(headline.content) }) {
                found.append(headline)
            }
        }

        // (3) Quotations left: fragments inside reported speech, and quotes standing alone.
        for (index, quotation) in text.quotations.enumerated() where !handled[index] {
            let range = quotation.open..<(quotation.close + 1)
            if let host = found.lastIndex(where: { $0.kind == .indirect && $0.content == range && !isStance($0.cue, text) }) {
                // "He continued, “…”": reported content that is all quotation is a direct quote.
                found[host].kind = .direct
                continue
            }
            // The outermost report holds the fragment: in "She said both sides agreed to “keep working”" the words are hers.
            if let host = found.firstIndex(where: { $0.kind == .indirect && $0.content.lowerBound <= range.lowerBound && range.upperBound <= $0.content.upperBound }) {
                found.append(Attribution(kind: .partial, parts: [range], cue: found[host].cue, speaker: found[host].speaker, inherits: found[host].speaker == nil ? found[host].inherits ?? host : nil, impersonal: found[host].impersonal))
                continue
            }
            let sentence = text.sentence(of: quotation.open)
            let standsAlone = quotation.open == sentence.lowerBound || text.paragraphStart[quotation.open]
            let words = (quotation.open + 1..<quotation.close).filter { !text.punctuation[$0] }.count
            if standsAlone, words >= 3 {
                // A paragraph of quotation with no cue continues the last direct speaker nearby.
                let paragraph = text.paragraph(of: quotation.open)
                let previous = found.lastIndex { $0.kind == .direct && $0.content.upperBound <= range.lowerBound && $0.content.upperBound >= text.paragraph(of: max(0, paragraph.lowerBound - 1)).lowerBound }
                found.append(Attribution(kind: .direct, parts: [range], cue: nil, speaker: nil, inherits: previous))
            } else if words >= 2, let host = found.lastIndex(where: { $0.kind != .partial && text.sentenceOf[$0.content.lowerBound] == text.sentenceOf[range.lowerBound] }) {
                found.append(Attribution(kind: .partial, parts: [range], cue: found[host].cue, speaker: found[host].speaker, inherits: found[host].speaker == nil ? found[host].inherits ?? host : nil))
            }
        }
        // Text order, with `inherits` pointing at the same attributions as before sorting.
        let order = found.indices.sorted {
            (found[$0].content.lowerBound, found[$0].content.upperBound, $0) < (found[$1].content.lowerBound, found[$1].content.upperBound, $1)
        }
        var position = [Int](repeating: 0, count: found.count)
        for (new, old) in order.enumerated() { position[old] = new }
        return order.map { old in
            var attribution = found[old]
            attribution.inherits = attribution.inherits.map { position[$0] }
            return attribution
        }
    }

    // MARK: - Cues

    struct Cue {
        var range: Range<Int>
        var strength: Vocabulary.CueStrength
        /// "according to": the speaker follows the cue.
        var according: Bool
    }

    /// The cue starting at `token`, if any (a phrase wins over a single word).
    func cue(at token: Int, _ text: Text) -> Cue? {
        let word = text.words[token]
        for phrase in Vocabulary.cuePhrases where phrase[0] == word && token + phrase.count <= text.count {
            if (1..<phrase.count).allSatisfy({ text.words[token + $0] == phrase[$0] && !text.paragraphStart[token + $0] }) {
                return Cue(range: token..<(token + phrase.count), strength: .speech, according: phrase[0] == "according")
            }
        }
        if let particles = Vocabulary.stanceParticles[word], token + 1 < text.count, particles.contains(text.words[token + 1]) {
            guard !text.capitalised[token] || token == text.sentence(of: token).lowerBound, !isNoun(token, text) else { return nil }
            return Cue(range: token..<(token + 2), strength: .stance, according: false)
        }
        guard let strength = Vocabulary.cueWords[word],
            !text.capitalised[token] || token == text.sentence(of: token).lowerBound || isHeadlineCue(token, text)
        else { return nil }
        // After a determiner or possessive the word is a noun: "the plans", "his claims".
        if isNoun(token, text) { return nil }
        // "called X Y" labels; "a group called X" names, "called up" and "called off" do neither.
        if strength == .stance, word.hasPrefix("call") {
            let next = token + 1 < text.count ? text.words[token + 1] : ""
            if ["up", "out", "back", "off", "in", "into", "to", "it", "upon", ",", "."].contains(next) { return nil }
            if token > 0, word == "called", !labelSubject(token - 1, text) { return nil }
        }
        // "in a statement", "in an interview" extend the cue.
        return Cue(range: token..<(token + 1), strength: strength, according: false)
    }

    /// Words that open a fronted subordinate clause.
    static let subordinators: Set<String> = [
        "when", "while", "if", "as", "after", "before", "because", "since", "although", "though", "once", "until", "unless", "whereas",
    ]

    /// Words that open an indirect question after "asked".
    static let questionWords: Set<String> = ["whether", "if", "why", "how", "what", "when", "where", "who", "which", "about"]

    /// Words that open an adjunct, not a clause, after an attribution.
    static let adjunctOpeners: Set<String> = [
        "after", "before", "as", "while", "when", "because", "despite", "amid", "following", "in", "on", "at", "with", "without",
        "since", "until", "during", "ahead", "for", "from", "by", "to", "according", "than", "though", "although", "if", "where",
    ]

    /// Forms of "be", before a passive participle.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]

    /// Whether a cue is a stance verb ("what it calls “…”" quotes a phrase, it is not a direct quote).
    private func isStance(_ cue: Range<Int>?, _ text: Text) -> Bool {
        guard let cue else { return false }
        let word = text.words[cue.lowerBound]
        return Vocabulary.cueWords[word] == .stance || (cue.count == 2 && Vocabulary.stanceParticles[word] != nil)
    }

    /// A capitalised cue in a Title Case headline, between capitalised words: "Hollande Says
    /// Trump …", "Maher Tells Guest …". Third-person forms only, so that names ("Said") stay names.
    private func isHeadlineCue(_ token: Int, _ text: Text) -> Bool {
        guard token > 0, token + 1 < text.count, text.words[token].hasSuffix("s"), text.capitalised[token - 1], text.capitalised[token + 1] || Vocabulary.pronouns[text.words[token + 1]] != nil
        else { return false }
        let paragraph = text.paragraph(of: token)
        guard paragraph.count <= 40, let last = paragraph.last else { return false }
        // A headline has no full stop, or only a final one, and most of its words capitalised.
        let words = paragraph.filter { !text.punctuation[$0] }
        let capitals = words.filter { text.capitalised[$0] }.count
        return capitals * 3 >= words.count * 2 && !paragraph.dropLast().contains { text.words[$0] == "." } && last >= token
    }

    /// Whether the word at `token` follows a determiner or possessive, and so is a noun ("the plans").
    private func isNoun(_ token: Int, _ text: Text) -> Bool {
        guard token > 0, text.quotationOf[token - 1] < 0 else { return false }
        let previous = text.words[token - 1]
        return Vocabulary.determiners.contains(previous) || previous == "the" || Vocabulary.isPossessive(previous)
    }

    /// Whether the word before "called" can end its subject: a name, a pronoun, an auxiliary or
    /// a conjunction ("Beck called", "who called", "has called", "and called"), not a common noun
    /// that "called" would name ("a group called Moms").
    private func labelSubject(_ token: Int, _ text: Text) -> Bool {
        let word = text.words[token]
        if text.capitalised[token] && !text.punctuation[token] { return true }
        return Vocabulary.pronouns[word] != nil || Vocabulary.auxiliaries.contains(word) || word == "and" || word == "also"
    }

    /// Whether a bare clause may start at `token`: a subject pronoun, a determiner, a name,
    /// "there" or a wh-word ("hope the ads will help", "fear they will lose").
    private func startsClause(_ token: Int, _ text: Text) -> Bool {
        guard token < text.count, text.quotationOf[token] < 0 || text.quotations[text.quotationOf[token]].open == token else { return false }
        let word = text.words[token]
        if ["he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those", "what", "how", "why", "whether", "if", "who"].contains(word) {
            return true
        }
        return Vocabulary.determiners.contains(word) || (text.capitalised[token] && !text.punctuation[token])
    }

    /// A multi-word cue whose last token is `token` ("went on to say").
    func cue(endingAt token: Int, _ text: Text) -> Cue? {
        for phrase in Vocabulary.cuePhrases where phrase.count > 1 && token - phrase.count + 1 >= 0 && phrase[phrase.count - 1] == text.words[token] {
            let first = token - phrase.count + 1
            if let cue = cue(at: first, text), cue.range.upperBound == token + 1 { return cue }
        }
        return nil
    }

    // MARK: - Direct quotes

    /// "…,” he said" / "…,” said Antonov" / "…,” the diplomat told reporters".
    private func after(_ quotation: QuotationScanner.Quotation, _ text: Text) -> Attribution? {
        var start = quotation.close + 1
        guard start < text.count, !text.paragraphStart[start] else { return nil }
        while start < text.count, start <= quotation.close + 2, text.words[start] == "," || text.words[start] == "—" || text.words[start] == "–" {
            start += 1
        }
        guard start < text.count, !text.paragraphStart[start], text.quotationOf[start] < 0 else { return nil }
        // A quote that closes its sentence ("…girls.” Cruz says, “…”) is followed by a new
        // sentence, which is an attribution only when it is nothing more ("…” Trump said.).
        let closesSentence = quotation.close >= 1 && text.words[quotation.close - 1] == "." && text.capitalised[start]
        if closesSentence {
            let sentenceEnd = (start..<min(text.count, start + 6)).first { text.words[$0] == "." || text.paragraphStart[$0] } ?? text.count
            guard sentenceEnd < text.count, text.words[sentenceEnd] == ".", sentenceEnd - start <= 4 else { return nil }
        }
        // Inverted: "said Antonov", "said the diplomat".
        if let cue = cue(at: start, text), cue.strength == .speech, !cue.according {
            if let speaker = speakerAfter(cue.range.upperBound, text) {
                return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: speaker, inherits: nil)
            }
            return nil
        }
        // "he said", "the diplomat told reporters", "Antonov emphasized": a cue within a few tokens.
        var token = start
        var parentheses = 0
        while token < min(text.count, start + 16), !text.paragraphStart[token] || token == start {
            if text.quotationOf[token] >= 0 || (text.punctuation[token] && ![".", "'s", "’s", ",", "(", ")", "-"].contains(text.words[token])) { break }
            if text.words[token] == "(" { parentheses += 1 }
            if text.words[token] == ")" { parentheses = max(0, parentheses - 1) }
            if let cue = cue(at: token, text) {
                // "“…” Smith criticized the plan": a stance verb does not attribute the quote before it.
                if cue.strength == .stance { return nil }
                if cue.according, let speaker = speakerAfter(cue.range.upperBound, text), token == start {
                    return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: speaker, inherits: nil)
                }
                if var speaker = speakerBefore(cue.range.lowerBound, lowerBound: start, text), plausible(speaker, cue: cue.range, text) {
                    // "another friend, Mariam Emara told CNN": a description before the name belongs to it.
                    let lead = start..<speaker.lowerBound
                    if !lead.isEmpty, lead.count <= 6, text.words[speaker.lowerBound - 1] == ",",
                        !lead.contains(where: { self.cue(at: $0, text) != nil || Vocabulary.phraseBreakers.contains(text.words[$0]) && !text.capitalised[$0] })
                    {
                        speaker = start..<speaker.upperBound
                    }
                    guard speaker.lowerBound == start else { return nil }
                    return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: speaker, inherits: nil)
                }
                return nil
            }
            // A full stop ends the search, except inside parentheses ("Sen. Marco Rubio (R-Fla.) said").
            if text.words[token] == ".", parentheses == 0 { break }
            token += 1
        }
        return nil
    }

    /// "He said: “…”", "Trump said, “…”", "the ministry said in a statement: “…”", and a
    /// paragraph ending "…reports:" before a paragraph of quotation.
    private func before(_ quotation: QuotationScanner.Quotation, _ text: Text) -> Attribution? {
        var end = quotation.open - 1
        guard end >= 0 else { return nil }
        let mark = text.words[end]
        if text.paragraphStart[quotation.open] && mark != ":" { return nil }
        // "He said: “…”", "Trump said, “…”", or the cue right before the quote: "He says “…”".
        let introduced = mark == ":" || mark == ","
        if introduced { end -= 1 }
        guard end >= 0 else { return nil }
        let sentence = text.sentence(of: end)
        var token = end
        // The cue may have a few words after it: "said of Clinton", "told reporters", "said in a statement".
        while token >= max(sentence.lowerBound, end - (introduced ? 10 : 0)) {
            if text.quotationOf[token] >= 0 { return nil }
            if let cue = cue(endingAt: token, text) ?? cue(at: token, text), cue.range.upperBound - 1 <= end, cue.strength == .speech || introduced {
                let between = cue.range.upperBound..<max(cue.range.upperBound, end + 1)
                if between.contains(where: { text.words[$0] == "that" }) { return nil }
                if cue.according {
                    guard let speaker = speakerAfter(cue.range.upperBound, text) else { return nil }
                    return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: speaker, inherits: nil)
                }
                if cue.range.lowerBound > sentence.lowerBound, text.words[cue.range.lowerBound].hasSuffix("ing"),
                    [",", "before", "after", "while", "by", "then", "and", "when"].contains(text.words[cue.range.lowerBound - 1])
                {
                    // "…, tweeting at him, “…”", "he said, adding: “…”": the clause's subject speaks.
                    guard let speaker = clauseSubject(before: cue.range.lowerBound - 1, sentence: sentence, text) else { return nil }
                    return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: speaker, inherits: nil)
                }
                if let speaker = speakerBefore(cue.range.lowerBound, lowerBound: sentence.lowerBound, text), plausible(speaker, cue: cue.range, text) {
                    return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: speaker, inherits: nil, impersonal: isImpersonal(speaker, cue.range, text))
                }
                if cue.range.upperBound <= end, let speaker = speakerAfter(cue.range.upperBound, text) {
                    return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: speaker, inherits: nil)
                }
                return nil
            }
            if text.punctuation[token], text.words[token] != "," && text.words[token] != "." { return nil }
            token -= 1
        }
        // "Mark Blumenthal and Jon Cohen: “…”" — a name and a colon introduce the quote; so does a
        // clause whose subject is a name ("McConnell delivered a blunt message to Trump: “…”").
        if mark == ":" {
            let phrase = sentence.lowerBound..<(end + 1)
            let names = phrase.allSatisfy { text.capitalised[$0] || ["and", ",", ".", "-"].contains(text.words[$0]) }
            if phrase.count >= 1, phrase.count <= 6, names, phrase.contains(where: { text.capitalised[$0] }) {
                return Attribution(kind: .direct, parts: [], cue: (end + 1)..<(end + 2), speaker: phrase, inherits: nil)
            }
            let words = (quotation.open + 1..<quotation.close).filter { !text.punctuation[$0] }.count
            if words >= 3, let subject = clauseSubject(before: end + 1, sentence: sentence, text), namesSomeone(subject, text) {
                return Attribution(kind: .direct, parts: [], cue: (end + 1)..<(end + 2), speaker: subject, inherits: nil)
            }
            // "…doesn't surprise Republican pollster Daron Shaw: “…”", "- Philip Bump: “…”": a full
            // name (two to four capitalised words) right before the colon.
            var first = end + 1
            while first > sentence.lowerBound, end + 1 - first < 4, text.capitalised[first - 1], !text.punctuation[first - 1] { first -= 1 }
            let run = first..<(end + 1)
            if words >= 3, run.count >= 2, run.count < 4 || first == sentence.lowerBound || !text.capitalised[first - 1],
                !run.contains(where: { Vocabulary.determiners.contains(text.words[$0]) || Vocabulary.pronouns[text.words[$0]] != nil })
            {
                return Attribution(kind: .direct, parts: [], cue: (end + 1)..<(end + 2), speaker: run, inherits: nil)
            }
        }
        return nil
    }

    /// Whether a phrase is a pronoun or holds a capitalised word other than a determiner.
    private func namesSomeone(_ phrase: Range<Int>, _ text: Text) -> Bool {
        if phrase.count == 1, Vocabulary.pronouns[text.words[phrase.lowerBound]] != nil { return true }
        for token in phrase where text.capitalised[token] {
            let word = text.words[token]
            if word != "the", !Vocabulary.determiners.contains(word) { return true }
        }
        return false
    }

    /// The subject of the clause that ends at `end`: the speaker of a cue in it, or the noun
    /// phrase that opens the sentence ("Bush offered a retort…, tweeting").
    private func clauseSubject(before end: Int, sentence: Range<Int>, _ text: Text) -> Range<Int>? {
        var token = end - 1
        while token >= sentence.lowerBound {
            if text.quotationOf[token] < 0, let cue = cue(at: token, text), !text.words[token].hasSuffix("ing"),
                let speaker = speakerBefore(cue.range.lowerBound, lowerBound: sentence.lowerBound, text), plausible(speaker, cue: cue.range, text)
            {
                return speaker
            }
            token -= 1
        }
        // Skip an introductory phrase ("In June 2009, Axelrod …", "Back in 1999, …") up to its comma.
        var subjectStart = sentence.lowerBound
        if Vocabulary.introductoryWords.contains(text.words[subjectStart]),
            let comma = (subjectStart..<min(end, subjectStart + 8)).first(where: { text.words[$0] == "," })
        {
            subjectStart = comma + 1
        }
        guard subjectStart < end, text.words[subjectStart].first != "'", text.words[subjectStart].first != "’",
            var opening = speakerAfter(subjectStart, text), opening.upperBound <= end
        else { return nil }
        // The subject ends before its verb: a lower-case word after the head and before an
        // object ("Bush offered a retort", "The minister called it").
        for token in opening where token > opening.lowerBound && !text.capitalised[token] && token + 1 < text.count {
            let before = text.words[token - 1]
            let next = text.words[token + 1]
            let afterHead = !Vocabulary.determiners.contains(before) && before != "the"
            let beforeObject = Vocabulary.determiners.contains(next) || next == "the" || Vocabulary.pronouns[next] != nil || next == "to" || next == "that"
            let pastTense = text.words[token].utf8.count > 3 && text.words[token].hasSuffix("ed")
            let isVerb = afterHead && (beforeObject || pastTense)
            if isVerb {
                opening = opening.lowerBound..<token
                break
            }
        }
        let first = text.words[opening.lowerBound]
        let pronoun = Vocabulary.pronouns[first].map { [.male, .female, .plural].contains($0) } ?? false
        return pronoun || (text.capitalised[opening.lowerBound] && !Vocabulary.determiners.contains(first) && first != "the") || Vocabulary.determiners.contains(first) ? opening : nil
    }

    // MARK: - Reported speech

    private func reported(cue: Cue, sentence: Range<Int>, _ text: Text, found: [Attribution]) -> Attribution? {
        // A cue phrase may run past its sentence ("… according" / "To …"): content never ends before it.
        var last = max(contentEnd(sentence, text), cue.range.upperBound)
        // A quotation that opens after a full stop starts a new sentence, whatever the splitter said.
        if let stop = (cue.range.upperBound..<last).first(where: { text.words[$0] == "." && $0 + 1 < text.count && text.quotationOf[$0 + 1] >= 0 && text.quotations[text.quotationOf[$0 + 1]].open == $0 + 1 }) {
            last = stop
        }
        if cue.according {
            guard let speaker = speakerAfter(cue.range.upperBound, text) else { return nil }
            var first = cue.range.lowerBound - 1
            while first >= sentence.lowerBound, text.words[first] == "," { first -= 1 }
            if first >= sentence.lowerBound + 2 {
                // "…, according to X."
                return Attribution(kind: .indirect, parts: [trimmed(sentence.lowerBound..<(first + 1), text)], cue: cue.range, speaker: speaker, inherits: nil)
            }
            var start = speaker.upperBound
            while start < last, text.words[start] == "," { start += 1 }
            guard last - start >= 3 else { return nil }
            return Attribution(kind: .indirect, parts: [trimmed(start..<last, text)], cue: cue.range, speaker: speaker, inherits: nil)
        }
        let subject = speakerBefore(cue.range.lowerBound, lowerBound: sentence.lowerBound, text)
        if let raised = raising(cue: cue, subject: subject, sentence: sentence, last: last, text) { return raised }
        if let subject, !plausible(subject, cue: cue.range, text) { return nil }
        var inherits: Int?
        var speaker = subject
        if subject == nil, cue.range.lowerBound - 1 > sentence.lowerBound, ["and", "but"].contains(text.words[cue.range.lowerBound - 1]) {
            // "The minister called it a “barbaric act” and said …": the coordinated verb shares the subject.
            // When the subject is out of reach (a long first verb phrase), the attribution stands without one.
            speaker = clauseSubject(before: cue.range.lowerBound - 1, sentence: sentence, text)
        } else if subject == nil, cue.range.lowerBound == sentence.lowerBound, text.words[cue.range.lowerBound] == "asked",
            let comma = (cue.range.upperBound..<last).first(where: { text.words[$0] == "," && text.quotationOf[$0] < 0 }),
            comma - cue.range.upperBound >= 2
        {
            // "Asked about his paid speeches, Huckabee's campaign said …": the question, put to the main clause's subject.
            let content = cue.range.upperBound
            return Attribution(kind: .indirect, parts: [trimmed(content..<comma, text)], cue: cue.range, speaker: speakerAfter(comma + 1, text), inherits: nil)
        } else if subject == nil {
            // A participle with no subject of its own: "…, adding that …", "Adding that …".
            let word = text.words[cue.range.lowerBound]
            let previous = cue.range.lowerBound - 1
            guard word.hasSuffix("ing"), previous < sentence.lowerBound || text.words[previous] == "," else {
                // "…, said Antonov." — the content is the clause before.
                if previous >= sentence.lowerBound, text.words[previous] == ",", cue.strength == .speech,
                    let after = speakerAfter(cue.range.upperBound, text), after.upperBound >= last - 1 || text.words[after.upperBound] == ",",
                    previous - sentence.lowerBound >= 3
                {
                    return Attribution(kind: .indirect, parts: [trimmed(sentence.lowerBound..<previous, text)], cue: cue.range, speaker: after, inherits: nil)
                }
                return nil
            }
            guard let host = found.lastIndex(where: { $0.content.lowerBound < cue.range.lowerBound && $0.kind != .partial }) else { return nil }
            speaker = nil
            inherits = found[host].speaker == nil ? found[host].inherits : host
            if inherits == nil && found[host].speaker == nil { return nil }
        }
        var start = cue.range.upperBound
        // "…, the authority said on Sunday, after …": a speaker after a comma reports the clause before.
        if let speaker, cue.strength != .stance, speaker.lowerBound - 1 >= sentence.lowerBound + 3, text.words[speaker.lowerBound - 1] == ",",
            text.quotationOf[speaker.lowerBound - 1] < 0, self.cue(at: sentence.lowerBound, text) == nil,
            let pause = (start..<min(last + 1, start + 5)).first(where: { $0 == last || text.words[$0] == "," }),
            !(start..<pause).contains(where: { text.words[$0] == "that" })
        {
            // "It was impossible, Gabuyev said, so the leaders decided …": a parenthetical attribution
            // reports the whole sentence around it.
            // Not an adjunct after the attribution: "…, the ministry said on Sunday, after talks failed".
            let adjunct = pause + 1 < last && (Self.adjunctOpeners.contains(text.words[pause + 1]) || text.words[pause + 1].hasSuffix("ing"))
            let resumes = pause < last && last - pause > 3 && cue.strength == .speech && !adjunct
            let content = resumes ? sentence.lowerBound..<last : sentence.lowerBound..<(speaker.lowerBound - 1)
            return Attribution(kind: .indirect, parts: [trimmed(content, text)], cue: cue.range, speaker: speaker, inherits: inherits)
        }
        // "said in a statement that", "told reporters on Thursday that": skip to a near "that".
        if let that = (start..<min(last, start + 8)).first(where: { text.words[$0] == "that" }),
            (start..<that).allSatisfy({ isAdverbial($0, text) })
        {
            start = that
        } else if Vocabulary.addresseeVerbs.contains(text.words[cue.range.lowerBound]), start < last,
            Self.questionWords.contains(text.words[start])
        {
            // "asked whether the deal would survive", "asked about his speeches": the question is the content.
        } else if Vocabulary.addresseeVerbs.contains(text.words[cue.range.lowerBound]),
            let that = (start..<min(last, start + 7)).first(where: { text.words[$0] == "that" }),
            (start..<that).allSatisfy({ !text.punctuation[$0] && text.quotationOf[$0] < 0 && self.cue(at: $0, text) == nil })
        {
            // "told the raucous crowd that …": the addressee may be any short phrase.
            start = that
        } else if Vocabulary.addresseeVerbs.contains(text.words[cue.range.lowerBound]) {
            // "told reporters:", "warned him," "told CNN the bridge…" — the addressee is not content.
            var skip = start
            while skip < min(last, start + 5), !text.punctuation[skip] { skip += 1 }
            if skip < last, text.words[skip] == ":" || text.words[skip] == "," {
                start = skip + 1
            } else {
                skip = start
                while skip < min(last, start + 4), text.capitalised[skip] || Vocabulary.adverbialWords.contains(text.words[skip])
                    || Vocabulary.isPossessive(text.words[skip]) || Vocabulary.determiners.contains(text.words[skip]) && skip + 1 < last && text.capitalised[skip + 1]
                {
                    skip += 1
                }
                guard skip > start else { return nil }
                start = skip
            }
        } else if start < last, text.words[start] == ":" || text.words[start] == "," {
            start += 1
        } else if cue.strength == .belief {
            // "hopes the ads will help", "declined to comment": a bare clause or an infinitive after some belief verbs.
            let verb = text.words[cue.range.upperBound - 1]
            let bare = Vocabulary.bareClauseVerbs.contains(verb) && startsClause(start, text)
            // Active only: "Work is expected to begin" says nothing of who expects it.
            let passive = cue.range.lowerBound > 0 && Self.beForms.contains(text.words[cue.range.lowerBound - 1])
            let infinitive = Vocabulary.controlVerbs.contains(verb) && start < last && text.words[start] == "to" && !passive
            if !bare && !infinitive {
                return contentBefore(cue: cue, speaker: speaker, inherits: inherits, sentence: sentence, last: last, text)
            }
        }
        // A stance verb's object may be short ("endorsed Sanders"); reported speech is a clause.
        let shortest = cue.strength == .stance ? 1 : 3
        if last - start >= shortest, !text.punctuation[start] || text.quotationOf[start] >= 0 {
            // Content stops where a participle starts a new attribution: "…, adding that …".
            var end = last
            if let participle = (start..<last).first(where: { $0 > start + 2 && text.words[$0 - 1] == "," && text.words[$0].hasSuffix("ing") && Vocabulary.cueWords[text.words[$0]] == .speech }) {
                end = participle - 1
            }
            // …and before a coordinated clause with a cue of its own: "criticized the policy and said …".
            end = min(end, nextAttribution(after: start, before: end, text))
            // "When Trump suggested that Cuba would sue, Rubio fired back": a fronted clause ends at its comma.
            if Self.subordinators.contains(text.words[sentence.lowerBound]), sentence.lowerBound < cue.range.lowerBound,
                let comma = (start..<end).first(where: { text.words[$0] == "," && text.quotationOf[$0] < 0 }), comma - start >= 2
            {
                end = comma
            }
            guard end - start >= min(2, shortest) else { return nil }
            return Attribution(kind: .indirect, parts: [trimmed(start..<end, text)], cue: cue.range, speaker: speaker, inherits: inherits, impersonal: speaker.map { isImpersonal($0, cue.range, text) } ?? false)
        }
        if cue.strength == .speech {
            return contentBefore(cue: cue, speaker: speaker, inherits: inherits, sentence: sentence, last: last, text)
        }
        return nil
    }

    /// A headline of the form "NAME: words" (a paragraph of one sentence with no closing
    /// punctuation): the words are the named person's.
    private func headline(_ sentence: Range<Int>, _ text: Text) -> Attribution? {
        guard sentence.count >= 4, text.paragraphStart[sentence.lowerBound],
            sentence.upperBound >= text.count || text.paragraphStart[sentence.upperBound],
            let final = text.words[sentence.upperBound - 1].utf8.first, final != UInt8(ascii: "."), final != UInt8(ascii: "!"),
            let colon = (sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 8)).first(where: { text.words[$0] == ":" && text.quotationOf[$0] < 0 }),
            colon > sentence.lowerBound, sentence.upperBound - colon > 2
        else { return nil }
        // The name: up to four capitalised words right before the colon ("EXCLUSIVE – Roger Stone").
        var first = colon
        while first > sentence.lowerBound, colon - first < 4, text.capitalised[first - 1], !text.punctuation[first - 1] { first -= 1 }
        guard colon - first >= 2 || (colon - first == 1 && first == sentence.lowerBound) else { return nil }
        let before = sentence.lowerBound..<first
        guard before.allSatisfy({ text.capitalised[$0] || ["-", "–", "—", "|"].contains(text.words[$0]) }) else { return nil }
        return Attribution(kind: .indirect, parts: [trimmed((colon + 1)..<sentence.upperBound, text)], cue: colon..<(colon + 1), speaker: first..<colon, inherits: nil)
    }

    /// "Obama is expected to join Clinton", "the machine appears to have been broken": a raising
    /// verb before an infinitive reports the whole clause, its subject included, with no source.
    private func raising(cue: Cue, subject: Range<Int>?, sentence: Range<Int>, last: Int, _ text: Text) -> Attribution? {
        let verb = text.words[cue.range.lowerBound]
        let next = cue.range.upperBound
        guard cue.range.count == 1, Vocabulary.raisingVerbs.contains(verb), next + 1 < last, text.words[next] == "to",
            !text.punctuation[next + 1], !text.capitalised[next + 1], let subject
        else { return nil }
        // "expected" raises only as a passive ("is expected to"); "he expected to win" is his own hope.
        if verb == "expected", !(cue.range.lowerBound > 0 && Self.beForms.contains(text.words[cue.range.lowerBound - 1])) { return nil }
        // A pronoun subject is the speaker's own view ("I seem to remember"): leave it.
        if subject.count == 1, Vocabulary.pronouns[text.words[subject.lowerBound]] == .speaker { return nil }
        return Attribution(kind: .indirect, parts: [trimmed(subject.lowerBound..<last, text)], cue: cue.range, speaker: nil, inherits: nil, impersonal: true)
    }

    /// Where a later, coordinated clause with its own cue begins inside content from `start` to
    /// `end` ("… and said", ", and Brian Deese said"), or `end` when none does.
    private func nextAttribution(after start: Int, before end: Int, _ text: Text) -> Int {
        var token = start + 2
        while token < end {
            if text.quotationOf[token] < 0, text.words[token] == "and" || text.words[token] == "but" || text.words[token] == ";" {
                // The cue within a few words, with no "that" or punctuation in between (a subordinate report stays inside).
                var probe = token + 1
                while probe < min(end, token + 7), text.quotationOf[probe] < 0, !text.punctuation[probe], text.words[probe] != "that" {
                    if let cue = cue(at: probe, text), cue.strength != .belief, !text.words[probe].hasSuffix("ing") {
                        var cut = token
                        if cut > start, text.words[cut - 1] == "," { cut -= 1 }
                        return cut
                    }
                    probe += 1
                }
            }
            token += 1
        }
        return end
    }

    /// "…, the spokesman said." — the clause before a comma ahead of the speaker.
    private func contentBefore(cue: Cue, speaker: Range<Int>?, inherits: Int?, sentence: Range<Int>, last: Int, _ text: Text) -> Attribution? {
        guard let speaker, speaker.lowerBound - 1 > sentence.lowerBound + 2, text.words[speaker.lowerBound - 1] == "," else { return nil }
        // Only adverbials may follow the cue: "…, he said on Thursday."
        guard last - cue.range.upperBound <= 4 else { return nil }
        // "Asked about his speeches, the campaign said nothing": a fronted participle is an attribution of its own.
        guard self.cue(at: sentence.lowerBound, text) == nil else { return nil }
        return Attribution(kind: .indirect, parts: [trimmed(sentence.lowerBound..<(speaker.lowerBound - 1), text)], cue: cue.range, speaker: speaker, inherits: inherits)
    }

    /// Whether a token between a cue and its "that" can belong to an adverbial or addressee
    /// ("said in a statement on Thursday that", "told CNN's Jake Tapper that").
    private func isAdverbial(_ token: Int, _ text: Text) -> Bool {
        let word = text.words[token]
        if text.capitalised[token] || text.punctuation[token] && (word == "," || word == "." || Vocabulary.isPossessive(word)) { return true }
        if text.quotationOf[token] >= 0 { return true }
        // Dates and times: "said on Feb. 1 that", "said at 10 a.m. that".
        if let first = word.utf8.first, first &- 0x30 < 10 || word == "a.m." || word == "p.m." { return true }
        return Vocabulary.innerPrepositions.contains(word) || Vocabulary.determiners.contains(word) || Vocabulary.auxiliaries.contains(word)
            || Vocabulary.adverbialWords.contains(word) || Vocabulary.anonymousNouns.contains(word) || Vocabulary.documentNouns.contains(word)
            || Vocabulary.organisationNouns.contains(word)
    }

    /// True when a quotation ends inside its clause: no punctuation closes the quoted words,
    /// and at least two words of the sentence follow it directly ("“…” between Cruz and Trump").
    private func runsOn(_ quotation: QuotationScanner.Quotation, _ sentence: Range<Int>, _ text: Text) -> Bool {
        let next = quotation.close + 1
        guard quotation.close > quotation.open + 1, !text.punctuation[quotation.close - 1], next < sentence.upperBound,
            !text.punctuation[next], text.quotationOf[next] < 0
        else { return false }
        let trail = (next..<sentence.upperBound).filter { !text.punctuation[$0] }
        return trail.count >= 2
    }

    /// Where a sentence's content ends: before its closing punctuation.
    private func contentEnd(_ sentence: Range<Int>, _ text: Text) -> Int {
        var last = sentence.upperBound
        while last > sentence.lowerBound, text.punctuation[last - 1], text.quotationOf[last - 1] < 0 { last -= 1 }
        return last
    }

    /// A content range without leading or trailing commas and dashes.
    private func trimmed(_ range: Range<Int>, _ text: Text) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text.punctuation[lower], text.quotationOf[lower] < 0 { lower += 1 }
        while upper > lower, text.punctuation[upper - 1], text.quotationOf[upper - 1] < 0 { upper -= 1 }
        return lower..<upper
    }

    /// "It is believed", "it was reported": a cue with a dummy subject and a passive verb.
    private func isImpersonal(_ speaker: Range<Int>, _ cue: Range<Int>, _ text: Text) -> Bool {
        guard speaker.count == 1, Vocabulary.impersonal.contains(text.words[speaker.lowerBound]) else { return false }
        return (speaker.upperBound..<cue.lowerBound).contains { ["is", "was", "been", "be", "are", "were"].contains(text.words[$0]) }
    }

    // MARK: - Speakers

    /// The noun phrase that ends right before the cue (auxiliaries and adverbs between them
    /// skipped): a pronoun, a name, or a description with its prepositional and relative parts
    /// ("a source familiar with the talks", "officials who spoke on condition of anonymity").
    func speakerBefore(_ cue: Int, lowerBound: Int, _ text: Text, parenthetical: Bool = true) -> Range<Int>? {
        var head = cue - 1
        while head >= lowerBound, Vocabulary.auxiliaries.contains(text.words[head]) || text.words[head] == "not" || text.words[head] == "n't" {
            head -= 1
        }
        guard head >= lowerBound, text.quotationOf[head] < 0 else { return nil }
        let word = text.words[head]
        if word == ")" {
            var open = head - 1
            while open > lowerBound, head - open < 8, text.words[open] != "(" { open -= 1 }
            guard open > lowerBound, text.words[open] == "(" else { return nil }
            return speakerBefore(open, lowerBound: lowerBound, text, parenthetical: parenthetical).map { $0.lowerBound..<(head + 1) }
        }
        if word == ",", parenthetical {
            // "US officials, on condition of anonymity, acknowledge"; "Peskov, the Kremlin spokesman, said".
            var open = head - 1
            while open > lowerBound, head - open <= 20, text.words[open] != ",",
                !text.punctuation[open] || [".", "(", ")", "-"].contains(text.words[open]) || Vocabulary.isPossessive(text.words[open])
            {
                let participial = text.words[open + 1].hasSuffix("ing") && text.words[open] == ","
                if Vocabulary.cueWords[text.words[open]] != nil && !text.capitalised[open] && !participial && !text.words[open].hasSuffix("ing") { return nil }
                open -= 1
            }
            guard open > lowerBound, open < head - 1, text.words[open] == "," else { return nil }
            // The whole apposition is the speaker phrase; the resolver picks the name in it.
            return speakerBefore(open, lowerBound: lowerBound, text, parenthetical: false).map { $0.lowerBound..<head }
        }
        if let pronoun = Vocabulary.pronouns[word] {
            guard pronoun != .relative else {
                // "Antonov, who said …": the relative pronoun stands for the phrase before it.
                var end = head
                if end - 1 >= lowerBound, text.words[end - 1] == "," { end -= 1 }
                return speakerBefore(end, lowerBound: lowerBound, text).flatMap { $0.upperBound == end ? $0 : nil }
            }
            return ["his", "her", "their", "its"].contains(word) ? nil : head..<(head + 1)
        }
        guard !text.punctuation[head] || Vocabulary.isPossessive(word), !Vocabulary.phraseBreakers.contains(word) || text.capitalised[head] else { return nil }
        var start = head
        var token = head - 1
        while token >= lowerBound, head - token < 14 {
            let current = text.words[token]
            if text.quotationOf[token] >= 0 { break }
            if current == ")" {
                // "Sen. Marco Rubio (R-Fla.)": skip the parenthesis.
                var open = token - 1
                while open > lowerBound, token - open < 8, text.words[open] != "(" { open -= 1 }
                guard open >= lowerBound, text.words[open] == "(" else { break }
                token = open - 1
                continue
            } else if text.punctuation[token] {
                guard Vocabulary.isPossessive(current) || current == "-" || current == "&" else { break }
            } else if Vocabulary.determiners.contains(current) && !text.capitalised[token] || current == "the" {
                start = token
                // "a spokesman for the ministry": the phrase goes on over a preposition.
                if token - 1 >= lowerBound, Vocabulary.innerPrepositions.contains(text.words[token - 1]) {
                    token -= 1
                    continue
                }
                break
            } else if Vocabulary.innerPrepositions.contains(current) && !text.capitalised[token] {
                // "a spokesman for the ministry": carry on to the noun the preposition follows.
                token -= 1
                continue
            } else if current == "who" || current == "which" || current == "that" {
                // "officials who spoke on condition of anonymity": take the antecedent too.
                guard token - 1 >= lowerBound, !text.punctuation[token - 1] || text.words[token - 1] == "," else { break }
                token -= text.words[token - 1] == "," ? 2 : 1
                continue
            } else if Vocabulary.phraseBreakers.contains(current) && !text.capitalised[token] {
                break
            } else if token == text.sentence(of: token).lowerBound, Self.subordinators.contains(current) {
                // "When Trump suggested …": the subordinator opens the clause, it is not part of the subject.
                break
            } else if Vocabulary.cueWords[current] != nil && !text.capitalised[token] && !Vocabulary.innerPrepositions.contains(text.words[token + 1]) {
                break
            }
            start = token
            token -= 1
        }
        // A phrase that starts with a preposition lost its head: drop the preposition.
        while start < head, Vocabulary.innerPrepositions.contains(text.words[start]) && !text.capitalised[start] { start += 1 }
        return start..<(head + 1)
    }

    /// The noun phrase right after an inverted cue or "according to": "said Antonov", "said the
    /// diplomat", "according to a spokesman for the ministry".
    func speakerAfter(_ start: Int, _ text: Text) -> Range<Int>? {
        guard start < text.count, !text.paragraphStart[start] || start == 0, text.quotationOf[start] < 0 else { return nil }
        let first = text.words[start]
        if let pronoun = Vocabulary.pronouns[first], [.male, .female, .plural].contains(pronoun), !["his", "her", "their", "him"].contains(first) {
            return start..<(start + 1)
        }
        guard text.capitalised[start] || Vocabulary.determiners.contains(first) || !Vocabulary.phraseBreakers.contains(first) && !text.punctuation[start] else { return nil }
        guard text.capitalised[start] || !Vocabulary.innerPrepositions.contains(first) else { return nil }
        var end = start
        while end < text.count, end - start < 12, !text.paragraphStart[end] || end == start, text.quotationOf[end] < 0 {
            let word = text.words[end]
            if text.punctuation[end] && !Vocabulary.isPossessive(word) && word != "-" && word != "&" { break }
            if Vocabulary.phraseBreakers.contains(word) && !text.capitalised[end] && end > start { break }
            if Vocabulary.cueWords[word] != nil && !text.capitalised[end] && end > start && !Vocabulary.determiners.contains(text.words[end - 1]) { break }
            if Vocabulary.innerPrepositions.contains(word) && !text.capitalised[end] {
                // A preposition continues the phrase only before another noun phrase.
                guard end + 1 < text.count, !text.punctuation[end + 1], !Vocabulary.phraseBreakers.contains(text.words[end + 1]) else { break }
            }
            end += 1
        }
        while end > start, Vocabulary.innerPrepositions.contains(text.words[end - 1]) || Vocabulary.determiners.contains(text.words[end - 1]) { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// Whether a phrase before a cue can be its speaker. Cue forms in -s are also plural nouns
    /// ("reliable reports that", "his claims that"), so with them the phrase must be a pronoun,
    /// a name, or a noun that says or writes things.
    func plausible(_ speaker: Range<Int>, cue: Range<Int>, _ text: Text) -> Bool {
        if speaker.count == 1, let pronoun = Vocabulary.pronouns[text.words[speaker.lowerBound]] {
            return pronoun != .relative
        }
        let sentenceStart = text.sentence(of: speaker.lowerBound).lowerBound
        for token in speaker {
            let word = text.words[token]
            if text.capitalised[token], token != sentenceStart || !Vocabulary.determiners.contains(word) { return true }
            if Vocabulary.anonymousNouns.contains(word) || Vocabulary.organisationNouns.contains(word) || Vocabulary.documentNouns.contains(word)
                || Vocabulary.roles[word] != nil
            {
                return true
            }
        }
        guard cue.count == 1 else { return true }
        let cueWord = text.words[cue.lowerBound]
        // "The billionaire businessman says", "another says": a singular noun phrase agrees with a cue in -s.
        let opener = text.words[speaker.lowerBound]
        let head = text.words[speaker.upperBound - 1]
        if cueWord.hasSuffix("s"), Vocabulary.determiners.contains(opener) || opener == "the" || opener == "another",
            speaker.count == 1 || (!head.hasSuffix("s") && !text.punctuation[speaker.upperBound - 1])
        {
            return true
        }
        return !cueWord.hasSuffix("s") && !cueWord.hasSuffix("ing")
    }

}
