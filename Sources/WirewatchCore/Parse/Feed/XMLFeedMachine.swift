import Foundation

/// The state machine of one XML feed parse, driven by libxml2's callbacks.
///
/// A value type, so each callback makes one exclusive access to it (through `XMLFeedState`)
/// instead of one per property. Tracks the element stack, the `xml:base` stack, the item being read and the text being
/// captured for one of its fields. Text is kept as UTF-8 bytes until the item ends, and only
/// then converted (HTML to text) once per field.
struct XMLFeedMachine {
    /// How a captured field's text is to be read.
    enum Markup {
        /// Literal text.
        case text
        /// HTML source (RSS description, `content:encoded`, Atom `type="html"`).
        case html
        /// XHTML as child elements (Atom `type="xhtml"`), re-serialised into the buffer.
        case xhtml
        /// Not text (an Atom `content` with `src`, or base64): read and discarded.
        case ignored
    }

    enum Field {
        case itemTitle, itemLink, itemSummary, itemContent, itemPublished, itemUpdated, itemGuid, itemAuthor
        case itemAuthorName, itemCategory, itemId
        case feedTitle, feedLink, feedLanguage, feedDate, feedAuthorName
    }

    struct Capture {
        var field: Field
        /// Stack depth of the element whose text is captured.
        var depth: Int
        var markup: Markup
    }

    /// What the item callback learns about the feed besides the item.
    struct Snapshot {
        var feed: FeedInfo
        var feedDate: String?
        var format: InputFormat
        var errorCount: Int
        var firstError: String?
        var undefinedEntities: [String]
    }

    /// Deepest element nesting accepted; real feeds stay under 30 levels.
    static let maxDepth = 256

    let maxItemBytes: Int
    let onItem: (FeedItem, Snapshot) -> Void

    var format: InputFormat?
    var failure: StageFailure?
    var feed = FeedInfo()
    var feedDate: String?
    var feedAuthors: [String] = []
    var stack: [FeedElement] = []
    /// `xml:base` values in force, with the depth that set each.
    var bases: [(depth: Int, url: URL)] = []
    var item: FeedItem?
    var itemDepth = -1
    /// Converted text of the item's title and content, and the raw summary (converted only
    /// when there is no content).
    var itemTitle: String??
    var itemSummary: (bytes: [UInt8], markup: Markup)?
    var itemContent: String??
    var itemBytes = 0
    var guidIsPermaLink = true
    /// Whether the item's link came from an HTML alternate (preferred over other alternates).
    var linkIsPage = false
    var authorDepth = -1
    var skipDepth = -1
    var capture: Capture?
    var buffer: [UInt8] = []
    var items = 0
    var errorCount = 0
    var firstError: String?
    var fatalError: String?
    var undefinedEntities: Set<String> = []

    init(maxItemBytes: Int, onItem: @escaping (FeedItem, Snapshot) -> Void) {
        self.maxItemBytes = maxItemBytes
        self.onItem = onItem
        buffer.reserveCapacity(4096)
    }

    /// The base URL in force: the innermost `xml:base`, else the feed's link.
    var base: URL? {
        bases.last?.url ?? feed.url.flatMap { URL(string: $0) }
    }

    /// `href` resolved against the base in force.
    func resolve(_ href: String) -> String {
        let trimmed = href.trimmingSpaces
        guard !trimmed.isEmpty else { return trimmed }
        if trimmed.hasPrefix("https://") || trimmed.hasPrefix("http://") { return trimmed }
        if let url = URL(string: trimmed), url.scheme != nil { return trimmed }
        guard let base, let resolved = URL(string: trimmed, relativeTo: base) else { return trimmed }
        return resolved.absoluteString
    }

    // MARK: - Events

    mutating func startElement(_ element: FeedElement, localName: String, attributes: [String: String], xmlBase: String?, xmlLang: String?) {
        let depth = stack.count
        stack.append(element)
        if let xmlBase {
            let resolved = URL(string: xmlBase.trimmingSpaces, relativeTo: base)?.absoluteURL
            if let resolved { bases.append((depth, resolved)) }
        }
        if skipDepth >= 0 { return }
        if let capture {
            // Markup inside a captured field: XHTML content, or raw HTML a sloppy feed left unescaped.
            if capture.markup == .html || capture.markup == .xhtml {
                appendMarkup("<" + localName + ">")
            }
            return
        }
        if depth == 0 {
            identifyRoot(element, localName: localName)
            if element == .feed, let xmlLang { feed.language = xmlLang.lowercased() }
            return
        }
        if element == .item || element == .entry {
            if item == nil {
                item = FeedItem()
                itemDepth = depth
                itemTitle = nil
                itemSummary = nil
                itemContent = nil
                itemBytes = 0
                guidIsPermaLink = true
                linkIsPage = false
            }
            return
        }
        if element == .source {
            skipDepth = depth  // an Atom entry's source feed, or RSS <source>: not the item's own data
            return
        }
        if element == .author {
            authorDepth = depth
        }
        if item != nil {
            startItemField(element, attributes: attributes, depth: depth)
        } else {
            startFeedField(element, attributes: attributes, depth: depth)
        }
    }

    mutating func endElement(localName: String) {
        let depth = stack.count - 1
        guard depth >= 0 else { return }
        let element = stack.removeLast()
        defer {
            while let last = bases.last, last.depth >= depth { bases.removeLast() }
        }
        if skipDepth >= 0 {
            if depth == skipDepth { skipDepth = -1 }
            return
        }
        if let current = capture {
            if depth > current.depth {
                if current.markup == .html || current.markup == .xhtml { appendMarkup("</" + localName + ">") }
                return
            }
            finishCapture(current)
            capture = nil
        }
        if depth == authorDepth { authorDepth = -1 }
        if depth == itemDepth, element == .item || element == .entry {
            emitItem(cutOff: false)
        }
    }

    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let capture, skipDepth < 0, capture.markup != .ignored else { return }
        if capture.markup == .xhtml {
            appendEscaped(bytes)
        } else {
            appendLimited(bytes)
        }
    }

    mutating func error(level: Int, line: Int, message: String) {
        errorCount += 1
        let described = "line \(line): \(message.trimmingSpaces)"
        if firstError == nil { firstError = described }
        if level >= 3 && fatalError == nil { fatalError = described }
    }

    mutating func fail(_ reason: String) {
        if failure == nil { failure = StageFailure(stage: "parse", reason: reason) }
    }

    /// At the end of input: an item left open by a truncated file is kept, with a warning.
    mutating func finishInput() {
        if var open = item, failure == nil {
            if let current = capture { finishCapture(current) }
            capture = nil
            open.warnings.append("the item was cut off by the end of the file")
            item = open
            emitItem(cutOff: true)
        }
    }

    // MARK: - Fields

    private mutating func identifyRoot(_ element: FeedElement, localName: String) {
        switch element {
        case .rss: format = .rss
        case .rdf: format = .rdf
        case .feed: format = .atom
        case .html: fail("an HTML page, not a feed")
        case .opml: fail("an OPML subscription list, not a feed")
        default: fail("XML whose root element is <\(localName)>, not a feed (RSS, RDF or Atom)")
        }
    }

    private mutating func startItemField(_ element: FeedElement, attributes: [String: String], depth: Int) {
        switch element {
        case .title where depth == itemDepth + 1:
            begin(.itemTitle, depth, markup: markup(attributes, default: format == .atom ? .text : .html))
        case .link:
            if format == .atom || attributes["href"] != nil {
                atomLink(attributes, inItem: true)
            } else {
                begin(.itemLink, depth, markup: .text)
            }
        case .description, .summary:
            begin(.itemSummary, depth, markup: markup(attributes, default: element == .summary && format == .atom ? .text : .html))
        case .contentEncoded:
            begin(.itemContent, depth, markup: .html)
        case .content:
            begin(.itemContent, depth, markup: attributes["src"] != nil ? .ignored : markup(attributes, default: .text))
        case .pubDate, .published, .date:
            begin(.itemPublished, depth, markup: .text)
        case .updated:
            begin(.itemUpdated, depth, markup: .text)
        case .guid:
            guidIsPermaLink = attributes["isPermaLink"]?.lowercased() != "false"
            begin(.itemGuid, depth, markup: .text)
        case .id:
            begin(.itemId, depth, markup: .text)
        case .author where format != .atom, .creator:
            begin(.itemAuthor, depth, markup: .text)
        case .name where authorDepth >= 0:
            begin(.itemAuthorName, depth, markup: .text)
        case .category, .subject:
            if let term = attributes["label"] ?? attributes["term"] {
                appendCategory(term)
            } else {
                begin(.itemCategory, depth, markup: .text)
            }
        case .enclosure, .mediaContent:
            if let url = attributes["url"], !url.isEmpty {
                appendEnclosure(url: url, type: attributes["type"], length: attributes["length"] ?? attributes["fileSize"])
            }
        default:
            break
        }
    }

    private mutating func startFeedField(_ element: FeedElement, attributes: [String: String], depth: Int) {
        // Only the feed's own elements (children of the channel, or of an Atom feed).
        let parent = stack.count >= 2 ? stack[stack.count - 2] : .other
        guard parent == .channel || parent == .feed || (parent == .author && authorDepth >= 0) else { return }
        switch element {
        case .title: begin(.feedTitle, depth, markup: markup(attributes, default: format == .atom ? .text : .html))
        case .link:
            if attributes["href"] != nil || format == .atom {
                atomLink(attributes, inItem: false)
            } else {
                begin(.feedLink, depth, markup: .text)
            }
        case .language: begin(.feedLanguage, depth, markup: .text)
        case .pubDate, .lastBuildDate, .date, .updated, .published:
            if feedDate == nil { begin(.feedDate, depth, markup: .text) }
        case .name where authorDepth >= 0: begin(.feedAuthorName, depth, markup: .text)
        default: break
        }
    }

    /// Atom `link`: `rel` alternate (or none) is the page, `enclosure` an attachment.
    private mutating func atomLink(_ attributes: [String: String], inItem: Bool) {
        guard let href = attributes["href"], !href.isEmpty else { return }
        let rel = attributes["rel"]?.lowercased() ?? "alternate"
        let type = attributes["type"]?.lowercased()
        switch rel {
        case "alternate":
            let isPage = type == nil || type == "text/html" || type == "application/xhtml+xml"
            if inItem {
                if item?.entry.link == nil || (isPage && !linkIsPage) {
                    let resolved = resolve(href)
                    item?.entry.link = resolved
                    linkIsPage = isPage
                }
            } else if feed.url == nil && isPage {
                let resolved = resolve(href)
                feed.url = resolved
            }
        case "enclosure" where inItem:
            appendEnclosure(url: href, type: attributes["type"], length: attributes["length"])
        default:
            break
        }
    }

    private func markup(_ attributes: [String: String], default fallback: Markup) -> Markup {
        if attributes["mode"]?.lowercased() == "escaped" { return .html }
        if attributes["mode"]?.lowercased() == "base64" { return .ignored }
        guard let type = attributes["type"]?.lowercased() else { return fallback }
        switch type {
        case "text", "text/plain": return .text
        case "html", "text/html": return .html
        case "xhtml", "application/xhtml+xml": return .xhtml
        default: return type.hasPrefix("text/") ? .text : .ignored
        }
    }

    private mutating func begin(_ field: Field, _ depth: Int, markup: Markup) {
        capture = Capture(field: field, depth: depth, markup: markup)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func finishCapture(_ capture: Capture) {
        // The buffer is converted in place and reused: no copy for the common fields.
        defer { buffer.removeAll(keepingCapacity: true) }
        let bytes = buffer
        func plain() -> String { HTMLText.text(fromPlain: bytes) }
        switch capture.field {
        case .itemTitle: if itemTitle == nil { itemTitle = .some(Self.text(bytes, capture.markup)) }
        case .itemSummary: if itemSummary == nil, capture.markup != .ignored { itemSummary = (Array(bytes), capture.markup) }
        case .itemContent: if capture.markup != .ignored, itemContent == nil { itemContent = .some(Self.text(bytes, capture.markup)) }
        case .itemLink:
            let link = plain()
            if !link.isEmpty, item?.entry.link == nil {
                let resolved = resolve(link)
                item?.entry.link = resolved
            }
        case .itemPublished:
            if item?.publishedText == nil { item?.publishedText = plain() }
        case .itemUpdated:
            if item?.updatedText == nil { item?.updatedText = plain() }
        case .itemGuid:
            let guid = plain()
            if !guid.isEmpty {
                if item?.entry.id == nil { item?.entry.id = guid }
                if guidIsPermaLink, guid.hasPrefix("http://") || guid.hasPrefix("https://"), item?.entry.link == nil {
                    item?.entry.link = guid
                }
            }
        case .itemId:
            let id = plain()
            if !id.isEmpty { item?.entry.id = id }
        case .itemAuthor:
            let author = Self.authorName(plain())
            if !author.isEmpty, !(item?.authors.contains(author) ?? true) { item?.authors.append(author) }
        case .itemAuthorName:
            let author = plain()
            if !author.isEmpty, !(item?.authors.contains(author) ?? true) { item?.authors.append(author) }
        case .itemCategory:
            appendCategory(plain())
        case .feedTitle:
            if feed.title == nil {
                let title = capture.markup == .text ? plain() : HTMLText.text(fromHTML: bytes)
                feed.title = title.isEmpty ? nil : title
            }
        case .feedLink:
            let link = plain()
            if !link.isEmpty, feed.url == nil { feed.url = link }
        case .feedLanguage:
            let language = plain().lowercased()
            if !language.isEmpty, feed.language == nil { feed.language = language }
        case .feedDate:
            let date = plain()
            if !date.isEmpty, feedDate == nil { feedDate = date }
        case .feedAuthorName:
            let author = plain()
            if !author.isEmpty { feedAuthors.append(author) }
        }
    }

    /// `jane@example.org (Jane Doe)` → `Jane Doe`; a bare address stays as it is.
    static func authorName(_ raw: String) -> String {
        if let open = raw.firstIndex(of: "("), let close = raw.lastIndex(of: ")"), open < close, raw.contains("@") {
            let inner = raw[raw.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if !inner.isEmpty { return inner }
        }
        return raw
    }

    private mutating func appendCategory(_ category: String) {
        let trimmed = category.trimmingSpaces
        guard !trimmed.isEmpty, !(item?.entry.categories.contains(trimmed) ?? true) else { return }
        item?.entry.categories.append(trimmed)
    }

    private mutating func appendEnclosure(url: String, type: String?, length: String?) {
        let resolved = resolve(url)
        guard !(item?.entry.enclosures.contains { $0.url == resolved } ?? true) else { return }
        item?.entry.enclosures.append(
            FeedEntry.Enclosure(url: resolved, type: type?.trimmingSpaces, length: length.flatMap { Int($0.trimmingSpaces) }))
    }

    // MARK: - Text

    private mutating func appendLimited(_ bytes: UnsafeBufferPointer<UInt8>) {
        let room = maxItemBytes - itemBytes
        guard room > 0 else {
            noteTruncation()
            return
        }
        if bytes.count > room {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<room]))
            itemBytes += room
            noteTruncation()
        } else {
            buffer.append(contentsOf: bytes)
            itemBytes += bytes.count
        }
    }

    private mutating func appendMarkup(_ tag: String) {
        var tag = tag
        tag.withUTF8 { appendLimited($0) }
    }

    /// Text inside XHTML content is text, so `<` and `&` are escaped before HTML conversion.
    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: "&") {
            appendLimited(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            appendMarkup(bytes[index] == UInt8(ascii: "<") ? "&lt;" : "&amp;")
            start = index + 1
        }
        appendLimited(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
    }

    private mutating func noteTruncation() {
        guard item != nil else { return }
        let warning = "item text over max_item_bytes (\(maxItemBytes)) was cut"
        if !(item?.warnings.contains(warning) ?? true) { item?.warnings.append(warning) }
    }

    /// The text of a captured field, or nil when it has none.
    private static func text(_ bytes: [UInt8], _ markup: Markup) -> String? {
        let text: String
        switch markup {
        case .text: text = HTMLText.text(fromPlain: bytes)
        case .html, .xhtml: text = HTMLText.text(fromHTML: bytes)
        case .ignored: return nil
        }
        return text.isEmpty ? nil : text
    }

    private mutating func emitItem(cutOff: Bool) {
        guard var finished = item else { return }
        item = nil
        itemDepth = -1
        finished.title = itemTitle ?? nil
        finished.content = itemContent ?? nil
        // The summary is only the text when there is no content; otherwise it is not converted.
        if finished.content == nil, let summary = itemSummary {
            finished.summary = Self.text(summary.bytes, summary.markup)
        }
        if finished.authors.isEmpty { finished.authors = feedAuthors }
        items += 1
        onItem(
            finished,
            Snapshot(
                feed: feed, feedDate: feedDate, format: format ?? .rss, errorCount: errorCount, firstError: firstError,
                undefinedEntities: undefinedEntities.sorted()))
    }
}
