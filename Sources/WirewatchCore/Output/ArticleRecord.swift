/// Builds the outbox record of a document: schema `wirewatch.article/1`.
///
/// Every span becomes `start`/`end` Unicode code point offsets into the record's `text`
/// (end-exclusive) plus the spanned `text`. See `schema/article.schema.json`.
public struct ArticleRecord: Sendable {
    /// The schema identifier written in every record.
    public static let schema = "wirewatch.article/1"

    /// Whether to include every token (config `emit_tokens`).
    public var emitTokens: Bool

    public init(emitTokens: Bool = false) {
        self.emitTokens = emitTokens
    }

    /// The record as a JSON value.
    public func json(for document: Document) -> JSONValue {
        let offsets = ScalarOffsets(document.text)
        var text = document.text
        return text.withUTF8 { bytes -> JSONValue in
            func spanFields(_ span: Span) -> [String: JSONValue] {
                let (start, end) = offsets.scalars(span)
                let slice = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
                return ["start": .int(start), "end": .int(end), "text": .string(String(decoding: slice, as: UTF8.self))]
            }
            var source: [String: JSONValue] = [
                "file": .string(document.source.file),
                "format": .string(document.source.format.rawValue),
                "item": .optional(document.source.item),
                "sha256": .string(document.source.sha256),
                "encoding": .string(document.source.encoding),
                "received": .string(CivilDate.rfc3339(document.source.received)),
            ]
            if let id = document.source.id { source["id"] = .string(id) }
            if let feed = document.source.feed {
                source["feed"] = .object([
                    "title": .optional(feed.title), "url": .optional(feed.url), "language": .optional(feed.language),
                ])
            }
            if let entry = document.source.entry {
                source["entry"] = .object([
                    "id": .optional(entry.id),
                    "link": .optional(entry.link),
                    "updated": .optional(entry.updated),
                    "categories": .array(entry.categories.map(JSONValue.string)),
                    "enclosures": .array(
                        entry.enclosures.map { enclosure in
                            .object([
                                "url": .string(enclosure.url), "type": .optional(enclosure.type),
                                "length": .optional(enclosure.length),
                            ])
                        }),
                ])
            }
            var record: [String: JSONValue] = [
                "schema": .string(Self.schema),
                "id": .string(document.id),
                "source": .object(source),
                "published": .optional(document.published),
                "published_from": .optional(document.publishedFrom),
                "title": .optional(document.title),
                "url": .optional(document.url),
                "authors": .array(document.authors.map(JSONValue.string)),
                "language": .optional(document.language),
                "text": .string(document.text),
                "sentences": .array(
                    document.sentences.map { span in
                        let (start, end) = offsets.scalars(span)
                        return .object(["start": .int(start), "end": .int(end)])
                    }),
                "entities": .array(
                    document.entities.map { entity in
                        var fields: [String: JSONValue] = [
                            "id": .string(entity.id),
                            "type": .string(entity.type),
                            "name": .string(entity.name),
                            "mentions": .array(
                                entity.mentions.map { mention in
                                    var fields = spanFields(mention.span)
                                    fields["kind"] = .string(mention.kind.rawValue)
                                    return .object(fields)
                                }),
                            "roles": .array(entity.roles.map(JSONValue.string)),
                            "quotes": .array(entity.quotes.map(JSONValue.int)),
                        ]
                        if let country = entity.country { fields["country"] = .string(country) }
                        if let geo = entity.geo {
                            fields["geo"] = .object(["lat": .double(geo.latitude), "lon": .double(geo.longitude)])
                        }
                        return .object(fields)
                    }),
                "quotes": .array(
                    document.quotes.map { quote in
                        var fields = spanFields(quote.span)
                        fields["kind"] = .string(quote.kind.rawValue)
                        fields["cue"] = quote.cue.map { .object(spanFields($0)) } ?? .null
                        fields["parts"] = .array(quote.parts.map { .object(spanFields($0)) })
                        fields["source_kind"] = .string(quote.sourceKind.rawValue)
                        if let speaker = quote.speaker {
                            var speakerFields = spanFields(speaker.span)
                            speakerFields["name"] = .string(speaker.name)
                            speakerFields["entity"] = .optional(speaker.entity)
                            fields["speaker"] = .object(speakerFields)
                        } else {
                            fields["speaker"] = .null
                        }
                        return .object(fields)
                    }),
                "times": .array(
                    document.times.map { time in
                        var fields = spanFields(time.span)
                        fields["type"] = .string(time.type.rawValue)
                        fields["value"] = .string(time.value)
                        if let mod = time.mod { fields["mod"] = .string(mod) }
                        return .object(fields)
                    }),
                "quantities": .array(
                    document.quantities.map { quantity in
                        var fields = spanFields(quantity.span)
                        fields["value"] = .double(quantity.value)
                        fields["unit"] = .optional(quantity.unit)
                        fields["kind"] = .string(quantity.kind.rawValue)
                        fields["approximate"] = .bool(quantity.approximate)
                        fields["modifiers"] = .array(quantity.modifiers.map(JSONValue.string))
                        if let maximum = quantity.maximum { fields["max"] = .double(maximum) }
                        if let currency = quantity.currency { fields["currency"] = .string(currency) }
                        if let qualifier = quantity.qualifier { fields["qualifier"] = .string(qualifier) }
                        if let si = quantity.si { fields["si"] = .object(["value": .double(si.value), "unit": .string(si.unit)]) }
                        return .object(fields)
                    }),
                "sourcing": .object(
                    Dictionary(uniqueKeysWithValues: Quote.SourceKind.allCases.map { kind in
                        (kind.rawValue, JSONValue.int(document.quotes.count { $0.sourceKind == kind }))
                    })),
                "events": .array([]),
                "warnings": .array(document.warnings.map(JSONValue.string)),
            ]
            if emitTokens {
                record["tokens"] = .array(
                    document.tokens.map { token in
                        var fields = spanFields(token.span)
                        fields["kind"] = .string(token.kind.name)
                        return .object(fields)
                    })
            }
            return .object(record)
        }
    }

    /// The record as one line of compact JSON, without the final newline.
    public func encode(_ document: Document) -> [UInt8] {
        json(for: document).serialized()
    }
}
