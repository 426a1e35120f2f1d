import CLibXML2

/// Process-wide libxml2 set-up, done once: initialise the library and install the refusing entity loader.
enum LibXML2 {
    private static let once: Void = {
        xmlInitParser()
        // Every external entity, DTD or parameter entity resolves to nothing: the parser never reads files or
        // the network, whatever the document asks for.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    static func setUp() { _ = once }

    /// Frees memory libxml2 allocated for the caller, through libxml2's current deallocator (`xmlMemGet` reads it
    /// without touching the global `xmlFree` variable).
    static func free(_ pointer: UnsafeMutablePointer<xmlChar>) {
        var freeFunction: xmlFreeFunc?
        xmlMemGet(&freeFunction, nil, nil, nil)
        freeFunction?(pointer)
    }
}
