import Foundation

/// Tells sentences that are no part of an article's story: promotions, captions, table-of-contents entries,
/// headings, link lines and metadata lines.
enum BoilerplateFilter {
    static let promotionSearch = ByteSearch(promotions)
    static let videoSearch = ByteSearch(["时长"])
    static let linkSearch = ByteSearch(["http://", "https://", "www."])
    static let promotions = ["关注公众号", "公众号", "点击上方", "点击下方", "扫码", "扫描二维码", "星标", "转载", "投稿",
                             "阅读原文", "原文链接", "免责声明", "版权", "商务合作", "加入社群", "欢迎关注", "点赞",
                             "在看", "subscribe", "sign up"]
    static let captionPrefixes = ["图源", "图片来源", "来源:", "来源：", "图注", "图片", "视频", "▲", "△", "Figure", "Fig."]
    static let metadataPrefixes = ["论文", "标题", "作者", "地址", "链接", "项目", "代码", "Paper", "Code", "Title"]
    /// The prefixes as UTF-8, compared byte for byte (`hasPrefix` compares Characters, far slower per sentence).
    private static let captionPrefixBytes = captionPrefixes.map { Array($0.utf8) }
    private static let metadataPrefixBytes = metadataPrefixes.flatMap { prefix in
        [Array((prefix + ":").utf8), Array((prefix + "：").utf8)]
    }

    /// Why `sentence` should not be in a summary, or nil when it may be.
    static func reason(toExclude sentence: String) -> String? {
        var text = sentence.trimmed
        while let first = text.first, "-*•·+".contains(first) { text = text.dropFirst().trimmed }
        let length = text.unicodeScalars.count
        if promotionSearch.matches(text) { return "promotion" }
        if linkSearch.matches(text) { return "link line" }
        if startsWithAny(captionPrefixBytes, text) || isFigureNumber(text) { return "caption" }
        if text == "目录" || isNumberedHeading(text) { return "table of contents" }
        if startsWithAny(metadataPrefixBytes, text) { return "metadata" }
        if length < 20 && videoSearch.matches(text) { return "video caption" }
        if !endsLikeSentence(text) && length < 30 { return "heading" }
        if length < 8 { return "too short" }
        return nil
    }

    private static func startsWithAny(_ prefixes: [[UInt8]], _ text: String) -> Bool {
        prefixes.contains { text.utf8.starts(with: $0) }
    }

    private static func endsLikeSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return "。！？.!?…」”\"）)".contains(last)
    }

    /// `图1`, `图 2：`, `Figure 3`.
    private static func isFigureNumber(_ text: String) -> Bool {
        guard text.hasPrefix("图") else { return false }
        return text.dropFirst().drop { $0 == " " }.first?.isNumber == true
    }

    /// `01 …`, `一、…`, `1. …` without sentence punctuation: a section heading.
    private static func isNumberedHeading(_ text: String) -> Bool {
        guard text.unicodeScalars.count < 40, !endsLikeSentence(text) else { return false }
        let first = text.prefix { $0.isNumber || "一二三四五六七八九十、.．".contains($0) }
        return !first.isEmpty
    }
}
