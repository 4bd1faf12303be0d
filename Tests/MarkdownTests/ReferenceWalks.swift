import Markdown

/// The plain-text and link walks as first written: strings joined node by node over the Swift tree. The library's
/// walks gather bytes instead (and read cmark-gfm's tree in place); the tests hold them to these.
enum ReferenceWalks {
    static func plainText(of root: MarkdownNode) -> String {
        var writer = Writer()
        writer.writeBlocks(of: root)
        return writer.text
    }

    static func links(of root: MarkdownNode) -> [MarkdownLink] {
        var collector = Collector()
        collector.visit(root, line: root.line)
        return collector.links
    }

    private struct Writer {
        var text = ""
        var isBlockWritten = false
        var needsSeparator = false

        mutating func writeBlocks(of node: MarkdownNode) {
            switch node.kind {
            case .paragraph, .heading, .tableCell:
                writeInline(node)
                endBlock()
            case .tableRow:
                let cells = node.children.map { cell in
                    var writer = Writer()
                    writer.writeInline(cell)
                    return writer.text
                }.filter { !$0.isEmpty }
                write(cells.joined(separator: " | "))
                endBlock()
            case .codeBlock:
                var literal = node.literal
                while literal.last == "\n" { literal.removeLast() }
                write(literal)
                endBlock()
            case .htmlBlock, .thematicBreak:
                break
            default:
                for child in node.children { writeBlocks(of: child) }
            }
        }

        mutating func writeInline(_ node: MarkdownNode) {
            switch node.kind {
            case .text, .code: write(node.literal)
            case .softBreak, .lineBreak: write("\n")
            case .image, .htmlInline: break
            default: for child in node.children { writeInline(child) }
            }
        }

        mutating func write(_ words: String) {
            guard !words.isEmpty else { return }
            if needsSeparator {
                text += "\n\n"
                needsSeparator = false
            }
            text += words
            isBlockWritten = true
        }

        mutating func endBlock() {
            if isBlockWritten { needsSeparator = true }
            isBlockWritten = false
        }
    }

    private struct Collector {
        var links: [MarkdownLink] = []
        var lineText = ""

        mutating func visit(_ node: MarkdownNode, line: Int) {
            let line = node.kind.isBlock && node.line > 0 ? node.line : line
            if node.kind.isBlock { lineText = "" }
            switch node.kind {
            case .text, .code:
                lineText += node.literal
            case .softBreak, .lineBreak:
                lineText = ""
            case .link(let destination, let title):
                let text = node.inlineText
                links.append(MarkdownLink(destination: destination, title: title, text: text, line: line,
                                          isImage: false, precedingText: String(lineText.suffix(40))))
                lineText += text
            case .image(let source, let title):
                links.append(MarkdownLink(destination: source, title: title,
                                          text: node.children.map(\.inlineText).joined(), line: line, isImage: true,
                                          precedingText: String(lineText.suffix(40))))
            default:
                for child in node.children { visit(child, line: line) }
            }
        }
    }
}
