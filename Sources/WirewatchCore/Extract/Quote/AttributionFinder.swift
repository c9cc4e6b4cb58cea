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
/// its speaker; a quotation standing alone as a paragraph continues the last speaker. Before
/// them all, (0) a transcript's labelled paragraphs are turns, each a direct quote.
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
        /// Whether a cue may start at each token: its word begins a cue phrase or is a cue word.
        /// Read once per article, since the rules ask `cue(at:)` of a token several times and
        /// most tokens are no cue.
        let mayStartCue: [Bool]
        /// The paragraphs that open with a transcript's speaker label, in text order.
        let transcriptLabels: [TranscriptLabel]

        init(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], words: [String], capitalised: [Bool], sentences: [Range<Int>]) {
            self.words = words
            self.capitalised = capitalised
            punctuation = tokens.map { $0.kind == .punctuation || $0.kind == .symbol }
            let paragraphStart = tokens.indices.map { QuotationScanner.startsParagraph(bytes, tokens, $0) }
            self.paragraphStart = paragraphStart
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
            let starts = Vocabulary.cueStarts
            mayStartCue = words.map { starts.contains($0) }
            transcriptLabels = paragraphStart.indices.compactMap { token in
                paragraphStart[token] ? AttributionFinder.transcriptLabel(bytes, tokens, words: words, at: token) : nil
            }
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

        // (0) A transcript's turns; the quotations that open them, and the cues inside them, are theirs.
        let turns = transcriptTurns(text)
        if let first = turns.first?.speaker?.lowerBound, let last = turns.last?.content.upperBound {
            // Marked per token, so that an article of many turns and quotations stays linear.
            var inTurn = [Bool](repeating: false, count: text.count)
            for turn in turns {
                // From the paragraph's start: the opening mark and the label are the turn's too.
                var start = turn.speaker?.lowerBound ?? turn.content.lowerBound
                while start > 0, !text.paragraphStart[start] { start -= 1 }
                for token in start..<turn.content.upperBound { inTurn[token] = true }
                for token in turn.content { usedCue[token] = true }
            }
            for (index, quotation) in text.quotations.enumerated() where inTurn[quotation.open] || (quotation.open < first && quotation.close >= last) {
                handled[index] = true
            }
            found = turns
        }

        // (1) Direct quotes with an adjacent attribution.
        var index = 0
        while index < text.quotations.count {
            if handled[index] {
                index += 1
                continue
            }
            let quotation = text.quotations[index]
            let range = quotation.open..<(quotation.close + 1)
            if var attribution = after(quotation, text) ?? before(quotation, text) {
                attribution.parts = [range]
                // “…,” he said. “…” — the next quotation continues this one unless it has its own attribution.
                var following = index + 1
                if let cue = attribution.cue, cue.lowerBound > quotation.close, index + 1 < text.quotations.count {
                    let end = max(cue.upperBound, attribution.speaker?.upperBound ?? 0)
                    // A title quoted inside the attribution ("he said on NBC's “Meet the Press.” “…”")
                    // is not the quote's second part: look past it.
                    while following + 1 < text.quotations.count, following < index + 3, text.quotations[following].open > end,
                        !text.paragraphStart[text.quotations[following].open], !text.punctuation[text.quotations[following].open - 1]
                    {
                        following += 1
                    }
                    let next = text.quotations[following]
                    // The attribution may run on ("said Sara Fagen, a Republican strategist.") up to
                    // the next quotation in its paragraph, if no other cue comes first.
                    let gap = end..<next.open
                    let sameParagraph = !gap.contains { text.paragraphStart[$0] } && !text.paragraphStart[next.open]
                    // A cue word inside an adjunct ("in a Friday tweet", "when asked if …") or a
                    // quoted title is no new attribution, nor is the report's own source ("…, the judge
                    // said, according to the Post. “…”").
                    let quiet = !gap.contains {
                        guard text.quotationOf[$0] < 0, let found = self.cue(at: $0, text), found.strength == .speech, !found.according else { return false }
                        return !($0 > 0 && Self.adjunctWords.contains(text.words[$0 - 1])) && !($0 > 1 && ["a", "an", "the"].contains(text.words[$0 - 2]))
                    }
                    // A colon introduces a quote of its own: "…,” Trump said before adding: “…”".
                    let introduced = text.words[next.open - 1] == ":"
                    if sameParagraph, quiet, !introduced, gap.count <= 40, next.open > 0, text.punctuation[next.open - 1],
                        after(next, text) == nil
                    {
                        attribution.parts.append(next.open..<(next.close + 1))
                        handled[following] = true
                    } else {
                        following = index + 1
                    }
                }
                if let cue = attribution.cue { for token in cue { usedCue[token] = true } }
                // "Trump's misinformation may be “strategic,” said Hemsley": the quote finishes a
                // clause that began outside it, so the clause is the content and the quote a part of it.
                let sentence = text.sentence(of: quotation.open)
                // The clause starts after a parenthesis, dash, colon or semicolon: "… Hussein - ''He would have loved Stalin,'' Mr. Biden said".
                let opener = (sentence.lowerBound..<quotation.open).last { Self.clauseOpeners.contains(text.words[$0]) && text.quotationOf[$0] < 0 }
                let lead = ((opener.map { $0 + 1 } ?? sentence.lowerBound)..<quotation.open).filter { !text.punctuation[$0] && text.quotationOf[$0] < 0 }
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
                index = attribution.parts.count > 1 ? following + 1 : index + 1
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
        // The searches below look only at attributions whose content starts near the quotation:
        // those found so far by where their content starts, and the direct quotes this step adds
        // (in text order), so that an article of many quotations stays near linear. No content
        // is longer than the longest of its kind, which bounds how far back one can start.
        let order = found.indices.sorted { (found[$0].content.lowerBound, $0) < (found[$1].content.lowerBound, $1) }
        let starts = order.map { found[$0].content.lowerBound }
        var added: [Int] = []
        var addedStarts: [Int] = []
        let longestIndirect = found.lazy.filter { $0.kind == .indirect }.map(\.content.count).max() ?? 0
        var longestDirect = found.lazy.filter { $0.kind == .direct }.map(\.content.count).max() ?? 0
        func startingIn(from lower: Int, to upper: Int) -> [Int] {
            startingIn(max(0, lower)..<max(max(0, lower), upper))
        }
        func startingIn(_ window: Range<Int>) -> [Int] {
            guard !window.isEmpty else { return [] }
            let from = starts.partitionPoint { $0 < window.lowerBound }
            let to = starts.partitionPoint { $0 < window.upperBound }
            let addedFrom = addedStarts.partitionPoint { $0 < window.lowerBound }
            let addedTo = addedStarts.partitionPoint { $0 < window.upperBound }
            return Array(order[from..<max(from, to)]) + Array(added[addedFrom..<max(addedFrom, addedTo)])
        }
        for (index, quotation) in text.quotations.enumerated() where !handled[index] {
            let range = quotation.open..<(quotation.close + 1)
            if let host = startingIn(from: range.lowerBound - longestIndirect, to: range.upperBound).filter({ candidate in
                // Nothing but punctuation outside the quotation: "saying, “…”", "adding: “…”".
                let attribution = found[candidate]
                return attribution.kind == .indirect && !isStance(attribution.cue, text) && attribution.content.overlaps(range)
                    && !attribution.content.contains { !range.contains($0) && !text.punctuation[$0] }
            }).max() {
                // "He continued, “…”": reported content that is all quotation is a direct quote.
                found[host].kind = .direct
                longestDirect = max(longestDirect, found[host].content.count)
                continue
            }
            // The outermost report holds the fragment: in "She said both sides agreed to “keep working”" the words are hers.
            if let host = startingIn(from: range.upperBound - longestIndirect, to: range.lowerBound + 1).filter({
                found[$0].kind == .indirect && found[$0].content.lowerBound <= range.lowerBound && range.upperBound <= found[$0].content.upperBound
            }).min() {
                found.append(Attribution(kind: .partial, parts: [range], cue: found[host].cue, speaker: found[host].speaker, inherits: found[host].speaker == nil ? found[host].inherits ?? host : nil, impersonal: found[host].impersonal))
                continue
            }
            let sentence = text.sentence(of: quotation.open)
            let standsAlone = quotation.open == sentence.lowerBound || text.paragraphStart[quotation.open]
            let words = (quotation.open + 1..<quotation.close).filter { !text.punctuation[$0] }.count
            if standsAlone, words >= 3 {
                // A paragraph of quotation with no cue continues the last direct speaker nearby.
                let paragraph = text.paragraph(of: quotation.open)
                let reach = text.paragraph(of: max(0, paragraph.lowerBound - 1)).lowerBound
                let previous = startingIn(from: reach - longestDirect, to: range.lowerBound + 1).filter {
                    found[$0].kind == .direct && found[$0].content.upperBound <= range.lowerBound && found[$0].content.upperBound >= reach
                }.max()
                if let previous, quotation.open == paragraph.lowerBound, found[previous].content.upperBound == paragraph.lowerBound {
                    // The last speaker's quote ended its paragraph and this one opens the next: one quote, one more part.
                    found[previous].parts.append(range)
                    longestDirect = max(longestDirect, found[previous].content.count)
                } else if let previous, text.paragraph(of: found[previous].content.upperBound - 1) == paragraph,
                    (found[previous].content.upperBound..<quotation.open).filter({ !text.punctuation[$0] }).count <= 40,
                    !startingIn(found[previous].content.upperBound..<quotation.open).contains(where: { found[$0].kind != .partial })
                {
                    // "“…,” said Ruiz, who noted that …. “…”": a quotation with no cue later in the
                    // paragraph of the last quote, with no other attribution between, goes on with it.
                    found[previous].parts.append(range)
                    longestDirect = max(longestDirect, found[previous].content.count)
                } else {
                    found.append(Attribution(kind: .direct, parts: [range], cue: nil, speaker: nil, inherits: previous))
                    added.append(found.count - 1)
                    addedStarts.append(range.lowerBound)
                    longestDirect = max(longestDirect, range.count)
                }
            } else if words >= 2, let host = partialHost(of: range, text, found, startingIn) {
                found.append(Attribution(kind: .partial, parts: [range], cue: found[host].cue, speaker: found[host].speaker, inherits: found[host].speaker == nil ? found[host].inherits ?? host : nil))
            }
        }
        // Trimming can leave a part with no tokens ("NAME: ,"): such an attribution is dropped,
        // since it has nothing to attribute (and an empty token range has no byte span).
        let kept = found.indices.filter { index in
            let attribution = found[index]
            return !attribution.parts.isEmpty && attribution.parts.allSatisfy { !$0.isEmpty } && !(attribution.cue?.isEmpty ?? false)
                && !(attribution.speaker?.isEmpty ?? false)
        }
        return Self.inTextOrder(found, keeping: kept)
    }

    /// The last attribution (in `found`'s order), not a fragment, whose content starts in the
    /// sentence of the quotation at `range`: the report a quoted fragment belongs to.
    private func partialHost(of range: Range<Int>, _ text: Text, _ found: [Attribution], _ startingIn: (Range<Int>) -> [Int]) -> Int? {
        let sentence = text.sentenceOf[range.lowerBound]
        let isHost: (Int) -> Bool = { found[$0].kind != .partial && text.sentenceOf[found[$0].content.lowerBound] == sentence }
        // A token outside every sentence (none is, after the splitter) is compared with all.
        guard sentence >= 0 else { return found.indices.last(where: isHost) }
        return startingIn(text.sentences[sentence]).filter(isHost).max()
    }

    /// The attributions at `kept` in text order, with `inherits` pointing at the same
    /// attributions as before sorting (nil when that one was not kept).
    static func inTextOrder(_ found: [Attribution], keeping kept: [Int]) -> [Attribution] {
        let order = kept.sorted {
            (found[$0].content.lowerBound, found[$0].content.upperBound, $0) < (found[$1].content.lowerBound, found[$1].content.upperBound, $1)
        }
        var position = [Int?](repeating: nil, count: found.count)
        for (new, old) in order.enumerated() { position[old] = new }
        return order.map { old in
            var attribution = found[old]
            attribution.inherits = attribution.inherits.flatMap { position[$0] }
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
        guard text.mayStartCue[token] else { return nil }
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
        if token + 1 < text.count, Vocabulary.modifiedNouns.contains(text.words[token + 1]) { return nil }
        if strength == .stance, token + 1 < text.count {
            let next = text.words[token + 1]
            // A passive ("was rejected by", "were accused of") has the object as its subject; "thanks to" is a preposition;
            // "the men accused of fraud" is a reduced relative, not an accusation by the men.
            if token > 0, Self.beForms.contains(text.words[token - 1]), next == "by" || next == "of" || next == "as" { return nil }
            if word == "thanks" && next == "to" { return nil }
            if word.hasSuffix("ed") && (next == "of" || next == "by") { return nil }
        }
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

    /// Punctuation after which a new clause starts inside a sentence.
    static let clauseOpeners: Set<String> = ["(", "-", "—", "–", "--", ":", ";"]

    /// Words before a cue word that put it in an adjunct ("in a tweet", "when asked").
    static let adjunctWords = adjunctOpeners.union(subordinators)

    /// Forms of "be", before a passive participle.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]

    /// Whether a cue is a stance verb ("what it calls “…”" quotes a phrase, it is not a direct quote).
    func isStance(_ cue: Range<Int>?, _ text: Text) -> Bool {
        guard let cue else { return false }
        let word = text.words[cue.lowerBound]
        return Vocabulary.cueWords[word] == .stance || (cue.count == 2 && Vocabulary.stanceParticles[word] != nil)
    }

    /// A capitalised cue in a Title Case headline, between capitalised words: "Hollande Says
    /// Trump …", "Maher Tells Guest …", "…, Graham Says". Third-person forms only, so that names
    /// ("Said") stay names.
    func isHeadlineCue(_ token: Int, _ text: Text) -> Bool {
        guard token > 0, text.words[token].hasSuffix("s"), text.capitalised[token - 1] else { return false }
        // "…, Lindsey Graham Says": the cue may end the headline.
        let endsHeadline = token + 1 == text.count || text.paragraphStart[token + 1]
            || (text.words[token + 1] == "." && (token + 2 == text.count || text.paragraphStart[token + 2]))
        guard endsHeadline || text.capitalised[token + 1] || Vocabulary.pronouns[text.words[token + 1]] != nil else { return false }
        let paragraph = text.paragraph(of: token)
        guard paragraph.count <= 40, let last = paragraph.last else { return false }
        // A headline has no full stop, or only a final one, and most of its words capitalised.
        let words = paragraph.filter { !text.punctuation[$0] }
        let capitals = words.filter { text.capitalised[$0] }.count
        return capitals * 3 >= words.count * 2 && !paragraph.dropLast().contains { text.words[$0] == "." } && last >= token
    }

    /// Whether the word at `token` follows a determiner or possessive, and so is a noun ("the plans").
    func isNoun(_ token: Int, _ text: Text) -> Bool {
        guard token > 0, text.quotationOf[token - 1] < 0 else { return false }
        let previous = text.words[token - 1]
        return Vocabulary.determiners.contains(previous) || previous == "the" || Vocabulary.isPossessive(previous)
    }

    /// Whether the word before "called" can end its subject: a name, a pronoun, an auxiliary or
    /// a conjunction ("Beck called", "who called", "has called", "and called"), not a common noun
    /// that "called" would name ("a group called Moms").
    func labelSubject(_ token: Int, _ text: Text) -> Bool {
        let word = text.words[token]
        if text.capitalised[token] && !text.punctuation[token] { return true }
        return Vocabulary.pronouns[word] != nil || Vocabulary.auxiliaries.contains(word) || word == "and" || word == "also"
    }

    /// Whether a bare clause may start at `token`: a subject pronoun, a determiner, a name,
    /// "there" or a wh-word ("hope the ads will help", "fear they will lose").
    func startsClause(_ token: Int, _ text: Text) -> Bool {
        guard token < text.count, text.quotationOf[token] < 0 || text.quotations[text.quotationOf[token]].open == token else { return false }
        let word = text.words[token]
        if ["he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those", "what", "how", "why", "whether", "if", "who"].contains(word) {
            return true
        }
        return Vocabulary.determiners.contains(word) || (text.capitalised[token] && !text.punctuation[token])
    }

    /// A multi-word cue whose last token is `token` ("went on to say").
    func cue(endingAt token: Int, _ text: Text) -> Cue? {
        guard Vocabulary.cueEnds.contains(text.words[token]) else { return nil }
        for phrase in Vocabulary.cuePhrases where phrase.count > 1 && token - phrase.count + 1 >= 0 && phrase[phrase.count - 1] == text.words[token] {
            let first = token - phrase.count + 1
            if let cue = cue(at: first, text), cue.range.upperBound == token + 1 { return cue }
        }
        return nil
    }
}
