/// Finds quantities in a document's tokens; see `QuantityStage`.
struct QuantityRecognizer: Sendable {
    static let smallNumbers: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bln": 1e9,
        "bn": 1e9, "m": 1e6, "k": 1e3, "tn": 1e12,
    ]
    static let vagueScales: [String: Double] = ["hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "dozens": 12, "scores": 20, "tens": 10]
    static let currencySymbols: [String: String] = ["$": "USD", "£": "GBP", "€": "EUR", "₽": "RUB", "¥": "JPY", "₴": "UAH", "₹": "INR"]
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "euro": "EUR",
        "euros": "EUR", "eur": "EUR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rub": "RUB",
        "hryvnia": "UAH", "hryvnias": "UAH", "hryvnias'": "UAH", "uah": "UAH", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "francs": "CHF", "franc": "CHF",
    ]
    /// Units of measure: SI unit and factor.
    static let measures: [String: (unit: String, factor: Double)] = [
        "km": ("m", 1000), "kilometre": ("m", 1000), "kilometres": ("m", 1000), "kilometer": ("m", 1000),
        "kilometers": ("m", 1000), "mile": ("m", 1609.344), "miles": ("m", 1609.344), "metre": ("m", 1), "metres": ("m", 1),
        "meter": ("m", 1), "meters": ("m", 1), "cm": ("m", 0.01), "mm": ("m", 0.001), "foot": ("m", 0.3048),
        "feet": ("m", 0.3048), "ft": ("m", 0.3048), "inch": ("m", 0.0254), "inches": ("m", 0.0254),
        "kg": ("kg", 1), "kilogram": ("kg", 1), "kilograms": ("kg", 1), "kilogrammes": ("kg", 1), "g": ("kg", 0.001),
        "grams": ("kg", 0.001), "ton": ("kg", 1000), "tons": ("kg", 1000), "tonne": ("kg", 1000), "tonnes": ("kg", 1000),
        "pound-weight": ("kg", 0.45359237), "lb": ("kg", 0.45359237), "lbs": ("kg", 0.45359237),
        "hectare": ("m2", 10000), "hectares": ("m2", 10000), "ha": ("m2", 10000), "acre": ("m2", 4046.8564224),
        "acres": ("m2", 4046.8564224), "litre": ("l", 1), "litres": ("l", 1), "liter": ("l", 1), "liters": ("l", 1),
        "gallons": ("l", 3.785411784), "barrels": ("l", 158.987294928), "km/h": ("m/s", 1 / 3.6), "mph": ("m/s", 0.44704),
        "mw": ("W", 1e6), "gw": ("W", 1e9), "kw": ("W", 1e3), "megawatts": ("W", 1e6),
    ]
    static let qualifiers: [[String]: (String, Bool)] = [
        ["about"]: ("about", true), ["around"]: ("around", true), ["approximately"]: ("approximately", true),
        ["roughly"]: ("roughly", true), ["nearly"]: ("nearly", true), ["almost"]: ("almost", true),
        ["some"]: ("some", true), ["an", "estimated"]: ("an estimated", true), ["more", "than"]: ("more than", false),
        ["over"]: ("over", false), ["at", "least"]: ("at least", false), ["up", "to"]: ("up to", false),
        ["less", "than"]: ("less than", false), ["fewer", "than"]: ("fewer than", false), ["under"]: ("under", false),
        ["at", "most"]: ("at most", false), ["almost", "all"]: ("almost", true),
    ]
    /// Words that end the description of what is counted.
    static let stops: Set<String> = [
        "of", "for", "and", "or", "to", "in", "on", "at", "by", "with", "from", "who", "that", "which", "were", "was",
        "are", "is", "had", "have", "has", "will", "would", "said", "than", "as", "per", "a", "an", "the", "their",
        "his", "her", "its", "into", "out", "since", "after", "before", "during", "while", "because", "but", "not",
        "be", "been", "being", "did", "do", "does", "can", "could", "may", "might", "must", "should", "also", "each",
    ]
    /// Adjectives often placed before the counted noun.
    static let adjectives: Set<String> = [
        "military", "civilian", "new", "old", "former", "foreign", "local", "armed", "young", "other", "more", "additional",
        "extra", "senior", "junior", "small", "large", "big", "major", "minor", "wounded", "injured", "dead", "missing",
        "political", "national", "international", "federal", "regional", "private", "public", "full-time", "part-time",
    ]

    func find(words: [String], tokens: [Token], blocked: [Bool]) -> [Quantity] {
        let lower = words.map { $0.lowercased() }
        var found: [Quantity] = []
        var index = 0
        while index < tokens.count {
            guard !blocked[index], Self.mayStart(lower[index]), let quantity = match(words, lower, tokens, blocked, index) else {
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
        var words: Set<String> = ["a", "an", "dozen", "between", "from"]
        words.formUnion(smallNumbers.keys)
        words.formUnion(vagueScales.keys)
        words.formUnion(qualifiers.keys.compactMap(\.first))
        return words
    }()

    static func mayStart(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first &- 0x30 < 10 || currencySymbols[word] != nil { return true }
        return starters.contains(word) || (word.utf8.contains(UInt8(ascii: "-")) && hyphenated(word) != nil)
    }

    /// A number at `start`: value, tokens used, approximate.
    func number(_ lower: [String], _ start: Int) -> (Double, Int, Bool)? {
        guard start < lower.count else { return nil }
        let word = lower[start]
        var value: Double
        var used = 1
        let approximate = false
        if word == "a" || word == "an", start + 1 < lower.count, lower[start + 1] == "dozen" {
            return (12, 2, true)
        }
        if word == "dozen" { return (12, 1, true) }
        if let scale = Self.vagueScales[word], start + 1 < lower.count, lower[start + 1] == "of" {
            return (scale, 2, true)
        }
        if let parsed = Self.digits(word) {
            value = parsed
        } else if let small = Self.hyphenated(word) ?? Self.smallNumbers[word] {
            value = small
            if small >= 20, small.truncatingRemainder(dividingBy: 10) == 0, start + 1 < lower.count,
                let unit = Self.smallNumbers[lower[start + 1]], unit < 10
            {
                value += unit
                used = 2
            }
        } else {
            return nil
        }
        // Scales: "1.2 million", "three hundred", "1.13bn" (suffix handled in digits()).
        while start + used < lower.count, let scale = Self.scales[lower[start + used]], scale >= 100 || lower[start + used] == "bn" {
            value *= scale
            used += 1
        }
        return (value, used, approximate)
    }

    /// Digits with thousands separators, decimals, and an attached scale (`1.13bn`, `600m`).
    static func digits(_ word: String) -> Double? {
        var body = Substring(word)
        var scale: Double = 1
        for (suffix, factor) in [("bn", 1e9), ("tn", 1e12), ("m", 1e6), ("k", 1e3)] where body.hasSuffix(suffix) && body.count > suffix.count {
            let head = body.dropLast(suffix.count)
            if head.last?.isNumber == true {
                body = head
                scale = factor
                break
            }
        }
        guard let first = body.first, first.isNumber, body.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) else { return nil }
        // "1,200" is twelve hundred; a comma followed by other than three digits is not a number.
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count > 1, parts.dropFirst().contains(where: { $0.prefix { $0.isNumber }.count != 3 }) { return nil }
        guard let value = Double(body.replacingOccurrences(of: ",", with: "")), value.isFinite else { return nil }
        return value * scale
    }

    /// "sixty-five", "twenty-four".
    static func hyphenated(_ word: String) -> Double? {
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = smallNumbers[String(parts[0])], let units = smallNumbers[String(parts[1])],
            tens >= 20, units < 10
        else { return nil }
        return tens + units
    }

    private func match(_ words: [String], _ lower: [String], _ tokens: [Token], _ blocked: [Bool], _ index: Int) -> (Quantity, Int)? {
        var start = index
        var qualifier: String?
        var approximate = false
        // Qualifier before the number.
        for (phrase, meaning) in Self.qualifiers {
            let end = index + phrase.count
            if end < lower.count, Array(lower[index..<end]) == phrase, !blocked[end] {
                if number(lower, end) != nil || (end < lower.count && Self.currencySymbols[lower[end]] != nil) {
                    qualifier = meaning.0
                    approximate = meaning.1
                    start = end
                    break
                }
            }
        }
        // Range: "between 40 and 50".
        var rangeStart = start
        if lower[start] == "between" || lower[start] == "from" {
            rangeStart = start + 1
        }
        var cursor = rangeStart
        var currency: String?
        if cursor < lower.count, let symbol = Self.currencySymbols[lower[cursor]] {
            currency = symbol
            cursor += 1
        }
        guard cursor < lower.count, !blocked[cursor], let (value, used, vague) = number(lower, cursor) else { return nil }
        approximate = approximate || vague
        var end = cursor + used
        // Not quantities: years, dates, clock times, ordinals, designators, phone numbers.
        let word = words[cursor]
        if currency == nil, used == 1, word.count == 4, let year = Int(word), (1900...2099).contains(year) { return nil }
        if word.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }) { return nil }
        if index > 0, lower[index - 1] == "no." || lower[index - 1] == "number" { return nil }
        var maximum: Double?
        // "between 40 and 50", "from 40 to 50", "40 to 50".
        let joins = rangeStart > start ? ["and", "to"] : ["to"]
        if end + 1 < lower.count, joins.contains(lower[end]), let (upper, upperUsed, _) = number(lower, end + 1) {
            maximum = upper
            end = end + 1 + upperUsed
        }
        if rangeStart > start, maximum == nil { return nil }
        var unit: String?
        var kind = Quantity.Kind.count
        var modifiers: [String] = []
        var si: (Double, String)?
        if end < lower.count, lower[end] == "%" || lower[end] == "percent" || (lower[end] == "per" && end + 1 < lower.count && lower[end + 1] == "cent") {
            kind = .percent
            unit = "percent"
            end += lower[end] == "per" ? 2 : 1
        } else if let code = currency {
            kind = .money
            unit = code
            if end < lower.count, Self.currencyWords[lower[end]] == code { end += 1 }
        } else if end < lower.count, let code = Self.currencyWords[lower[end]] {
            kind = .money
            currency = code
            unit = words[end]
            end += 1
        } else if end < lower.count, let measure = Self.measures[lower[end]] {
            kind = .measure
            unit = words[end]
            si = (value * measure.factor, measure.unit)
            end += 1
        } else {
            // What is counted: adjectives and nouns up to a stop word or punctuation.
            var collected: [Int] = []
            var k = end
            while k < tokens.count, collected.count < 4, tokens[k].kind == .word, !blocked[k], !Self.stops.contains(lower[k]) {
                if !collected.isEmpty, lower[k].hasSuffix("ing") || (lower[k].hasSuffix("ed") && lower[k].count > 4) { break }
                if number(lower, k) != nil { break }
                collected.append(k)
                k += 1
                // The counted noun is usually plural: stop after the first plural that is not a modifier.
                let word = lower[k - 1]
                if value != 1, word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("ous"),
                    words[k - 1].first?.isUppercase != true
                {
                    break
                }
            }
            guard !collected.isEmpty else { return nil }
            // A capitalised run right after the number is a name ("10 Downing Street"), not a count.
            if collected.count >= 2, collected.allSatisfy({ words[$0].first?.isUppercase == true }) { return nil }
            var nounStart = collected.count - 1
            while nounStart > 0 {
                let candidate = collected[nounStart - 1]
                let isModifier = words[candidate].first?.isUppercase == true || Self.adjectives.contains(lower[candidate])
                    || ["ian", "ese", "ish", "ary", "ive", "ful", "ous", "ern"].contains(where: { lower[candidate].hasSuffix($0) })
                if isModifier { break }
                nounStart -= 1
            }
            if nounStart == collected.count { nounStart = collected.count - 1 }
            modifiers = collected[..<nounStart].map { words[$0] }
            let nounWords = collected[nounStart...].map { words[$0] }
            unit = nounWords.joined(separator: " ")
            end = collected.last.map { $0 + 1 } ?? end
            // A single capitalised noun ("65 Ukrainian") with nothing after is not a count.
            if nounWords.count == 1, words[collected[nounStart]].first?.isUppercase == true { return nil }
        }
        let quantity = Quantity(
            span: Span(start: tokens[index].span.start, end: tokens[end - 1].span.end), value: value, unit: unit, kind: kind,
            maximum: maximum, currency: currency, modifiers: modifiers, qualifier: qualifier, approximate: approximate,
            si: si.map { (value: $0.0, unit: $0.1) })
        return (quantity, end)
    }
}
