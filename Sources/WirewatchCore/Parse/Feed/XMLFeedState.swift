/// The parser state reached from libxml2's callbacks through `ctxt->_private`.
final class XMLFeedState {
    struct ElementKey: Hashable {
        var localName: UInt
        var namespace: UInt
    }

    var machine: XMLFeedMachine
    /// Elements and their names by the interned pointers of their name and namespace.
    var cache: [ElementKey: (element: FeedElement, name: String)] = [:]
    /// Element names by their interned pointer.
    var names: [UInt: String] = [:]

    init(machine: XMLFeedMachine) {
        self.machine = machine
    }
}
