/// Rule (2): reported speech — the content a cue governs, its boundaries, headlines and
/// raising verbs.
extension AttributionFinder {
    func reported(cue: Cue, sentence: Range<Int>, _ text: Text, found: [Attribution]) -> Attribution? {
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
    func headline(_ sentence: Range<Int>, _ text: Text) -> Attribution? {
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
    func raising(cue: Cue, subject: Range<Int>?, sentence: Range<Int>, last: Int, _ text: Text) -> Attribution? {
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
    func nextAttribution(after start: Int, before end: Int, _ text: Text) -> Int {
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
    func contentBefore(cue: Cue, speaker: Range<Int>?, inherits: Int?, sentence: Range<Int>, last: Int, _ text: Text) -> Attribution? {
        guard let speaker, speaker.lowerBound - 1 > sentence.lowerBound + 2, text.words[speaker.lowerBound - 1] == "," else { return nil }
        // Only adverbials may follow the cue: "…, he said on Thursday."
        guard last - cue.range.upperBound <= 4 else { return nil }
        // "Asked about his speeches, the campaign said nothing": a fronted participle is an attribution of its own.
        guard self.cue(at: sentence.lowerBound, text) == nil else { return nil }
        return Attribution(kind: .indirect, parts: [trimmed(sentence.lowerBound..<(speaker.lowerBound - 1), text)], cue: cue.range, speaker: speaker, inherits: inherits)
    }

    /// Whether a token between a cue and its "that" can belong to an adverbial or addressee
    /// ("said in a statement on Thursday that", "told CNN's Jake Tapper that").
    func isAdverbial(_ token: Int, _ text: Text) -> Bool {
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
    func runsOn(_ quotation: QuotationScanner.Quotation, _ sentence: Range<Int>, _ text: Text) -> Bool {
        let next = quotation.close + 1
        guard quotation.close > quotation.open + 1, !text.punctuation[quotation.close - 1], next < sentence.upperBound,
            !text.punctuation[next], text.quotationOf[next] < 0
        else { return false }
        let trail = (next..<sentence.upperBound).filter { !text.punctuation[$0] }
        return trail.count >= 2
    }

    /// Where a sentence's content ends: before its closing punctuation.
    func contentEnd(_ sentence: Range<Int>, _ text: Text) -> Int {
        var last = sentence.upperBound
        while last > sentence.lowerBound, text.punctuation[last - 1], text.quotationOf[last - 1] < 0 { last -= 1 }
        return last
    }

    /// A content range without leading or trailing commas and dashes.
    func trimmed(_ range: Range<Int>, _ text: Text) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text.punctuation[lower], text.quotationOf[lower] < 0 { lower += 1 }
        while upper > lower, text.punctuation[upper - 1], text.quotationOf[upper - 1] < 0 { upper -= 1 }
        return lower..<upper
    }

    /// "It is believed", "it was reported": a cue with a dummy subject and a passive verb.
    func isImpersonal(_ speaker: Range<Int>, _ cue: Range<Int>, _ text: Text) -> Bool {
        guard speaker.count == 1, Vocabulary.impersonal.contains(text.words[speaker.lowerBound]) else { return false }
        return (speaker.upperBound..<cue.lowerBound).contains { ["is", "was", "been", "be", "are", "were"].contains(text.words[$0]) }
    }
}
