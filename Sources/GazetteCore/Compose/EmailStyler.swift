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

    /// The HTML with a `style` attribute added to every opening tag listed in `styles`.
    static func inlineStyles(_ html: String) -> String {
        var result = html
        for (tag, style) in styles {
            // Tags with attributes first: the bare form's replacement would otherwise match again.
            result = result.replacingOccurrences(of: "<\(tag) ", with: "<\(tag) style=\"\(style)\" ")
                .replacingOccurrences(of: "<\(tag)>", with: "<\(tag) style=\"\(style)\">")
        }
        // Mail clients need an explicit width on images (Outlook ignores max-width): the column is 536 px wide.
        return result.replacingOccurrences(of: "<img style=", with: "<img width=\"536\" style=")
    }
}
