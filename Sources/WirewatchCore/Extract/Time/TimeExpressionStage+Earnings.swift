/// The convention of quarterly earnings reports: "profit rose from $4 million a year ago"
/// compares with the same quarter a year before, not with the whole previous year, and "the
/// quarter" or "the latest period" is the quarter being reported, which the report names
/// ("third-quarter net income"), not the quarter of the publication date.
extension TimeExpressionStage {
    /// Re-reads the matcher's expressions of an earnings report by that convention; other
    /// documents pass through unchanged.
    static func earnings(
        _ found: [TimeRecognizer.Found], words: [String], sentences: [Range<Int>], anchor: CivilDate?
    ) -> [TimeRecognizer.Found] {
        guard let anchor, isEarningsReport(words) else { return found }
        // The reported quarter: the first quarter the report names with its ordinal, else the one
        // before the anchor's. A quarter named with its year ("the third quarter of 1984") is history.
        let named = found.first {
            $0.type == .date && isQuarter($0.value) && words[$0.first...$0.last].contains { $0.contains("quarter") }
                && !words[$0.first...$0.last].contains { TimeRecognizer.year($0) != nil }
        }
        let reported = named.map(\.value) ?? TimeRecognizer.relativePeriod(anchor, direction: "previous", unit: "quarter") ?? ""
        guard isQuarter(reported), let year = Int(reported.prefix(4)), let quarter = reported.last else { return found }
        let yearAgo = "\(CivilDate.pad(year - 1, 4))-Q\(quarter)"

        var result: [TimeRecognizer.Found] = []
        var taken = Set<Int>()
        // "the year-ago quarter", "the 1988 third quarter", "the latest period": one expression each.
        var index = 0
        while index < words.count {
            if let phrase = comparisonPeriod(words, at: index, reported: (year, quarter)) {
                result.append(phrase)
                for token in phrase.first...phrase.last { taken.insert(token) }
                index = phrase.last + 1
            } else {
                index += 1
            }
        }
        for expression in found where !(expression.first...expression.last).contains(where: taken.contains) {
            var expression = expression
            let text = words[expression.first...expression.last].joined(separator: " ")
            let sentence = sentences.first { $0.contains(expression.first) } ?? expression.first..<(expression.last + 1)
            if yearAgoPhrases.contains(text), !coversLongerPeriod(words[sentence]) {
                expression.value = yearAgo
            } else if currentQuarterPhrases.contains(text),
                !(expression.last + 1 < words.count && (words[expression.last + 1] == "ended" || words[expression.last + 1] == "ending"))
            {
                // "the quarter ended July 31" already names its quarter.
                expression.value = reported
            }
            result.append(expression)
        }
        return result.sorted { $0.first < $1.first }
    }

    /// A report of quarterly results: it speaks of a quarter and of profit, revenue or per-share earnings.
    static func isEarningsReport(_ words: [String]) -> Bool {
        var quarter = false
        var results = false
        for (index, word) in words.enumerated() {
            if word == "quarter" || (word.utf8.last == UInt8(ascii: "r") && word.hasSuffix("-quarter")) { quarter = true }
            if word == "profit" || word == "revenue" || word == "earnings" { results = true }
            if word == "share", index > 0, words[index - 1] == "a" { results = true }
            if word == "income", index > 0, words[index - 1] == "net" { results = true }
            if quarter && results { return true }
        }
        return false
    }

    private static func isQuarter(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        return bytes.count == 7 && bytes[4] == UInt8(ascii: "-") && bytes[5] == UInt8(ascii: "Q") && bytes[6] &- 0x31 < 4
    }

    /// Expressions that mean the same quarter a year before, in an earnings report.
    private static let yearAgoPhrases: WordSet = ["a year ago", "a year earlier", "a year before", "year-ago", "year-earlier", "year-before"]
    /// Expressions that mean the quarter reported.
    private static let currentQuarterPhrases: WordSet = ["the quarter", "this quarter", "the latest quarter"]

    /// A sentence comparing nine months, a half or a fiscal year, where "a year ago" is a year.
    private static func coversLongerPeriod(_ words: ArraySlice<String>) -> Bool {
        var previous = ""
        for word in words {
            if word == "months" && (previous == "nine" || previous == "six") { return true }
            if word == "year" && (previous == "fiscal" || previous == "full") { return true }
            if word == "year-to-date" || word == "nine-month" || word == "six-month" { return true }
            previous = word
        }
        return false
    }

    /// "the (comparable) year-ago (third) quarter|period", "the 1988 (third) quarter|period",
    /// "the quarter a year ago", "the latest period", "last year's quarter" at token `index`.
    private static func comparisonPeriod(_ words: [String], at index: Int, reported: (year: Int, quarter: Character)) -> TimeRecognizer.Found? {
        func word(_ at: Int) -> String { at < words.count ? words[at] : "" }
        // "last year's quarter": the reported quarter a year before.
        if words[index] == "last", word(index + 1) == "year", word(index + 2) == "'s" || word(index + 2) == "’s",
            word(index + 3) == "quarter" || word(index + 3) == "period"
        {
            return TimeRecognizer.Found(first: index, last: index + 3, type: .date, value: "\(CivilDate.pad(reported.year - 1, 4))-Q\(reported.quarter)")
        }
        guard words[index] == "the" else { return nil }
        var k = index + 1
        if word(k) == "latest", word(k + 1) == "period" {
            return TimeRecognizer.Found(first: index, last: k + 1, type: .date, value: "\(CivilDate.pad(reported.year, 4))-Q\(reported.quarter)")
        }
        if word(k) == "comparable" || word(k) == "same" { k += 1 }
        // "the quarter a year ago", "the period a year earlier": the year-ago quarter.
        if word(k) == "quarter" || word(k) == "period", word(k + 1) == "a", word(k + 2) == "year",
            word(k + 3) == "ago" || word(k + 3) == "earlier" || word(k + 3) == "before"
        {
            return TimeRecognizer.Found(first: index, last: k + 3, type: .date, value: "\(CivilDate.pad(reported.year - 1, 4))-Q\(reported.quarter)")
        }
        let year: Int
        if ["year-ago", "year-earlier", "year-before"].contains(word(k)) {
            year = reported.year - 1
        } else if let named = TimeRecognizer.year(word(k)) {
            year = named
        } else {
            return nil
        }
        k += 1
        var quarter = reported.quarter
        if let ordinal = TimeVocabulary.ordinals[word(k)], (1...4).contains(ordinal), word(k + 1) == "quarter" || word(k + 1) == "period" {
            quarter = Character(String(ordinal))
            k += 1
        }
        guard word(k) == "quarter" || word(k) == "period" else { return nil }
        return TimeRecognizer.Found(first: index, last: k, type: .date, value: "\(CivilDate.pad(year, 4))-Q\(quarter)")
    }
}
