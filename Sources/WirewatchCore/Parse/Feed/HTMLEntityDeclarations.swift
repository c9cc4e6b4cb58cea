import CLibXML2
import Synchronization

/// libxml2 entities for the HTML named references sloppy feeds use without declaring them
/// (`&nbsp;`, `&eacute;`, `&mdash;`), handed to the parser from its `getEntity` callback.
///
/// They are of the predefined kind, so libxml2 passes their text straight to `characters`:
/// no expansion, no recursion, nothing to declare. One entity per name is made for the whole
/// process and kept (at most the 2,231 HTML5 names), so parsers on any thread can share them.
enum HTMLEntityDeclarations {
    private static let cache = Mutex<[String: UInt]>([:])

    /// The entity for `name`, or nil when HTML has no such named reference.
    static func entity(named name: String) -> xmlEntityPtr? {
        if let cached = cache.withLock({ $0[name] }) {
            return xmlEntityPtr(bitPattern: cached)
        }
        guard let text = HTMLEntities.table[name + ";"] else { return nil }
        let created = xmlNewEntity(nil, name, Int32(XML_INTERNAL_PREDEFINED_ENTITY.rawValue), nil, nil, text)
        guard let created else { return nil }
        let address = UInt(bitPattern: created)
        let kept = cache.withLock { cache -> UInt in
            // Another thread may have made it first; then this one is dropped (a few bytes, once per name).
            if let existing = cache[name] { return existing }
            cache[name] = address
            return address
        }
        return xmlEntityPtr(bitPattern: kept)
    }
}
