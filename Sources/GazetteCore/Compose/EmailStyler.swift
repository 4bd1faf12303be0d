import Foundation

/// Puts inline styles on the HTML cmark-gfm renders, for mail clients that ignore `<style>` blocks.
enum EmailStyler {
    static let styles: [(tag: String, style: String)] = [
        ("a", "color:#1a5fb4;text-decoration:underline;"),
        ("p", "margin:0 0 12px 0;"),
        ("strong", "font-weight:bold;"),
        ("code", "font-family:Menlo,Consolas,monospace;font-size:13px;background:#f2f2f2;padding:1px 4px;"),
        ("blockquote", "margin:0 0 12px 0;padding-left:12px;border-left:3px solid #d0d0d0;color:#555555;"),
        ("ul", "margin:0 0 12px 20px;padding:0;"),
        ("ol", "margin:0 0 12px 20px;padding:0;"),
        ("li", "margin:0 0 4px 0;"),
        ("img", "max-width:100%;height:auto;border:0;"),
        ("table", "border-collapse:collapse;"),
        ("td", "border:1px solid #dddddd;padding:4px;"),
        ("th", "border:1px solid #dddddd;padding:4px;"),
    ]

    /// The HTML with a `style` attribute added to every opening tag listed in `styles` (and a width on images), in
    /// one pass over the bytes: the preview re-renders every item's summary on each save.
    static func inlineStyles(_ html: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(html.utf8.count * 2)
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            output.append(byte)
            index += 1
            guard byte == UInt8(ascii: "<"), let (attributes, end) = openingTag(in: bytes, at: index) else { continue }
            output.append(contentsOf: bytes[index..<end])
            output.append(contentsOf: attributes)
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The attributes to add after the tag name starting at `start` (just after a `<`), and where the name ends,
    /// when it is a listed tag's opening tag (the name followed by a space or `>`).
    private static func openingTag(in bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
        var end = start
        while end < bytes.count, bytes[end].isASCIILetter { end += 1 }
        guard end > start, end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: ">"),
              let attributes = attributes[bytes[start..<end]] else { return nil }
        return (attributes, end)
    }

    /// Each listed tag's name (as bytes) and what goes after it. Mail clients need an explicit width on images
    /// (Outlook ignores max-width): the column is 536 px wide.
    private static let attributes: [ArraySlice<UInt8>: [UInt8]] = Dictionary(
        uniqueKeysWithValues: styles.map { tag, style in
            let width = tag == "img" ? " width=\"536\"" : ""
            return (ArraySlice(tag.utf8), Array("\(width) style=\"\(style)\"".utf8))
        })
}

private extension UInt8 {
    var isASCIILetter: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
    }
}
