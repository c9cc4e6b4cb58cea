/// Finds the roles people hold from the titles and appositions around their names:
/// "Russian Ambassador to the United States Anatoly Antonov" (ambassador), "Kremlin spokesman
/// Dmitry Peskov" (spokesman), "Vasily Nebenzya, Russia's permanent representative to the UN,"
/// (permanent representative). Roles are lower-case entries of the role vocabulary.
struct RoleFinder: Sendable {
    typealias Vocabulary = AttributionVocabulary

    /// The role ending at token `last` (a one- or two-word entry), with its first token.
    static func role(endingAt last: Int, _ words: [String], lowerBound: Int) -> (role: String, first: Int)? {
        if last - 1 >= lowerBound {
            let pair = words[last - 1] + " " + words[last]
            if Vocabulary.roles[pair] != nil { return (pair, last - 1) }
        }
        let word = words[last]
        if Vocabulary.roles[word] != nil { return (word, last) }
        // Plural and hyphenated forms of one role are not titles of one person.
        return nil
    }

    /// Roles of the name mention covering tokens `name` in `sentence`.
    func roles(of name: Range<Int>, sentence: Range<Int>, words: [String], capitalised: [Bool], punctuation: [Bool]) -> [String] {
        var found: [String] = []
        // A title before the name, with its complement: "Ambassador to the United States".
        var token = name.lowerBound - 1
        if token >= sentence.lowerBound, words[token] == "," { token -= 1 }
        let limit = max(sentence.lowerBound, name.lowerBound - 10)
        while token >= limit {
            if let (role, _) = Self.role(endingAt: token, words, lowerBound: limit) {
                found.append(role)
                break
            }
            let word = words[token]
            let complement = capitalised[token] || Vocabulary.isPossessiveS(word) || ["the", "of", "to", "for", "at", "in", "-"].contains(word)
            guard complement, !punctuation[token] || Vocabulary.isPossessiveS(word) || word == "-" else { break }
            token -= 1
        }
        // An apposition after the name: ", the Kremlin spokesman," / ", a spokesman for the party".
        var next = name.upperBound
        if next < sentence.upperBound, words[next] == "," {
            next += 1
            let end = min(sentence.upperBound, next + 9)
            var position = next
            while position < end, !punctuation[position] || Vocabulary.isPossessiveS(words[position]) {
                if Vocabulary.cueWords[words[position]] != nil && !capitalised[position] { break }
                if let (role, _) = Self.role(endingAt: position, words, lowerBound: next) {
                    // "…, the Kremlin spokesman" — but not ", whose spokesman said".
                    let opener = words[next]
                    if Vocabulary.determiners.contains(opener) || capitalised[next] || opener == "who" {
                        found.append(role)
                    }
                    break
                }
                position += 1
            }
        }
        return found
    }
}
