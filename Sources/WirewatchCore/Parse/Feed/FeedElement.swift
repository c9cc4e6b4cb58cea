/// The elements of RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and 0.3 and their common extensions
/// that the feed parser acts on, identified by namespace URI and local name.
enum FeedElement: UInt8 {
    case rss, rdf, channel, item, feed, entry
    case title, link, description, contentEncoded, pubDate, lastBuildDate, date, creator, language, subject
    case guid, author, name, category, enclosure, id, published, updated, summary, content, mediaContent, source
    case html, opml
    case other

    enum Namespace {
        static let atom = "http://www.w3.org/2005/Atom"
        static let atom03 = "http://purl.org/atom/ns#"
        static let rss10 = "http://purl.org/rss/1.0/"
        static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
        static let rss2 = "http://backend.userland.com/rss2"
        static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        static let dc = "http://purl.org/dc/elements/1.1/"
        static let content = "http://purl.org/rss/1.0/modules/content/"
        static let media = "http://search.yahoo.com/mrss/"
        static let xhtml = "http://www.w3.org/1999/xhtml"
        static let xml = "http://www.w3.org/XML/1998/namespace"
    }

    /// Identifies an element. `namespace` is nil for no namespace.
    static func identify(namespace: String?, localName: String) -> FeedElement {
        switch namespace {
        case nil, Namespace.rss2?, Namespace.rss10?, Namespace.rss090?:
            switch localName {
            case "rss": return namespace == nil ? .rss : .other
            case "channel": return .channel
            case "item": return .item
            case "title": return .title
            case "link": return .link
            case "description": return .description
            case "pubDate": return .pubDate
            case "lastBuildDate": return .lastBuildDate
            case "guid": return .guid
            case "author": return .author
            case "category": return .category
            case "enclosure": return .enclosure
            case "language": return .language
            case "source": return .source
            case "html", "HTML": return .html
            case "opml": return .opml
            case "feed": return .other
            default: return .other
            }
        case Namespace.atom?, Namespace.atom03?:
            switch localName {
            case "feed": return .feed
            case "entry": return .entry
            case "title": return .title
            case "link": return .link
            case "id": return .id
            case "published", "issued", "created": return .published
            case "updated", "modified": return .updated
            case "summary", "tagline", "subtitle": return localName == "summary" ? .summary : .other
            case "content": return .content
            case "author": return .author
            case "name": return .name
            case "category": return .category
            case "source": return .source
            default: return .other
            }
        case Namespace.rdf?:
            return localName == "RDF" ? .rdf : .other
        case Namespace.dc?:
            switch localName {
            case "date": return .date
            case "creator": return .creator
            case "language": return .language
            case "subject": return .subject
            case "title": return .title
            default: return .other
            }
        case Namespace.content?:
            return localName == "encoded" ? .contentEncoded : .other
        case Namespace.media?:
            return localName == "content" ? .mediaContent : .other
        case Namespace.xhtml?:
            return localName == "html" ? .html : .other
        default:
            return localName == "html" ? .html : localName == "opml" ? .opml : .other
        }
    }
}
