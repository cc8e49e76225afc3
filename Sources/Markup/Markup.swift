import CLibXML2

/// Why an XML document could not be read at all.
public struct MarkupError: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// A parsed XML document: its root element, and whether it was well formed (a document read
/// in recovery mode carries the first problem libxml2 met, as feedparser's "bozo" does).
public struct XMLDocument: Sendable {
    public let root: MarkupElement
    /// The first problem found, nil for a well-formed document.
    public let problem: String?

    public init(root: MarkupElement, problem: String?) {
        self.root = root
        self.problem = problem
    }
}

/// The one wrapper around libxml2: tolerant HTML parsing and safe XML parsing into immutable
/// `MarkupElement` trees. libxml2 prints nothing, reads no file and opens no connection.
public enum Markup {
    /// Elements nested deeper than this are flattened into their ancestor at this depth, so
    /// that a hostile document cannot exhaust a thread's stack in the code that walks trees.
    public static let maximumDepth = 96

    /// libxml2 sets up its global tables once, before any thread parses (Swift runs a static
    /// initializer exactly once, whichever thread gets there first).
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// What every entry point does first: libxml2 set up, and quiet on this thread.
    private static func prepare() {
        _ = initialized
        CLibXML2_prepareThread()
    }

    /// Parses an HTML page (or fragment) decoded with `encoding` (a charset name libxml2 knows,
    /// such as "UTF-8"); any bytes give a tree, at worst an empty `html` element.
    public static func parseHTML(_ bytes: [UInt8], encoding: String = "UTF-8") -> MarkupElement {
        prepare()
        guard !bytes.isEmpty, let context = htmlNewParserCtxt() else { return MarkupElement(name: "html") }
        defer { htmlFreeParserCtxt(context) }
        let options = CLibXML2_htmlOptions | CLibXML2_ignoreEncoding
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), nil, encoding, options)
            }
        }
        guard let document else { return MarkupElement(name: "html") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), let element = convert(root, depth: 0, lowercase: true) else {
            return MarkupElement(name: "html")
        }
        return element.name == "html" ? element : MarkupElement(name: "html", children: [.element(element)])
    }

    /// Parses an XML document without network, DTD loading or entity substitution. A document
    /// that is not well formed is refused unless `recover` is set, when what libxml2 could read
    /// is returned with the problem. An entity expansion that would run away ("billion laughs")
    /// is always refused. `encoding` overrides the document's own declaration when given.
    public static func parseXML(_ bytes: [UInt8], encoding: String? = nil, recover: Bool) throws(MarkupError) -> XMLDocument {
        prepare()
        guard !bytes.isEmpty else { throw MarkupError("empty document") }
        guard let context = xmlNewParserCtxt() else { throw MarkupError("out of memory") }
        defer { xmlFreeParserCtxt(context) }
        var options = CLibXML2_xmlOptions
        if recover { options |= CLibXML2_recover }
        if encoding != nil { options |= CLibXML2_ignoreEncoding }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), nil, encoding, options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        let problem = CLibXML2_wellFormed(context) != 0 ? nil : describe(context)
        let error = Int32(CLibXML2_errorNumber(context))
        if error == Int32(XML_ERR_ENTITY_LOOP.rawValue) || isEntityAmplification(context) {
            throw MarkupError("entity expansion refused (a \"billion laughs\" document)")
        }
        guard let document, let root = xmlDocGetRootElement(document), let element = convert(root, depth: 0, lowercase: false) else {
            throw MarkupError(problem ?? "no root element")
        }
        if problem != nil && !recover { throw MarkupError(problem ?? "not well-formed XML") }
        return XMLDocument(root: element, problem: problem)
    }

    /// Whether libxml2 can convert from the named charset.
    public static func supportsEncoding(_ name: String) -> Bool {
        prepare()
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    // MARK: - Conversion

    private static func describe(_ context: xmlParserCtxtPtr) -> String {
        guard let message = CLibXML2_errorMessage(context) else { return "not well-formed XML" }
        var text = String(cString: message)
        while let last = text.last, last == "\n" || last == " " { text.removeLast() }
        let line = context.pointee.input?.pointee.line ?? 0
        return "not well-formed XML: \(text)" + (line > 0 ? " (line \(line))" : "")
    }

    /// libxml2 stops runaway expansion with an "amplification" or "loop" error.
    private static func isEntityAmplification(_ context: xmlParserCtxtPtr) -> Bool {
        guard let message = CLibXML2_errorMessage(context) else { return false }
        let text = String(cString: message).lowercased()
        return text.contains("amplification") || text.contains("entity reference loop")
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }

    private static func convert(_ node: xmlNodePtr, depth: Int, lowercase: Bool) -> MarkupElement? {
        guard node.pointee.type == XML_ELEMENT_NODE else { return nil }
        var name = string(node.pointee.name)
        if lowercase { name = name.lowercased() }
        let namespace = node.pointee.ns.map { string($0.pointee.href) }
        var attributes: [MarkupAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if text.pointee.type == XML_TEXT_NODE { value += string(text.pointee.content) }
                child = text.pointee.next
            }
            var attributeName = string(current.pointee.name)
            if lowercase { attributeName = attributeName.lowercased() }
            attributes.append(MarkupAttribute(name: attributeName, namespace: current.pointee.ns.map { string($0.pointee.href) }, value: value))
            attribute = current.pointee.next
        }
        var children: [MarkupNode] = []
        appendChildren(of: node, depth: depth, lowercase: lowercase, to: &children)
        return MarkupElement(name: name, namespace: namespace, attributes: attributes, children: children)
    }

    /// Appends the converted children of `node`; past the depth limit, grandchildren are
    /// appended in their parents' place.
    private static func appendChildren(of node: xmlNodePtr, depth: Int, lowercase: Bool, to children: inout [MarkupNode]) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = string(current.pointee.content)
                if !text.isEmpty {
                    if case .text(let previous) = children.last {
                        children[children.count - 1] = .text(previous + text)
                    } else {
                        children.append(.text(text))
                    }
                }
            case XML_ELEMENT_NODE:
                if depth + 1 >= maximumDepth {
                    appendFlattened(current, lowercase: lowercase, to: &children)
                } else if let element = convert(current, depth: depth + 1, lowercase: lowercase) {
                    children.append(.element(element))
                }
            default:
                break
            }
            child = current.pointee.next
        }
    }

    /// The text of a subtree past the depth limit, walked without recursion.
    private static func appendFlattened(_ node: xmlNodePtr, lowercase: Bool, to children: inout [MarkupNode]) {
        var text = ""
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                text += string(current.pointee.content)
            }
            var child = current.pointee.last
            while let each = child {
                stack.append(each)
                child = each.pointee.prev
            }
        }
        if !text.isEmpty { children.append(.text(text)) }
    }
}

extension Markup {
    /// Converts bytes in the named charset to UTF-8 with libxml2's converters; nil when the
    /// charset is unknown or the bytes are not in it.
    public static func convertToUTF8(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        prepare()
        guard let handler = xmlFindCharEncodingHandler(charset) else { return nil }
        defer { xmlCharEncCloseFunc(handler) }
        guard let input = xmlBufferCreateSize(bytes.count + 1), let output = xmlBufferCreateSize(bytes.count * 2 + 16) else { return nil }
        defer {
            xmlBufferFree(input)
            xmlBufferFree(output)
        }
        let added = bytes.withUnsafeBufferPointer { xmlBufferAdd(input, $0.baseAddress, Int32(clamping: $0.count)) }
        guard added == 0 else { return nil }
        let result = xmlCharEncInFunc(handler, output, input)
        guard result >= 0, let content = xmlBufferContent(output) else { return nil }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(output))))
    }
}
