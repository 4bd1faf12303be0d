internal import CCmarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only file that talks to cmark-gfm: it parses with the GFM extensions, copies trees into Swift values,
/// renders HTML, and frees every C object before returning.
enum CommonMarkConverter {
    /// The GFM extensions every parser gets.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark-gfm's own once-guard is a plain static int, racy under concurrent first use; a Swift `static let`
    /// runs the registration exactly once.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm adds the extensions' special characters to the inline parser's global table while it parses inlines
    /// (in `cmark_parser_finish`) and removes them afterwards, so two parses at once garble each other's strikethrough
    /// and autolinks (seen in `concurrentRenderingGivesTheSameResult`). Parsing holds this lock; walking, rendering
    /// and freeing the finished tree do not touch that table and run in parallel.
    private static let lock = NSLock()

    /// Parses `markdown` into a Swift tree.
    static func parse(_ markdown: String, options: MarkdownOptions) -> MarkdownNode {
        withDocument(markdown, options: options) { document, _ in copy(document) }
            ?? MarkdownNode(kind: .document)
    }

    /// The readable text (as UTF-8) and links of `markdown`, walked in cmark-gfm's own tree; nil when it could not be
    /// parsed.
    static func textAndLinks(_ markdown: String, options: MarkdownOptions) -> ([UInt8], [MarkdownLink])? {
        withDocument(markdown, options: options) { document, _ in
            let tree = CmarkTree()
            var writer = PlainTextWriter(tree: tree)
            writer.writeBlocks(of: document)
            var collector = LinkCollector(tree: tree)
            collector.visit(document, line: tree.line(of: document))
            return (writer.utf8, collector.links)
        }
    }

    /// Renders `markdown` to HTML. `rewrite` sees every link and image destination first; nil drops it.
    static func html(_ markdown: String, options: MarkdownOptions,
                     rewrite: (String, _ isImage: Bool) -> String?) -> String {
        withDocument(markdown, options: options) { document, parser in
            rewriteDestinations(in: document, rewrite)
            guard let rendered = cmark_render_html(document, cmarkOptions(options),
                                                   cmark_parser_get_syntax_extensions(parser))
            else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        } ?? ""
    }

    // MARK: - Parser lifetime

    private static func withDocument<Result>(
        _ markdown: String, options: MarkdownOptions,
        _ body: (OpaquePointer, OpaquePointer) -> Result
    ) -> Result? {
        _ = registration
        guard let parser = cmark_parser_new(cmarkOptions(options)) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var text = markdown
        lock.lock()
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                cmark_parser_feed(parser, characters.baseAddress, characters.count)
            }
        }
        let finished = cmark_parser_finish(parser)
        lock.unlock()
        guard let document = finished else { return nil }
        defer { cmark_node_free(document) }
        return body(document, parser)
    }

    private static func cmarkOptions(_ options: MarkdownOptions) -> Int32 {
        var flags = CMARK_OPT_DEFAULT
        if options.contains(.smartPunctuation) { flags |= CMARK_OPT_SMART }
        if options.contains(.hardBreaks) { flags |= CMARK_OPT_HARDBREAKS }
        if options.contains(.unsafeHTML) { flags |= CMARK_OPT_UNSAFE }
        return Int32(flags)
    }

    // MARK: - Copying the tree

    private static func copy(_ node: OpaquePointer) -> MarkdownNode {
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(copy(current))
            child = cmark_node_next(current)
        }
        return MarkdownNode(kind: kind(of: node), literal: string(cmark_node_get_literal(node)),
                            line: Int(cmark_node_get_start_line(node)), children: children)
    }

    /// cmark-gfm's tree, read in place.
    private struct CmarkTree: MarkdownTreeReading {
        func kind(of node: OpaquePointer) -> MarkdownNode.Kind { CommonMarkConverter.kind(of: node) }
        func appendLiteral(of node: OpaquePointer, to bytes: inout [UInt8]) {
            guard let literal = cmark_node_get_literal(node) else { return }
            literal.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
                bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: strlen(literal)))
            }
        }
        func line(of node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) }
        func forEachChild(of node: OpaquePointer, _ body: (OpaquePointer) -> Void) {
            var child = cmark_node_first_child(node)
            while let current = child {
                body(current)
                child = cmark_node_next(current)
            }
        }
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list(isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: return extensionKind(of: node)
        }
    }

    private static func extensionKind(of node: OpaquePointer) -> MarkdownNode.Kind {
        let name = string(cmark_node_get_type_string(node))
        switch name {
        case "item": return .item(isChecked: nil)
        case "tasklist": return .item(isChecked: cmark_gfm_extensions_get_tasklist_item_checked(node))
        case "table": return .table
        case "table_row", "table_header": return .tableRow
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .other(name)
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    // MARK: - Rewriting destinations before rendering

    private static func rewriteDestinations(in document: OpaquePointer, _ rewrite: (String, Bool) -> String?) {
        var targets: [(node: OpaquePointer, isImage: Bool)] = []
        collectLinks(document, into: &targets)
        for target in targets {
            let destination = string(cmark_node_get_url(target.node))
            if let replacement = rewrite(destination, target.isImage) {
                if replacement != destination { cmark_node_set_url(target.node, replacement) }
            } else {
                unwrap(target.node)
            }
        }
    }

    private static func collectLinks(_ node: OpaquePointer, into targets: inout [(node: OpaquePointer, isImage: Bool)]) {
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
            targets.append((node, type == CMARK_NODE_IMAGE))
        }
        var child = cmark_node_first_child(node)
        while let current = child {
            collectLinks(current, into: &targets)
            child = cmark_node_next(current)
        }
    }

    /// Replaces a link (or image) by its content: the words stay, the link goes.
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }
}
