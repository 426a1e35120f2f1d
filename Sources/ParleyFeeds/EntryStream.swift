import CLibXML2

/// Reads each item or entry as soon as libxml2 has closed it, then frees its subtree, so a document's tree never
/// holds more than the channel and the item being read: peak memory follows the largest item, not the document
/// (issue 4: under 4x the largest document; a whole libxml2 tree costs about 6x). The emptied element stays in
/// the tree so libxml2's text coalescing (`xmlSAX2Characters`) never sees a node disappear.
final class EntryStream {
    private enum Reader {
        case rss(RSSAdapter)
        case atom(AtomAdapter, atom03: Bool)
        case none
    }

    private var reader: Reader?
    private var root: xmlNodePtr?
    private var sequence = 0
    private var open: [xmlNodePtr: Int] = [:]
    private var read: [(Int, FeedEntry)] = []
    /// Items already read (their subtrees are gone); adapters skip them when collecting what is left.
    private(set) var consumed: Set<xmlNodePtr> = []

    /// Entries read while parsing, in document order of their start tags.
    var entries: [FeedEntry] {
        // Items close in the order they opened unless they were nested; sort only then.
        let inOrder = zip(read, read.dropFirst()).allSatisfy { $0.0 < $1.0 }
        return (inOrder ? read : read.sorted { $0.0 < $1.0 }).map(\.1)
    }

    /// Called after libxml2 created `node` for a start tag.
    func started(_ node: xmlNodePtr, localName: UnsafePointer<xmlChar>) {
        guard let reader else {
            root = node
            self.reader = Self.reader(for: node)
            return
        }
        // Names first: almost every element is neither an item nor an entry.
        let first = localName[0]
        guard first == 0x69 || first == 0x65 else { return }
        switch reader {
        case .rss(let adapter):
            guard first == 0x69, xmlStrEqual(localName, "item") != 0, adapter.isCore(Node(ptr: node)) else { return }
        case .atom(let adapter, _):
            guard first == 0x65, xmlStrEqual(localName, "entry") != 0, node.pointee.parent == root,
                  adapter.isAtom(Node(ptr: node)) else { return }
        case .none:
            return
        }
        open[node] = sequence
        sequence += 1
    }

    /// Called before libxml2 closes `node`: reads it if it is an item, then frees what it held.
    func ending(_ node: xmlNodePtr) {
        // Most elements closing are not items: test the first letter of the name before hashing the pointer.
        guard !open.isEmpty, let first = node.pointee.name?.pointee, first == 0x69 || first == 0x65 else { return }
        guard let order = open.removeValue(forKey: node), let reader else { return }
        let entry: FeedEntry
        switch reader {
        case .rss(let adapter): entry = adapter.entry(Node(ptr: node))
        case .atom(let adapter, let atom03): entry = adapter.entry(Node(ptr: node), atom03: atom03)
        case .none: return
        }
        read.append((order, entry))
        consumed.insert(node)
        if let children = node.pointee.children {
            node.pointee.children = nil
            node.pointee.last = nil
            xmlFreeNodeList(children)
            // Namespace declarations inside the item were freed with it; their addresses may be reused.
            switch reader {
            case .rss(let adapter): adapter.cache.reset()
            case .atom(let adapter, _): adapter.cache.reset()
            case .none: break
            }
        }
    }

    private static func reader(for root: xmlNodePtr) -> Reader {
        guard let doc = root.pointee.doc else { return .none }
        let node = Node(ptr: root)
        switch FeedKind.of(root: node) {
        case .rss: return .rss(RSSAdapter(doc: doc))
        case .atom(let format): return .atom(AtomAdapter(doc: doc, root: node), atom03: format == .atom03)
        default: return .none
        }
    }
}
