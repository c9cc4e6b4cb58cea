import CLibXML2

/// Streams RSS 2.0, RSS 1.0 (RDF) and Atom 1.0/0.3 through libxml2's SAX2 push parser.
///
/// Bytes are pushed in chunks as they are read, and each item is handed to `onItem` as soon as
/// its end tag is parsed, so a feed of any size is parsed in bounded memory. Hostile XML is
/// refused: any entity declaration stops the parse (billion laughs, quadratic blow-up and XXE
/// all need one), the network is never used (`XML_PARSE_NONET`), external DTDs are never
/// loaded, and entities are never substituted. Ill-formed feeds are recovered
/// (`XML_PARSE_RECOVER`) and the result carries a warning.
public final class XMLFeedParser {
    /// What a parse found, besides its items.
    public struct Summary: Sendable {
        public var format: InputFormat
        public var feed: FeedInfo
        /// The feed's own date as written (channel `pubDate`, `lastBuildDate`, `dc:date`, Atom `updated`).
        public var feedDate: String?
        public var items: Int
        public var warnings: [String]
    }

    /// What is known about the feed when an item is handed over.
    public struct Emission: Sendable {
        public var feed: FeedInfo
        /// The feed's own date as written, if seen yet.
        public var feedDate: String?
        public var format: InputFormat
        /// The encoding the bytes are read with.
        public var encoding: String
        /// Warnings about the feed so far (recovered errors, encoding repairs).
        public var warnings: [String]
    }

    /// The reason given when a feed declares entities.
    public static let entityRefusal = "entity declarations are not accepted"

    private let state: XMLFeedState
    private var context: xmlParserCtxtPtr?
    private var handler = xmlSAXHandler()
    private var encodingWarning: String?
    private var repair = AmpersandRepair()
    /// Set for UTF-32 input, which is handed to libxml2 as UTF-8.
    private var utf32: UTF32Transcoder?
    /// False for UTF-16/32 input, where bytes are not characters.
    private var repairsAmpersands = true
    /// The encoding the bytes are read with (`utf-8`, `iso-8859-1`, `utf-16le`, …).
    public private(set) var encoding = "utf-8"

    /// `onItem` receives each item with what is known of the feed so far.
    public init(maxItemBytes: Int, onItem: @escaping (FeedItem, Emission) -> Void) {
        let box = EmissionSource()
        let machine = XMLFeedMachine(maxItemBytes: max(1024, maxItemBytes)) { item, snapshot in
            guard let parser = box.parser else { return }
            onItem(
                item,
                Emission(
                    feed: snapshot.feed, feedDate: snapshot.feedDate, format: snapshot.format, encoding: parser.encoding,
                    warnings: parser.warnings(
                        errorCount: snapshot.errorCount, firstError: snapshot.firstError,
                        undefinedEntities: snapshot.undefinedEntities)))
        }
        state = XMLFeedState(machine: machine)
        defer { box.parser = self }
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = xmlFeedStartElement
        handler.endElementNs = xmlFeedEndElement
        handler.characters = xmlFeedCharacters
        handler.cdataBlock = xmlFeedCharacters
        handler.entityDecl = xmlFeedEntityDeclaration
        handler.getEntity = xmlFeedGetEntity
        handler.serror = xmlFeedError
    }

    deinit {
        if let context {
            context.pointee._private = nil
            xmlFreeDoc(context.pointee.myDoc)
            xmlFreeParserCtxt(context)
        }
    }

    /// Parses the next chunk of the file. Throws when the input is refused.
    public func push(_ chunk: UnsafeBufferPointer<UInt8>) throws(StageFailure) {
        guard !chunk.isEmpty else { return }
        if context == nil, let bigEndian = Self.utf32Order(chunk) {
            utf32 = UTF32Transcoder(bigEndian: bigEndian)
            encoding = bigEndian ? "utf-32be" : "utf-32le"
        }
        if var transcoder = utf32 {
            let converted = transcoder.transcode(chunk)
            utf32 = transcoder
            guard !converted.isEmpty else { return }
            try converted.withUnsafeBufferPointer { (utf8) throws(StageFailure) in try pushBytes(utf8) }
            return
        }
        try pushBytes(chunk)
    }

    /// Whether the input starts as UTF-32 (by BOM or the zero bytes around `<`), and its byte order.
    private static func utf32Order(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard chunk.count >= 4 else { return nil }
        let head = Array(chunk.prefix(4))
        if head == [0xFF, 0xFE, 0, 0] || head == [0x3C, 0, 0, 0] { return false }
        if head == [0, 0, 0xFE, 0xFF] || head == [0, 0, 0, 0x3C] { return true }
        return nil
    }

    private func pushBytes(_ chunk: UnsafeBufferPointer<UInt8>) throws(StageFailure) {
        guard !chunk.isEmpty else { return }
        var rest = chunk
        if context == nil {
            rest = try start(chunk)
        }
        if repairsAmpersands, let repaired = repair.repair(rest, final: false) {
            repaired.withUnsafeBufferPointer { parse($0, terminate: false) }
        } else {
            parse(rest, terminate: false)
        }
        if let failure = state.machine.failure { throw failure }
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, terminate: Bool) {
        guard let context, !bytes.isEmpty || terminate else { return }
        bytes.withMemoryRebound(to: CChar.self) { characters in
            _ = xmlParseChunk(context, characters.baseAddress, Int32(characters.count), terminate ? 1 : 0)
        }
    }

    /// Ends the input and returns what was found, or why nothing could be.
    public func finish() throws(StageFailure) -> Summary {
        guard let context else {
            throw StageFailure(stage: "parse", reason: "empty file")
        }
        repair.flush().withUnsafeBufferPointer { parse($0, terminate: false) }
        _ = xmlParseChunk(context, nil, 0, 1)
        if let failure = state.machine.failure { throw failure }
        state.machine.finishInput()
        let machine = state.machine
        guard let format = machine.format else {
            let detail = machine.fatalError ?? machine.firstError ?? "no root element"
            throw StageFailure(stage: "parse", reason: "not well-formed XML, nothing could be read (\(detail))")
        }
        if machine.items == 0 {
            if let detail = machine.fatalError ?? machine.firstError {
                throw StageFailure(stage: "parse", reason: "no item could be read from the feed (\(detail))")
            }
            throw StageFailure(stage: "parse", reason: "the feed has no items")
        }
        return Summary(
            format: format, feed: machine.feed, feedDate: machine.feedDate, items: machine.items,
            warnings: warnings(
                errorCount: machine.errorCount, firstError: machine.firstError,
                undefinedEntities: machine.undefinedEntities.sorted()))
    }

    /// The root element's format, once it has been read.
    public var format: InputFormat? { state.machine.format }

    /// Warnings about the feed given what the parse has met so far.
    private func warnings(errorCount: Int, firstError: String?, undefinedEntities: [String]) -> [String] {
        var warnings: [String] = []
        if let encodingWarning { warnings.append(encodingWarning) }
        if repair.repaired > 0 { warnings.append("ill-formed XML recovered: \(repair.repaired) bare '&' escaped") }
        if errorCount > 0, let first = firstError {
            warnings.append("ill-formed XML recovered (first error at \(first))")
        }
        if !undefinedEntities.isEmpty {
            let names = undefinedEntities.prefix(5).map { "&\($0);" }.joined(separator: ", ")
            warnings.append("undefined entities decoded as HTML: \(names)")
        }
        return warnings
    }

    /// Creates the parser on the first chunk, after settling the character encoding.
    private func start(_ chunk: UnsafeBufferPointer<UInt8>) throws(StageFailure) -> UnsafeBufferPointer<UInt8> {
        let head = min(4, chunk.count)
        let created = chunk.withMemoryRebound(to: CChar.self) { characters in
            xmlCreatePushParserCtxt(&handler, nil, characters.baseAddress, Int32(head), nil)
        }
        guard let created else { throw StageFailure(stage: "parse", reason: "libxml2 could not create a parser") }
        context = created
        var options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue)
        let encoding = utf32 == nil ? XMLEncodingCheck.override(for: chunk) : nil
        // Transcoded UTF-32 arrives as UTF-8 while its declaration still says UTF-32.
        if encoding != nil || utf32 != nil { options |= Int32(XML_PARSE_IGNORE_ENC.rawValue) }
        _ = xmlCtxtUseOptions(created, options)
        created.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        if utf32 != nil {
            // Labelled already; bytes are UTF-8 from here on.
        } else if let encoding {
            if let handler = xmlFindCharEncodingHandler(encoding.name) {
                _ = xmlSwitchToEncoding(created, handler)
            }
            encodingWarning = encoding.warning
            self.encoding = encoding.name.lowercased()
        } else if chunk.count >= 2, chunk[0] == 0xFF, chunk[1] == 0xFE {
            self.encoding = "utf-16le"
            repairsAmpersands = false
        } else if chunk.count >= 2, chunk[0] == 0xFE, chunk[1] == 0xFF {
            self.encoding = "utf-16be"
            repairsAmpersands = false
        } else if chunk.count >= 4, chunk[0] == 0x3C, chunk[1] == 0 {
            self.encoding = "utf-16le"
            repairsAmpersands = false
        } else if chunk.count >= 4, chunk[0] == 0, chunk[1] == 0x3C {
            self.encoding = "utf-16be"
            repairsAmpersands = false
        } else if let declared = XMLEncodingCheck.declaredEncoding(chunk) {
            self.encoding = declared.lowercased()
        }
        return UnsafeBufferPointer(rebasing: chunk[head...])
    }
}

/// Lets the state's item callback reach the parser that owns it (set once the parser exists).
private final class EmissionSource {
    weak var parser: XMLFeedParser?
}

/// The parser state of a callback's context.
private func feedState(_ context: UnsafeMutableRawPointer?) -> XMLFeedState? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let state = parser.pointee._private else { return nil }
    return Unmanaged<XMLFeedState>.fromOpaque(state).takeUnretainedValue()
}

private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    pointer.map { String(cString: $0) }
}

private let xmlFeedStartElement: startElementNsSAX2Func = {
    context, localName, _, namespace, _, _, attributeCount, _, attributes in
    guard let state = feedState(context), let localName else { return }
    guard state.machine.stack.count < XMLFeedMachine.maxDepth else {
        // libxml2's push parser keeps every open element; a hostile nesting would grow it without end.
        state.machine.fail("elements nested deeper than \(XMLFeedMachine.maxDepth) levels")
        xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
        return
    }
    // libxml2 interns names in its dictionary, so the pointers identify an element: the
    // element and its name are worked out once per parse, not once per occurrence.
    let key = XMLFeedState.ElementKey(
        localName: UInt(bitPattern: localName), namespace: UInt(bitPattern: namespace))
    let known: (element: FeedElement, name: String)
    if let cached = state.cache[key] {
        known = cached
    } else {
        let name = String(cString: localName)
        known = (FeedElement.identify(namespace: string(namespace), localName: name), name)
        state.cache[key] = known
        state.names[UInt(bitPattern: localName)] = name
    }
    var values: [String: String] = [:]
    var xmlBase: String?
    var xmlLang: String?
    if let attributes, attributeCount > 0 {
        for index in 0..<Int(attributeCount) {
            let base = index * 5
            guard let attributeName = attributes[base], let start = attributes[base + 3], let end = attributes[base + 4]
            else { continue }
            let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
            let attribute = String(cString: attributeName)
            if let uri = attributes[base + 2], strcmp(uri, FeedElement.Namespace.xml) == 0 {
                if attribute == "base" { xmlBase = value }
                if attribute == "lang" { xmlLang = value }
                continue
            }
            values[attribute] = value
        }
    }
    state.machine.startElement(known.element, localName: known.name, attributes: values, xmlBase: xmlBase, xmlLang: xmlLang)
}

private let xmlFeedEndElement: endElementNsSAX2Func = { context, localName, _, _ in
    guard let state = feedState(context), let localName else { return }
    state.machine.endElement(localName: state.names[UInt(bitPattern: localName)] ?? String(cString: localName))
}

private let xmlFeedCharacters: charactersSAXFunc = { context, characters, length in
    guard let state = feedState(context), let characters, length > 0 else { return }
    state.machine.characters(UnsafeBufferPointer(start: characters, count: Int(length)))
}

private let xmlFeedEntityDeclaration: entityDeclSAXFunc = { context, _, _, _, _, _ in
    guard let state = feedState(context) else { return }
    state.machine.fail(XMLFeedParser.entityRefusal)
    xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
}

/// Predefined XML entities never reach this callback; any other name is undeclared (declarations
/// stop the parse), so it is looked up among HTML's named references.
private let xmlFeedGetEntity: getEntitySAXFunc = { context, name in
    guard let state = feedState(context), let name else { return nil }
    let entityName = String(cString: name)
    let entity = HTMLEntityDeclarations.entity(named: entityName)
    state.machine.undefinedEntities.insert(entityName)
    return entity
}

private let xmlFeedError: xmlStructuredErrorFunc = { context, error in
    guard let state = feedState(context), let error else { return }
    let message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
    state.machine.error(level: Int(error.pointee.level.rawValue), line: Int(error.pointee.line), message: message)
}
