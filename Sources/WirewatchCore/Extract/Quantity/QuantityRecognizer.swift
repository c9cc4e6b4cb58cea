/// Finds quantities in a document's tokens; see `QuantityStage`.
struct QuantityRecognizer: Sendable {
    /// The tokens as the recognizer reads them.
    struct Text {
        let words: [String]
        let lower: [String]
        let tokens: [Token]
        /// Tokens inside a time expression: never part of a quantity.
        let blocked: [Bool]
        /// Whether a token opens its sentence (or a quotation or parenthesis in it), where any
        /// word may be capitalised.
        let opensSentence: [Bool]

        func capitalised(_ k: Int) -> Bool { words[k].utf8.first.map { $0 &- 0x41 < 26 } ?? false }

        /// A capitalised word that is not capitalised only because it opens a sentence.
        func isName(_ k: Int) -> Bool { capitalised(k) && !opensSentence[k] }

        /// Whether tokens `a` and `b` touch, with no space between them.
        func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[a].span.end == tokens[b].span.start }

        /// A plural noun: "prisoners", "PCs", "people"; not "glass", "famous", "crisis".
        func isPlural(_ k: Int) -> Bool {
            let word = lower[k]
            if QuantityVocabulary.irregularPlurals.contains(word) { return true }
            guard word.utf8.count > 3 || (capitalised(k) && word.utf8.count > 2), word.hasSuffix("s") else { return false }
            return !word.hasSuffix("ss") && !word.hasSuffix("ous") && !word.hasSuffix("us") && !word.hasSuffix("is") && !word.hasSuffix("'s")
        }
    }

    /// `words` as written and `lower` with ASCII letters lower-cased, one per token.
    func find(words: [String], lower: [String], tokens: [Token], blocked: [Bool], opensSentence: [Bool]) -> [Quantity] {
        let text = Text(words: words, lower: lower, tokens: tokens, blocked: blocked, opensSentence: opensSentence)
        var found: [Quantity] = []
        var index = 0
        while index < tokens.count {
            guard !blocked[index], Self.mayStart(text.lower[index]), let quantity = match(text, index) else {
                index += 1
                continue
            }
            found.append(quantity.0)
            index = quantity.1
        }
        return found
    }

    /// Words that can begin a quantity, besides digits and currency symbols.
    static let starters: Set<String> = {
        var words: Set<String> = ["a", "an", "dozen", "between", "from", "half", "minus", "-"]
        words.formUnion(QuantityVocabulary.smallNumbers.keys)
        words.formUnion(QuantityVocabulary.vagueScales.keys)
        words.formUnion(QuantityVocabulary.qualifiers.map { $0.words[0] })
        words.formUnion(QuantityVocabulary.dollarPrefixes.keys)
        return words
    }()

    static func mayStart(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first &- 0x30 < 10 || QuantityVocabulary.currencySymbols[word] != nil { return true }
        return starters.contains(word) || (word.utf8.contains(UInt8(ascii: "-")) && hyphenated(word) != nil)
            || (word.utf8.contains(UInt8(ascii: "-")) && word.split(separator: "-").last.map { QuantityVocabulary.denominators[String($0)] != nil } == true)
    }

    /// The quantity that begins at token `index`, and the token after it.
    private func match(_ text: Text, _ index: Int) -> (Quantity, Int)? {
        let lower = text.lower
        let words = text.words
        let tokens = text.tokens
        let count = tokens.count
        func word(_ k: Int) -> String? { k < count && !text.blocked[k] ? lower[k] : nil }

        var start = index
        var qualifier: String?
        var approximate = false
        // Qualifier before the number: "about", "more than", "as many as".
        for entry in QuantityVocabulary.qualifiers where lower[index] == entry.words[0] {
            // "rose to 5.5%" with a particle: "went up to 5.5%" has no qualifier.
            if entry.text == "up to", index > 0, QuantityVocabulary.risingVerbs.contains(lower[index - 1]) { continue }
            let end = index + entry.words.count
            guard end < count, (1..<entry.words.count).allSatisfy({ lower[index + $0] == entry.words[$0] }), !text.blocked[end] else { continue }
            if number(lower, end) != nil || QuantityVocabulary.currencySymbols[lower[end]] != nil || fraction(lower, text.blocked, end) != nil
                || QuantityVocabulary.dollarPrefixes[lower[end]] != nil
            {
                qualifier = entry.text
                approximate = entry.approximate
                start = end
                break
            }
        }
        // Fractions: "two thirds of", "more than half of", "three out of four voters".
        if let (value, used) = fraction(lower, text.blocked, start), !text.isName(start) {
            var end = start + used
            var unit: String?
            if lower[start + used - 1] != "half", word(end) != "of" {
                // "three out of four voters": the noun counted.
                if let noun = counted(text, from: end, value: 2) {
                    unit = noun.unit
                    end = noun.end
                }
            }
            return (
                Quantity(
                    span: Span(start: tokens[index].span.start, end: tokens[end - 1].span.end), value: value, unit: unit, kind: .fraction,
                    qualifier: qualifier, approximate: approximate),
                end
            )
        }
        // Range: "between 40 and 50", "from 40 to 50".
        var rangeStart = start
        if lower[start] == "between" || lower[start] == "from" { rangeStart = start + 1 }
        var cursor = rangeStart
        var currency: String?
        // "A$3.1bn", "US$ 5m": the letters name the dollar.
        if cursor + 1 < count, let code = QuantityVocabulary.dollarPrefixes[lower[cursor]], words[cursor].utf8.allSatisfy({ $0 &- 0x41 < 26 || $0 == UInt8(ascii: ".") }),
            lower[cursor + 1] == "$", text.adjacent(cursor, cursor + 1)
        {
            currency = code
            cursor += 2
        } else if cursor < count, let symbol = QuantityVocabulary.currencySymbols[lower[cursor]] {
            currency = symbol
            cursor += 1
        }
        // "minus 3%", "-0.1%".
        var sign = 1.0
        if currency == nil, cursor + 1 < count, lower[cursor] == "minus" || (lower[cursor] == "-" && text.adjacent(cursor, cursor + 1)
            && (cursor == 0 || !text.adjacent(cursor - 1, cursor)))
        {
            sign = -1
            cursor += 1
        }
        guard cursor < count, !text.blocked[cursor] else { return nil }
        var value: Double
        var used: Int
        var vague = false
        var maximum: Double?
        var glued: String?
        if let (low, high) = Self.rangeToken(lower[cursor]) {
            // "20-25%", "30-40 enterprises"; a small pair is a score ("a 2-1 win").
            let next = word(cursor + 1) ?? ""
            guard low >= 10 || currency != nil || next == "%" || next == "percent" || next == "per" else { return nil }
            (value, used, maximum) = (low, 1, high)
        } else if let parsed = number(lower, cursor) {
            (value, used, vague) = parsed
        } else if let (parsed, unit) = Self.glued(lower[cursor]) {
            (value, used, glued) = (parsed, 1, unit)
        } else {
            return nil
        }
        value *= sign
        approximate = approximate || vague
        var end = cursor + used
        let first = words[cursor]
        // Not quantities: years, dates, clock times, designators, phone numbers, references, names.
        if currency == nil, used == 1, first.utf8.count == 4, let year = Int(first), (1900...2099).contains(year) { return nil }
        if first.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }) { return nil }
        if !isCount(text, number: cursor, start: start, used: used) { return nil }
        if maximum == nil, glued == nil {
            // "between 40 and 50", "from 40 to 50", "40 to 50", "five or six awards" (about).
            let joins = rangeStart > start ? ["and", "to"] : ["to", "or"]
            if end + 1 < count, joins.contains(lower[end]), !text.blocked[end + 1], let (upper, upperUsed, _) = number(lower, end + 1), upper > value {
                if lower[end] == "or" { approximate = true }
                maximum = upper
                end = end + 1 + upperUsed
            }
        }
        if rangeStart > start, maximum == nil { return nil }
        var unit: String?
        var kind = Quantity.Kind.count
        var modifiers: [String] = []
        var si: (Double, String)?
        let next = word(end)
        let following = word(end + 1)
        if let glued {
            if glued == "p" {
                (kind, currency, unit) = (.money, "GBP", "p")
                value /= 100
                maximum = maximum.map { $0 / 100 }
            } else if let measure = QuantityVocabulary.measures[glued] {
                kind = .measure
                unit = String(words[cursor].drop { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" })
                si = (value * measure.factor, measure.unit)
            }
        } else if next == "%" || next == "percent" || (next == "per" && following == "cent") {
            kind = .percent
            unit = "percent"
            end += next == "per" ? 2 : 1
        } else if let code = currency {
            kind = .money
            unit = code
            if let next, QuantityVocabulary.currencyWords[next] == code { end += 1 }
        } else if let next, let following, let code = QuantityVocabulary.nationalCurrencies[next + " " + following] {
            // "86.7bn Swiss francs", "4.17 Australian dollars".
            (kind, currency, unit) = (.money, code, words[end] + " " + words[end + 1])
            end += 2
        } else if let next, let code = QuantityVocabulary.currencyWords[next] {
            (kind, currency, unit) = (.money, code, words[end])
            end += 1
        } else if let next, let code = QuantityVocabulary.minorCurrencies[next], next != "p", !text.isName(end) {
            // "25 cents" is 0.25 dollars; "euro cents" are euros.
            (kind, currency, unit) = (.money, code, words[end])
            value /= 100
            maximum = maximum.map { $0 / 100 }
            end += 1
        } else if isMetres(text, number: cursor, end: end) {
            // "the 200m final": metres, not 200 million.
            value /= 1e6
            (kind, unit, si) = (.measure, "m", (value, "m"))
        } else if let next, let measure = QuantityVocabulary.measures[next] {
            kind = .measure
            unit = words[end]
            si = (value * measure.factor, measure.unit)
            end += 1
        } else {
            guard let noun = counted(text, from: end, value: value) else { return nil }
            unit = noun.unit
            modifiers = noun.modifiers
            end = noun.end
            // "one" as a pronoun or in an idiom: "no one", "one another", "at one point".
            if lower[cursor] == "one", used == 1 {
                if cursor > 0, QuantityVocabulary.oneBefore.contains(lower[cursor - 1]) { return nil }
                if let after = word(cursor + 1), QuantityVocabulary.oneAfter.contains(after) { return nil }
            }
        }
        if let si, !si.0.isFinite { return nil }
        // A capitalised word right before a count names it: "PlayStation 3 console", "Hot 97
        // studios" (an acronym is a place or an organisation: "in the UK 300 people").
        if kind == .count, start == cursor, start > 0, text.isName(start - 1), text.tokens[start - 1].kind == .word, !text.blocked[start - 1],
            words[start - 1].utf8.dropFirst().contains(where: { $0 &- 0x61 < 26 })
        {
            return nil
        }
        let quantity = Quantity(
            span: Span(start: tokens[index].span.start, end: tokens[end - 1].span.end), value: value, unit: unit, kind: kind,
            maximum: maximum, currency: currency, modifiers: modifiers, qualifier: qualifier, approximate: approximate,
            si: si.map { (value: $0.0, unit: $0.1) })
        return (quantity, end)
    }

    /// Whether the number at `cursor` counts something, judging by its neighbours: not a
    /// reference ("chapter 11", "Radio 4", "top 20", "aged 42"), not part of a name ("Six
    /// Nations", "PlayStation 3", "50 Cent's").
    private func isCount(_ text: Text, number cursor: Int, start: Int, used: Int) -> Bool {
        let lower = text.lower
        let before = start - 1
        if before >= 0 {
            if QuantityVocabulary.references.contains(lower[before]) { return false }
            if lower[before] == "of", before > 0, lower[before - 1] == "age" { return false }
        }
        // A number word capitalised inside a sentence is a name: "Six Nations", "BBC Two".
        if text.isName(cursor), text.lower[cursor].utf8.first.map({ $0 &- 0x61 < 26 }) == true { return false }
        // ... and at its start when a capitalised plural follows, unless a people ("Two Americans";
        // "Three Russian soldiers" counts soldiers).
        let after = cursor + used
        if text.capitalised(cursor), text.lower[cursor].utf8.first.map({ $0 &- 0x61 < 26 }) == true, after < lower.count,
            text.capitalised(after), text.isPlural(after), !["ans", "ese"].contains(where: { lower[after].hasSuffix($0) })
        {
            return false
        }
        // A possessive right after the number or its first noun: "Radio 4's", "50 Cent's".
        for k in after..<min(after + 2, lower.count) where lower[k] == "'s" || lower[k] == "’s" {
            if k == after || text.capitalised(k - 1) { return false }
        }
        return true
    }

    /// "200m" read as metres: a bare `Nm` (no currency) before an event word ("the 200m
    /// final", "60m hurdles") or ending a phrase after "the" ("won the 400m.").
    private func isMetres(_ text: Text, number cursor: Int, end: Int) -> Bool {
        let word = text.lower[cursor]
        guard end == cursor + 1, word.hasSuffix("m"), word.utf8.count > 1, word.utf8.dropLast().allSatisfy({ $0 &- 0x30 < 10 || $0 == UInt8(ascii: ",") })
        else { return false }
        if end < text.lower.count {
            let next = text.lower[end]
            if QuantityVocabulary.metreEvents.contains(next) { return true }
            if text.tokens[end].kind == .word, !QuantityVocabulary.stops.contains(next) { return false }
        }
        return cursor > 0 && ["the", "men's", "women's", "over", "indoor", "outdoor", "olympic"].contains(text.lower[cursor - 1])
    }

    /// The noun a number counts, from token `start`: its head ("members"), the compound
    /// before it ("crew members") and the words qualifying it ("Ukrainian"); nil when no noun
    /// follows. `value` 1 expects a singular noun.
    private func counted(_ text: Text, from start: Int, value: Double) -> (unit: String, modifiers: [String], end: Int)? {
        let lower = text.lower
        let words = text.words
        let count = lower.count
        func usable(_ k: Int) -> Bool {
            // An acronym is never a stop word: "10,000 US jobs".
            k < count && text.tokens[k].kind == .word && !text.blocked[k]
                && (!QuantityVocabulary.stops.contains(lower[k]) || text.words[k].utf8.allSatisfy { $0 &- 0x41 < 26 } && text.words[k].utf8.count > 1)
        }
        var collected: [Int] = []
        var k = start
        while usable(k), collected.count < 5 {
            // A name after a common noun ends it: "three children Nora".
            // ("Eighteen former Enron directors", "80 million new PC users" go on to their plural.)
            if let last = collected.last, text.capitalised(k), !text.capitalised(last), !text.isPlural(k),
                !(usable(k + 1) && !text.capitalised(k + 1) && text.isPlural(k + 1))
            {
                break
            }
            if number(lower, k) != nil { break }
            let word = lower[k]
            let verbal = word.hasSuffix("ing") || (word.hasSuffix("ed") && word.utf8.count > 3) || word.hasSuffix("ly")
            if verbal, !collected.isEmpty || !(1...3).contains(where: { usable(k + $0) && text.isPlural(k + $0) }) {
                // "seven leading industrialised nations" goes on to the noun; "77 flights cancelled" stops.
                if !(1...2).contains(where: { usable(k + $0) && text.isPlural(k + $0) }) { break }
            }
            collected.append(k)
            k += 1
            // "77 short and medium-distance flights": adjectives joined by "and" before one noun.
            if k + 1 < count, lower[k] == "and" || lower[k] == "or", Self.isAdjective(word), usable(k + 1), collected.count < 4 {
                collected.append(k)
                k += 1
                continue
            }
            // The counted noun is usually plural: stop after the first plural, unless another plural follows.
            if value != 1, text.isPlural(k - 1), !(usable(k) && text.isPlural(k) && !text.capitalised(k)) { break }
        }
        while let last = collected.last, lower[last] == "and" || lower[last] == "or" { collected.removeLast() }
        guard !collected.isEmpty else { return nil }
        // A capitalised run right after the number is a name ("10 Downing Street"), not a count.
        if collected.count >= 2, collected.allSatisfy({ text.capitalised($0) }), !text.isPlural(collected[collected.count - 1]) { return nil }
        // Ages and durations: "a 12 year-old girl", "four seasons".
        if collected.contains(where: { lower[$0].contains("year-old") || lower[$0].contains("month-old") }) { return nil }
        var nounStart = collected.count - 1
        while nounStart > 0 {
            let candidate = collected[nounStart - 1]
            if text.capitalised(candidate) || Self.isAdjective(lower[candidate]) || lower[candidate] == "and" || lower[candidate] == "or" { break }
            nounStart -= 1
        }
        let head = collected[collected.count - 1]
        if QuantityVocabulary.timeUnits.contains(lower[head]) { return nil }
        // A single capitalised word ("65 Ukrainian") is a name or an adjective, unless plural ("six Baftas").
        if nounStart == collected.count - 1, text.capitalised(head), !text.isPlural(head) { return nil }
        return (collected[nounStart...].map { words[$0] }.joined(separator: " "), collected[..<nounStart].map { words[$0] }, head + 1)
    }

    /// Words that qualify a noun rather than name it: listed adjectives and the usual adjective endings.
    static func isAdjective(_ word: String) -> Bool {
        QuantityVocabulary.adjectives.contains(word)
            || ["ian", "ese", "ish", "ary", "ive", "ful", "ous", "ern", "al", "ic"].contains(where: { word.hasSuffix($0) })
    }
}
