import CLibXML2

/// A libxml2 tree built from prepared UTF-8 bytes. The only place that calls libxml2's XML parser.
///
/// Options (libxml2 2.9.14 `xmlParserOption`): RECOVER to read what a broken feed still holds, NONET and a process
/// wide external-entity loader that refuses everything so no file or URL is ever read, IGNORE_ENC because the
/// bytes were already transcoded to UTF-8. NOENT, DTDLOAD and HUGE stay off.
final class XMLDocument {
    let doc: xmlDocPtr
    let root: xmlNodePtr
    /// First well-formedness or namespace error, when the document had one.
    let problem: String?
    /// The entries read while libxml2 built the tree.
    let stream: EntryStream

    private static let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue
        | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_COMPACT.rawValue)

    init(parsing bytes: UnsafeBufferPointer<UInt8>, documentURL: String?, maxDepth: Int) throws(FeedParseError) {
        LibXML2.setUp()
        guard let ctxt = xmlNewParserCtxt() else {
            throw FeedParseError(.notWellFormed, "libxml2 could not allocate a parser")
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let log = ErrorLog()
        let stream = EntryStream()
        let box = Unmanaged.passRetained(Session(log: log, stream: stream, maxDepth: maxDepth))
        defer { box.release() }
        ctxt.pointee._private = box.toOpaque()
        let sax = ctxt.pointee.sax!
        sax.pointee.serror = { userData, error in
            guard let ctxt = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
                  let raw = ctxt.pointee._private, let error else { return }
            Unmanaged<Session>.fromOpaque(raw).takeUnretainedValue().log.record(error.pointee)
        }
        // libxml2's own SAX2 tree builders, with Parley's item reader called around them.
        sax.pointee.startElementNs = { ctx, localName, prefix, uri, nbNs, namespaces, nbAttrs, nbDefaulted, attrs in
            xmlSAX2StartElementNs(ctx, localName, prefix, uri, nbNs, namespaces, nbAttrs, nbDefaulted, attrs)
            guard let ctxt = ctx?.assumingMemoryBound(to: xmlParserCtxt.self), let raw = ctxt.pointee._private,
                  let node = ctxt.pointee.node, let localName else { return }
            Unmanaged<Session>.fromOpaque(raw)._withUnsafeGuaranteedRef { session in
                // Depth is checked here, as elements open: items are freed as they close, so a walk of the
                // finished tree would not see them. libxml2 itself stops at 256 (XML_PARSE_HUGE stays off).
                if Int(ctxt.pointee.nodeNr) > session.maxDepth {
                    session.log.tooDeep = true
                    xmlStopParser(ctxt)
                    return
                }
                session.stream.started(node, localName: localName)
            }
        }
        sax.pointee.endElementNs = { ctx, localName, prefix, uri in
            if let ctxt = ctx?.assumingMemoryBound(to: xmlParserCtxt.self), let raw = ctxt.pointee._private,
               let node = ctxt.pointee.node {
                Unmanaged<Session>.fromOpaque(raw)._withUnsafeGuaranteedRef { $0.stream.ending(node) }
            }
            xmlSAX2EndElementNs(ctx, localName, prefix, uri)
        }
        let doc = UnsafeRawPointer(bytes.baseAddress!).withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            // No encoding argument: libxml2 would run a UTF-8 to UTF-8 conversion pass; IGNORE_ENC and the
            // absence of a byte order mark make it read the bytes as the UTF-8 they are.
            xmlCtxtReadMemory(ctxt, chars, Int32(bytes.count), documentURL, nil, Self.options)
        }
        if log.tooDeep {
            if let doc { xmlFreeDoc(doc) }
            throw FeedParseError(.tooDeep, "nesting deeper than \(maxDepth) levels")
        }
        if log.entityLoop {
            if let doc { xmlFreeDoc(doc) }
            throw FeedParseError(.entityExpansion, "entity expansion limit: \(log.first ?? "entity loop")")
        }
        guard let doc, let root = xmlDocGetRootElement(doc) else {
            if let doc { xmlFreeDoc(doc) }
            throw FeedParseError(.notWellFormed, "not well-formed XML, nothing recovered: \(log.first ?? "no element")")
        }
        self.doc = doc
        self.root = root
        self.stream = stream
        let wellFormed = ctxt.pointee.wellFormed != 0 && ctxt.pointee.nsWellFormed != 0
        self.problem = wellFormed ? nil : (log.first ?? "not well-formed XML")
    }

    deinit { xmlFreeDoc(doc) }

    /// What the libxml2 callbacks reach through the parser context's `_private` pointer.
    final class Session {
        let log: ErrorLog
        let stream: EntryStream
        let maxDepth: Int

        init(log: ErrorLog, stream: EntryStream, maxDepth: Int) {
            self.log = log
            self.stream = stream
            self.maxDepth = maxDepth
        }
    }

    /// Collects libxml2's structured errors for one parse.
    final class ErrorLog {
        var first: String?
        var tooDeep = false
        var entityLoop = false

        func record(_ error: xmlError) {
            if error.level.rawValue < XML_ERR_ERROR.rawValue { return }
            let message = error.message.map { String(cString: $0).trimmingSpaces() } ?? "error \(error.code)"
            if message.hasPrefix("Excessive depth") { tooDeep = true }
            if error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) { entityLoop = true }
            if first == nil { first = "\(message) (line \(error.line))" }
        }
    }
}
