/// Speaker phrases: the noun phrase before a cue or after an inverted one, and whether it can
/// be a speaker at all.
extension AttributionFinder {
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
            while open > lowerBound, head - open <= 30, text.words[open] != ",",
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
