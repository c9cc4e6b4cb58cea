/// A name found in the text, before mentions are grouped into entities.
struct NameMention {
    /// UTF-8 offsets.
    var span: Span
    /// Token range in the document's tokens.
    var tokens: Range<Int>
    /// Fine type: PERSON, ORG, GPE, LOC, FAC, NORP, EQUIPMENT, EVENT, MISC.
    var type: String
    /// The tagger's confidence (sum of token margins); patterns use a large value.
    var confidence: Float
    var country: String?
    var geo: (latitude: Double, longitude: Double)?
}
