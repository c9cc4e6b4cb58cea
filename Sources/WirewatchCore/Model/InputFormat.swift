/// The format an article came in, as named in `source.format`.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    case text
    case rss
    case atom
    case rdf
    case json
    case jsonl
}
