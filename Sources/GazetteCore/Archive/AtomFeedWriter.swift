import Foundation

/// The archive's issues as an Atom feed (RFC 4287): one entry per issue, newest first.
struct AtomFeedWriter {
    let site: ArchiveSite.Description

    func render(_ entries: [ArchiveSite.Entry]) -> String {
        var lines = [#"<?xml version="1.0" encoding="utf-8"?>"#,
                     #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(escape(site.lang))">"#,
                     "  <id>\(escape(site.feedID))</id>",
                     "  <title>\(escape(site.title))</title>",
                     "  <updated>\(Self.timestamp(entries.map(\.updated).max() ?? site.now))</updated>",
                     "  <author><name>\(escape(site.title))</name></author>",
                     #"  <link rel="self" type="application/atom+xml" href="\#(escape(site.link("feed.xml")))"/>"#,
                     #"  <link rel="alternate" type="text/html" href="\#(escape(site.link("")))"/>"#,
                     "  <generator>Gazette</generator>"]
        for entry in entries {
            lines += ["  <entry>",
                      "    <id>\(escape(site.entryID(entry)))</id>",
                      "    <title>\(escape(entry.issue.subject))</title>",
                      "    <published>\(Self.timestamp(entry.published))</published>",
                      "    <updated>\(Self.timestamp(entry.updated))</updated>",
                      #"    <link rel="alternate" type="text/html" href="\#(escape(site.link(entry.path)))"/>"#]
            lines += entry.themes.map { #"    <category term="\#(escape($0))"/>"# }
            lines += ["    <summary>\(escape(entry.issue.preheader))</summary>",
                      #"    <content type="html">\#(escape(entry.contentHTML))</content>"#,
                      "  </entry>"]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 3339 in UTC, as Atom's date constructs want.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Text and attribute values escaped for XML; characters XML 1.0 forbids are dropped.
    private func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
