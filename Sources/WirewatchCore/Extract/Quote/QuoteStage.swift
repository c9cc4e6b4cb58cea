/// The extract stage that finds who said what: direct quotes, reported speech and quoted
/// fragments, each with its cue, its speaker resolved to an entity, and the kind of source.
///
/// Runs after the entity stage when there is one: speakers resolve to its entities, people gain
/// `roles` from their titles and appositions, resolved pronouns and role nouns join the
/// entity's mentions (`pronoun`, `nominal`), and each entity lists its `quotes`. Without
/// entities the attributions keep their surface speakers. With an attribution model (trained
/// by `wirewatch train quotes`), a filter drops the rules' reported speech that is likely wrong
/// and a tagger (a CRF) adds the attributions the rules missed or the filter dropped.
public struct QuoteStage: Stage {
    public let name = "quotes"
    public let requires: Set<Annotation> = [.tokens, .sentences]
    public let provides: Set<Annotation> = [.quotes]

    private let lexicons: Lexicons
    let finder = AttributionFinder()
    private let roleFinder = RoleFinder()
    private let tagger: AttributionTagger?
    private let filter: AttributionFilter?
    typealias Vocabulary = AttributionVocabulary

    /// `lexicons` give the genders of first names for pronoun resolution; `model`, when given,
    /// is what `wirewatch train quotes` learned (`quotes.model`): the filter on the rules'
    /// reported speech and the attribution tagger.
    public init(lexicons: Lexicons = Lexicons(), model: AttributionModel? = nil) {
        self.lexicons = lexicons
        tagger = model.map { AttributionTagger(model: $0.tagger, clusters: $0.clusters) }
        filter = model?.filter
    }

    /// Whether an attribution model is loaded.
    public var hasModel: Bool { tagger != nil }

    public func process(_ document: Document) throws(StageFailure) -> Document {
        var result = document
        var text = document.text
        text.withUTF8 { bytes in annotate(bytes, &result) }
        return result
    }

    private func annotate(_ bytes: UnsafeBufferPointer<UInt8>, _ document: inout Document) {
        let tokens = document.tokens
        guard !tokens.isEmpty else { return }
        let (text, occurrences, entityAt) = reading(bytes, document)
        let found = finder.find(text)
        var attributions = found
        if filter != nil || tagger != nil {
            let kinds = Self.entityKinds(entityAt, document.entities)
            if let filter {
                // A source marked anonymous is kept whatever the filter says: such reports are
                // mostly right (37 of 44 on PolNeAR train), and they are what `sourcing` counts.
                let marked = found.map { attribution in attribution.speaker.map { Self.markedAnonymous(attribution, $0, text) } ?? false }
                attributions = AttributionFinder.inTextOrder(found, keeping: filter.kept(found, text: text, entityKinds: kinds, exempt: marked))
            }
            if let tagger {
                // The tagger reads all the rules found (as it was trained to) and fills the
                // places the filter emptied as well as those the rules missed.
                let added = tagger.additions(bytes, tokens: tokens, text: text, attributions: found, kept: attributions, entityKinds: kinds)
                if !added.isEmpty {
                    attributions = AttributionFinder.inTextOrder(attributions + added, keeping: Array((attributions + added).indices))
                }
            }
        }
        guard !attributions.isEmpty || !document.entities.isEmpty else { return }
        let (words, capitalised) = (text.words, text.capitalised)

        // The roles and genders of people.
        var roles = [[String]](repeating: [], count: document.entities.count)
        var genders = [String?](repeating: nil, count: document.entities.count)
        for occurrence in occurrences where document.entities[occurrence.entity].type == "PERSON" {
            let sentence = text.sentence(of: occurrence.tokens.lowerBound)
            for role in roleFinder.roles(of: occurrence.tokens, sentence: sentence, words: words, capitalised: capitalised, punctuation: text.punctuation)
            where !roles[occurrence.entity].contains(role) {
                roles[occurrence.entity].append(role)
            }
            if genders[occurrence.entity] == nil {
                genders[occurrence.entity] = gender(of: occurrence, document.entities[occurrence.entity], words: words, roles: roles[occurrence.entity])
            }
        }
        let resolver = SpeakerResolver(
            words: words, capitalised: capitalised, entities: document.entities, occurrences: occurrences, entityAt: entityAt,
            roles: roles, genders: genders, sentenceOf: text.sentenceOf, quotationOf: text.quotationOf)

        func span(_ range: Range<Int>) -> Span { Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end) }
        func surface(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[span(range).start..<span(range).end]), as: UTF8.self)
        }

        var quotes: [Quote] = []
        var resolutions: [SpeakerResolver.Resolution?] = []
        var speakerRanges: [Range<Int>?] = []
        var previousSpeakers: [(token: Int, entity: Int)] = []
        var added: [Int: [Mention]] = [:]
        for attribution in attributions {
            // "It is believed": the dummy subject is no speaker.
            var speakerRange = attribution.impersonal ? nil : attribution.speaker
            var resolution: SpeakerResolver.Resolution?
            if let range = speakerRange {
                // The resolver reads the last speaker before this one: found from the end, not
                // by filtering every earlier speaker (quadratic in an article of many quotes).
                let previous = previousSpeakers.last { $0.token < range.lowerBound }
                resolution = resolver.resolve(range, previousSpeakers: previous.map { [$0] } ?? [])
                if let resolution, resolution.kind != .name {
                    added[resolution.entity, default: []].append(Mention(span: span(resolver.head(of: range)), kind: resolution.kind))
                }
            } else if let inherited = attribution.inherits, inherited < quotes.count {
                speakerRange = speakerRanges[inherited]
                resolution = resolutions[inherited]
            }
            if let resolution, let range = speakerRange { previousSpeakers.append((range.lowerBound, resolution.entity)) }
            let speaker = speakerRange.map { range in
                Quote.Speaker(
                    name: resolution.map { document.entities[$0.entity].name } ?? surface(range),
                    entity: resolution.map { document.entities[$0.entity].id }, span: span(range))
            }
            let parts = attribution.parts.map(span)
            let kind = sourceKind(attribution, speakerRange, resolution, text, document.entities)
            quotes.append(
                Quote(
                    span: Span(start: parts[0].start, end: parts[parts.count - 1].end), parts: parts, kind: attribution.kind,
                    speaker: speaker, cue: attribution.cue.map(span), sourceKind: kind))
            resolutions.append(resolution)
            speakerRanges.append(speakerRange)
        }

        var quotesOf = [[Int]](repeating: [], count: document.entities.count)
        for (quote, resolution) in resolutions.enumerated() {
            if let entity = resolution?.entity, entity < quotesOf.count { quotesOf[entity].append(quote) }
        }
        for index in document.entities.indices {
            document.entities[index].roles = roles[index]
            document.entities[index].quotes = quotesOf[index]
            if let mentions = added[index] {
                var all = document.entities[index].mentions
                for mention in mentions where !all.contains(where: { $0.span == mention.span }) { all.append(mention) }
                document.entities[index].mentions = all.sorted { $0.span < $1.span }
            }
        }
        document.quotes = quotes
    }

    /// The finder's view of the document, and its entity name mentions as token ranges (sorted)
    /// and per token (the entity's index, or -1).
    func reading(
        _ bytes: UnsafeBufferPointer<UInt8>, _ document: Document
    ) -> (text: AttributionFinder.Text, occurrences: [SpeakerResolver.Occurrence], entityAt: [Int]) {
        let tokens = document.tokens
        let sentences = tokens.ranges(of: document.sentences)
        let (words, capitalised) = document.tokenWords(bytes)
        let text = AttributionFinder.Text(bytes, tokens: tokens, words: words, capitalised: capitalised, sentences: sentences)
        var occurrences: [SpeakerResolver.Occurrence] = []
        for (index, entity) in document.entities.enumerated() {
            for mention in entity.mentions where mention.kind == .name {
                let first = tokens.partitionPoint { $0.span.end <= mention.span.start }
                let end = tokens.partitionPoint { $0.span.start < mention.span.end }
                if first < end { occurrences.append(SpeakerResolver.Occurrence(entity: index, tokens: first..<end)) }
            }
        }
        occurrences.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var entityAt = [Int](repeating: -1, count: tokens.count)
        for occurrence in occurrences { for token in occurrence.tokens { entityAt[token] = occurrence.entity } }
        return (text, occurrences, entityAt)
    }

    /// Per token, a small code of the entity type it names (0 for none), for the tagger.
    static func entityKinds(_ entityAt: [Int], _ entities: [Entity]) -> [UInt8] {
        entityAt.map { index in
            guard index >= 0 else { return 0 }
            switch entities[index].type {
            case "PERSON": return 1
            case "ORG": return 2
            case "GPE", "LOC", "FAC": return 3
            case "NORP": return 4
            default: return 5
            }
        }
    }

    /// Gender of a person from the first name, an honorific before a mention, or a gendered title.
    private func gender(of occurrence: SpeakerResolver.Occurrence, _ entity: Entity, words: [String], roles: [String]) -> String? {
        if let first = entity.name.split(separator: " ").first, let gender = lexicons.gender(ofFirstName: String(first)) { return gender }
        let before = occurrence.tokens.lowerBound - 1
        if before >= 0 {
            switch words[before] {
            case "mr.", "mr", "sir", "lord": return "m"
            case "mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady": return "f"
            default: break
            }
        }
        let female: Set<String> = ["spokeswoman", "congresswoman", "chairwoman", "councilwoman", "actress", "queen", "princess"]
        let male: Set<String> = ["spokesman", "congressman", "councilman", "king", "prince"]
        if roles.contains(where: female.contains) { return "f" }
        if roles.contains(where: male.contains) { return "m" }
        return nil
    }

    /// Whether a marker of anonymity stands by the speaker: "US officials, on condition of
    /// anonymity,", "a source familiar with the talks", "people close to the minister".
    static func markedAnonymous(_ attribution: AttributionFinder.Attribution, _ speaker: Range<Int>, _ text: AttributionFinder.Text) -> Bool {
        let sentence = text.sentence(of: speaker.lowerBound)
        // Up to the content when it follows the cue ("officials said on condition of anonymity
        // that"), a few words past the cue when it comes before.
        let cueEnd = max(speaker.upperBound, attribution.cue?.upperBound ?? 0)
        let contentStart = attribution.content.lowerBound
        let windowEnd = min(sentence.upperBound, contentStart >= cueEnd ? contentStart : cueEnd + 8)
        let window = max(sentence.lowerBound, speaker.lowerBound - 1)..<windowEnd
        for marker in Vocabulary.anonymityMarkers {
            var token = window.lowerBound
            while token + marker.count <= window.upperBound {
                if text.quotationOf[token] < 0, (0..<marker.count).allSatisfy({ text.words[token + $0] == marker[$0] }) { return true }
                token += 1
            }
        }
        return false
    }

    /// Named, anonymous, document or unattributed, from the speaker phrase and its sentence.
    private func sourceKind(
        _ attribution: AttributionFinder.Attribution, _ speaker: Range<Int>?, _ resolution: SpeakerResolver.Resolution?,
        _ text: AttributionFinder.Text, _ entities: [Entity]
    ) -> Quote.SourceKind {
        guard let speaker else { return .unattributed }
        if Self.markedAnonymous(attribution, speaker, text) { return .anonymous }
        let sentence = text.sentence(of: speaker.lowerBound)
        var headEnd = speaker.lowerBound
        while headEnd < speaker.upperBound, !(headEnd > speaker.lowerBound && !text.capitalised[headEnd] && Vocabulary.innerPrepositions.contains(text.words[headEnd])) {
            headEnd += 1
        }
        let headWord = text.words[headEnd - 1]
        let headWords = (speaker.lowerBound..<headEnd).map { text.words[$0] }
        if let resolution {
            let entity = entities[resolution.entity]
            if entity.type == "ORG", SpeakerResolver.isPublication(entity.name) { return .document }
            return .named
        }
        if headWords.contains(where: { Vocabulary.documentNouns.contains($0) || Vocabulary.publicationNouns.contains($0) }) { return .document }
        if Vocabulary.anonymousNouns.contains(headWord) { return .anonymous }
        // "The council", "the transit authority": an organisation, if not by its name.
        if Vocabulary.organisationNouns.contains(headWord) { return .named }
        if let pronoun = Vocabulary.pronouns[headWord] { return pronoun == .male || pronoun == .female ? .named : .anonymous }
        let named = (speaker.lowerBound..<headEnd).contains { $0 != sentence.lowerBound && text.capitalised[$0] } || text.capitalised[headEnd - 1]
        return named ? .named : .anonymous
    }
}
