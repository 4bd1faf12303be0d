import Foundation

/// Tells a file's `DocumentFormat` from its first lines.
struct FormatDetector {
    /// The WeChat export's header labels; two of them near the top mark the format.
    static let weChatLabels = ["文章作者", "发布时间", "发布地", "原文链接", "封面图链接"]

    func detect(_ lines: TextLines) -> DocumentFormat {
        guard lines.count > 0 else { return .plainText }
        let first = lines[number: 1].trimmed
        if first == "---" { return .yamlFrontMatter }
        if first == "+++" { return .tomlFrontMatter }
        if isWeChatExport(lines) { return .weChatExport }
        if isCompilation(lines) { return .compilation }
        return .plainText
    }

    private func isWeChatExport(_ lines: TextLines) -> Bool {
        let head = lines.lines.prefix(20)
        guard head.contains(where: { $0.hasPrefix("# ") }) else { return false }
        var labelled = 0
        for line in head where Self.weChatLabels.contains(where: { WeChatExportParser.value(of: $0, in: line) != nil })
        {
            labelled += 1
            if labelled == 2 { return true }  // the header's first two lines settle it
        }
        return false
    }

    /// At least two `#Heading` lines (no space after `#`) and at least one `....` separator.
    private func isCompilation(_ lines: TextLines) -> Bool {
        var headings = 0
        var separators = 0
        for line in lines.lines {
            if CompilationSplitter.isHeading(line) { headings += 1 }
            if CompilationSplitter.isSeparator(line) { separators += 1 }
            if headings >= 2, separators >= 1 { return true }
        }
        return false
    }
}
