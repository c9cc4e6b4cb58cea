/// Finds weapons, aircraft, vehicles and ships by their form and context.
///
/// Military designators are a letter-prefix, a hyphen and a number with an optional suffix
/// (`Il-76`, `Su-25`, `F-16`, `MIM-104A`, `T-90M`, `S-400`). Named systems are capitalised
/// words followed, within a few lower-case modifiers, by a class noun from the lexicon
/// ("Patriot missile", "Patriot air defense system", "Leopard tanks"), or names listed in the
/// equipment lexicon.
struct EquipmentRecognizer: Sendable {
    let lexicons: Lexicons

    /// Designator-shaped names that are not equipment.
    static let notEquipment: Set<String> = ["covid-19", "sars-cov-2", "g-7", "g-8", "g-20", "g-77", "mp-3", "h-1b", "y-2k"]

    func find(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Range<Int>]) -> [NameMention] {
        var found: [NameMention] = []
        for sentence in sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                let token = tokens[index]
                let word = text(bytes, token.span)
                if token.kind == .word, Self.isDesignator(word), !Self.notEquipment.contains(word.lowercased()) {
                    found.append(NameMention(span: token.span, tokens: index..<(index + 1), type: "EQUIPMENT", confidence: 1000))
                    index += 1
                    continue
                }
                // A run of capitalised words (not sentence-initial alone) before a class noun;
                // a leading nationality or country ("American Patriot") is not part of the name.
                let excluded: Lexicons.Category = [.country, .demonym, .city, .region, .orgHead, .firstName, .group]
                if token.kind == .word, isCapitalised(bytes, token), !lexicons.categories(of: word).isDisjoint(with: excluded) {
                    index += 1
                    continue
                }
                if token.kind == .word, isCapitalised(bytes, token), index > sentence.lowerBound || isNamedSystem(word) {
                    var end = index + 1
                    while end < sentence.upperBound, end - index < 3, tokens[end].kind == .word, isCapitalised(bytes, tokens[end]) {
                        end += 1
                    }
                    let name = (index..<end).map { text(bytes, tokens[$0].span) }.joined(separator: " ")
                    let categories = lexicons.categories(of: name)
                    if categories.contains(.equipment) || (categories.isDisjoint(with: excluded) && followedByClass(bytes, tokens, end, sentence.upperBound)) {
                        found.append(
                            NameMention(
                                span: Span(start: token.span.start, end: tokens[end - 1].span.end), tokens: index..<end,
                                type: "EQUIPMENT", confidence: 1000))
                        index = end
                        continue
                    }
                }
                index += 1
            }
        }
        return found
    }

    /// `Il-76`, `MIM-104A`, `F-16`, `T-90M`, `S-400`, `MiG-29`, `Tu-95MS`.
    static func isDesignator(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = parts.first, let rest = parts.last else { return false }
        guard (1...5).contains(prefix.count), let first = prefix.unicodeScalars.first, first.properties.isUppercase,
            prefix.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        else { return false }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let suffix = rest.dropFirst(digits.count)
        return (1...4).contains(digits.count) && suffix.count <= 3
            && suffix.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
    }

    private func isNamedSystem(_ word: String) -> Bool {
        lexicons.categories(of: word).contains(.equipment)
    }

    /// Whether a class noun follows at `start`, after at most three lower-case modifiers.
    private func followedByClass(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        var index = start
        var phrase: [String] = []
        while index < end, index - start < 4 {
            let token = tokens[index]
            guard token.kind == .word, !isCapitalised(bytes, token) else { return false }
            let word = text(bytes, token.span)
            phrase.append(word)
            // The class may be one word ("missile") or several ("air defense system").
            for first in 0..<phrase.count where lexicons.categories(of: phrase[first...].joined(separator: " ")).contains(.equipmentClass) {
                return true
            }
            index += 1
        }
        return false
    }

    private func isCapitalised(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let first = bytes[token.span.start]
        return first &- 0x41 < 26
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
    }
}
