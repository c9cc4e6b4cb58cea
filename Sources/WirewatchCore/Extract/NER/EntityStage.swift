/// The extract stage that finds named entities: the trained tagger, lexicon refinement,
/// equipment patterns, document-level consistency, and grouping into entities.
public struct EntityStage: Stage {
    public let name = "entities"
    public let requires: Set<Annotation> = [.tokens, .sentences]
    public let provides: Set<Annotation> = [.entities]

    public let model: TaggerModel
    public let lexicons: Lexicons
    private let encoder: SentenceEncoder
    private let typer: EntityTyper
    private let equipment: EquipmentRecognizer
    private let resolver: MentionResolver

    public init(model: TaggerModel, lexicons: Lexicons) {
        self.model = model
        self.lexicons = lexicons
        encoder = SentenceEncoder(buckets: model.buckets, lexicons: lexicons)
        typer = EntityTyper(lexicons: lexicons)
        equipment = EquipmentRecognizer(lexicons: lexicons)
        resolver = MentionResolver(lexicons: lexicons)
    }

    public func process(_ document: Document) throws(StageFailure) -> Document {
        var result = document
        var text = document.text
        result.entities = text.withUTF8 { bytes in entities(bytes, tokens: document.tokens, sentences: document.sentences) }
        return result
    }

    /// The last token of a tagged name from token `first` to `last`, cut before a colon inside it
    /// ("WALLACE: Let" heading a transcript's turn is "WALLACE"; the words after it are the
    /// turn's); nil when the name would be empty.
    static func lastBeforeColon(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], first: Int, last: Int) -> Int? {
        guard let colon = (first...last).first(where: { tokens[$0].span.length == 1 && bytes[tokens[$0].span.start] == UInt8(ascii: ":") })
        else { return last }
        return colon > first ? colon - 1 : nil
    }

    /// Entities of a text given its tokens and sentences (UTF-8 offsets).
    func entities(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Span]) -> [Entity] {
        let ranges = tokens.ranges(of: sentences)
        var mentions: [NameMention] = []
        var tagged = [Bool](repeating: false, count: tokens.count)
        let context = SentenceEncoder.DocumentContext(bytes, tokens, ranges)
        for range in ranges {
            let encoded = encoder.encode(bytes, tokens[range], context: context)
            let (tags, margins) = model.decode(encoded)
            for span in NERTrainer.spans(tags, model.tagSet) {
                let first = range.lowerBound + span[0]
                guard let last = Self.lastBeforeColon(bytes, tokens, first: first, last: range.lowerBound + span[1]) else { continue }
                let confidence = margins[span[0]...(last - range.lowerBound)].reduce(0, +)
                mentions.append(
                    NameMention(
                        span: Span(start: tokens[first].span.start, end: tokens[last].span.end), tokens: first..<(last + 1),
                        type: model.tagSet.types[span[2]], confidence: confidence))
                for index in first...last { tagged[index] = true }
            }
        }
        // Equipment patterns win over the tagger where they overlap.
        let found = equipment.find(bytes: bytes, tokens: tokens, sentences: ranges)
        if !found.isEmpty {
            mentions.removeAll { mention in found.contains { $0.tokens.overlaps(mention.tokens) } }
            mentions += found
            for mention in found { for index in mention.tokens { tagged[index] = true } }
        }
        func text(_ mention: NameMention) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[mention.span.start..<mention.span.end]), as: UTF8.self)
        }
        for index in mentions.indices where mentions[index].type != "EQUIPMENT" {
            let words = mentions[index].tokens.map {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[$0].span.start..<tokens[$0].span.end]), as: UTF8.self)
            }
            typer.refine(&mentions[index], text: text(mentions[index]), words: words)
        }
        mentions += consistentRepeats(bytes, tokens: tokens, ranges: ranges, mentions: mentions, tagged: tagged)
        let aliases = definedAcronyms(bytes, tokens: tokens, mentions: &mentions)
        mentions.sort { $0.span < $1.span }
        return resolver.resolve(mentions, texts: mentions.map(text), aliases: aliases)
    }

    /// Acronyms defined in parentheses right after a name: "Ukrainian Armed Forces (AFU)". The
    /// acronym becomes a mention of the name's type (if the tagger missed it), and an alias.
    private func definedAcronyms(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], mentions: inout [NameMention]) -> [String: Span] {
        var aliases: [String: Span] = [:]
        let covered = Set(mentions.flatMap { Array($0.tokens) })
        for mention in mentions where mention.tokens.upperBound + 2 < tokens.count {
            let open = tokens[mention.tokens.upperBound]
            let inner = tokens[mention.tokens.upperBound + 1]
            let close = tokens[mention.tokens.upperBound + 2]
            guard bytes[open.span.start] == UInt8(ascii: "("), open.span.length == 1,
                bytes[close.span.start] == UInt8(ascii: ")"), close.span.length == 1
            else { continue }
            let acronym = String(decoding: UnsafeBufferPointer(rebasing: bytes[inner.span.start..<inner.span.end]), as: UTF8.self)
            guard MentionResolver.isAcronym(acronym) else { continue }
            aliases[acronym] = mention.span
            if !covered.contains(mention.tokens.upperBound + 1) {
                var added = mention
                added.span = inner.span
                added.tokens = (mention.tokens.upperBound + 1)..<(mention.tokens.upperBound + 2)
                added.confidence = 0
                mentions.append(added)
            }
        }
        return aliases
    }

    /// Document-level consistency: a name tagged confidently once is tagged where it recurs
    /// untagged, and a person's surname alone is tagged as that person.
    private func consistentRepeats(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], ranges: [Range<Int>], mentions: [NameMention], tagged: [Bool]
    ) -> [NameMention] {
        var known: [UInt64: (length: Int, mention: NameMention)] = [:]
        for mention in mentions where mention.confidence > 0 {
            var hash: UInt64 = 0
            for index in mention.tokens {
                hash = FeatureHash.sequence(hash, FeatureHash.bytes(bytes, tokens[index].span.start, tokens[index].span.end, lower: false))
            }
            known[hash] = (mention.tokens.count, mention)
            if mention.type == "PERSON", mention.tokens.count > 1, let last = mention.tokens.last {
                let surname = FeatureHash.sequence(0, FeatureHash.bytes(bytes, tokens[last].span.start, tokens[last].span.end, lower: false))
                if known[surname] == nil { known[surname] = (1, mention) }
            }
        }
        guard !known.isEmpty else { return [] }
        let longest = known.values.map(\.length).max() ?? 1
        var added: [NameMention] = []
        for range in ranges {
            var index = range.lowerBound
            while index < range.upperBound {
                guard !tagged[index], bytes[tokens[index].span.start] &- 0x41 < 26 else {
                    index += 1
                    continue
                }
                var hash: UInt64 = 0
                var matched: (Int, NameMention)?
                var end = index
                while end < range.upperBound, end - index < longest, !tagged[end] {
                    hash = FeatureHash.sequence(hash, FeatureHash.bytes(bytes, tokens[end].span.start, tokens[end].span.end, lower: false))
                    end += 1
                    if let entry = known[hash], entry.length == end - index { matched = (end, entry.mention) }
                }
                if let (matchEnd, source) = matched {
                    var mention = source
                    mention.span = Span(start: tokens[index].span.start, end: tokens[matchEnd - 1].span.end)
                    mention.tokens = index..<matchEnd
                    mention.confidence = 0
                    added.append(mention)
                    index = matchEnd
                } else {
                    index += 1
                }
            }
        }
        return added
    }
}
