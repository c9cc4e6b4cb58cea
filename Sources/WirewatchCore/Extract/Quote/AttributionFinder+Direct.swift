/// Rule (1): direct quotes with the attribution after them ("…,” he said"), before them ("He
/// said: “…”", a name and a colon) or running on inside their clause.
extension AttributionFinder {
    /// "…,” he said" / "…,” said Antonov" / "…,” the diplomat told reporters".
    func after(_ quotation: QuotationScanner.Quotation, _ text: Text) -> Attribution? {
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
        while token < min(text.count, start + 24), !text.paragraphStart[token] || token == start {
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
    func before(_ quotation: QuotationScanner.Quotation, _ text: Text) -> Attribution? {
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
                // "Asked which county …, he demurred: “…”": the colon belongs to the clause after the comma.
                if mark == ":", between.contains(where: { text.words[$0] == "," }) { break }
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
                // "… when he brought up the bombing and later said, “…”": a coordinated verb shares the clause's subject.
                var verbStart = cue.range.lowerBound - 1
                while verbStart > sentence.lowerBound, Vocabulary.auxiliaries.contains(text.words[verbStart]) { verbStart -= 1 }
                if verbStart > sentence.lowerBound, text.words[verbStart] == "and" || text.words[verbStart] == "but",
                    let subject = clauseSubject(before: verbStart, sentence: sentence, text), namesSomeone(subject, text)
                {
                    return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: subject, inherits: nil)
                }
                if let speaker = speakerBefore(cue.range.lowerBound, lowerBound: sentence.lowerBound, text), plausible(speaker, cue: cue.range, text) {
                    return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: speaker, inherits: nil, impersonal: isImpersonal(speaker, cue.range, text))
                }
                if cue.range.upperBound <= end, let speaker = speakerAfter(cue.range.upperBound, text) {
                    return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: speaker, inherits: nil)
                }
                // "Mr. Trump was prompted to say, “…”": the name before the verbs the infinitive hangs on.
                if cue.range.lowerBound > sentence.lowerBound, text.words[cue.range.lowerBound - 1] == "to" {
                    var head = cue.range.lowerBound - 2
                    while head > sentence.lowerBound, cue.range.lowerBound - head <= 5, !text.capitalised[head], !text.punctuation[head],
                        Vocabulary.pronouns[text.words[head]] == nil, text.words[head] != "that"
                    {
                        head -= 1
                    }
                    if head >= sentence.lowerBound, head < cue.range.lowerBound - 2, var subject = speakerBefore(head + 1, lowerBound: sentence.lowerBound, text),
                        namesSomeone(subject, text)
                    {
                        // "so calm that Mr. Trump": here "that" opens the clause, it is not a relative pronoun.
                        if let that = subject.last(where: { text.words[$0] == "that" }), that + 1 < subject.upperBound { subject = (that + 1)..<subject.upperBound }
                        return Attribution(kind: .direct, parts: [], cue: cue.range, speaker: subject, inherits: nil)
                    }
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
            // "Asked which county he liked, he demurred: “…”": the clause after the last comma, a
            // pronoun or a name and its verb.
            if words >= 2, let comma = (sentence.lowerBound..<end).last(where: { text.words[$0] == "," && text.quotationOf[$0] < 0 }),
                comma + 2 <= end, let subject = speakerAfter(comma + 1, text), subject.upperBound <= end,
                namesSomeone(subject, text), (subject.upperBound...end).count <= 3,
                (subject.upperBound...end).allSatisfy({ !text.capitalised[$0] && !text.punctuation[$0] && text.quotationOf[$0] < 0 })
            {
                return Attribution(kind: .direct, parts: [], cue: (end + 1)..<(end + 2), speaker: subject, inherits: nil)
            }
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
    func namesSomeone(_ phrase: Range<Int>, _ text: Text) -> Bool {
        if phrase.count == 1, Vocabulary.pronouns[text.words[phrase.lowerBound]] != nil { return true }
        for token in phrase where text.capitalised[token] {
            let word = text.words[token]
            if word != "the", !Vocabulary.determiners.contains(word) { return true }
        }
        return false
    }

    /// The subject of the clause that ends at `end`: the speaker of a cue in it, or the noun
    /// phrase that opens the sentence ("Bush offered a retort…, tweeting").
    func clauseSubject(before end: Int, sentence: Range<Int>, _ text: Text) -> Range<Int>? {
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
        // "Mr. Smith shot back": after a name, the first lower-case word is the verb.
        if text.capitalised[opening.lowerBound], !Vocabulary.determiners.contains(text.words[opening.lowerBound]), text.words[opening.lowerBound] != "the",
            let verb = opening.first(where: { !text.capitalised[$0] && !text.punctuation[$0] }), verb > opening.lowerBound
        {
            opening = opening.lowerBound..<verb
        }
        let first = text.words[opening.lowerBound]
        let pronoun = Vocabulary.pronouns[first].map { [.male, .female, .plural].contains($0) } ?? false
        return pronoun || (text.capitalised[opening.lowerBound] && !Vocabulary.determiners.contains(first) && first != "the") || Vocabulary.determiners.contains(first) ? opening : nil
    }
}
