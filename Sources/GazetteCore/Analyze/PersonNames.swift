import Foundation

/// Finds people's names in text: Latin names of two or three capitalized words (`Yann LeCun`,
/// `Oriol Vinyals`), and Chinese names of two or three characters next to a title (`李飞飞教授`, `教授李飞飞`).
public enum PersonNames {
    /// Titles that mark the name beside them as a person's.
    static let titles = ["教授", "博士", "院士", "研究员", "科学家", "创始人", "联合创始人", "负责人", "总裁", "副总裁",
                         "首席执行官", "CEO", "CTO", "主持人", "得主", "老师", "作者", "主席", "董事长", "工程师"]

    private static let titleSearches = titles.map { ($0, ByteSearch([$0])) }
    /// Any title at all: most texts hold none, and one walk says so instead of one per title.
    private static let anyTitle = ByteSearch(titles)

    /// Capitalized words that name organizations, products or places rather than people.
    static let notNames: Set<String> = [
        "AI", "Google", "DeepMind", "OpenAI", "Meta", "Microsoft", "Apple", "Amazon", "Nvidia", "NVIDIA", "Anthropic",
        "Research", "Labs", "Lab", "Gemini", "Claude", "GPT", "Model", "Models", "Large", "Language", "World",
        "University", "Institute", "Center", "Stanford", "MIT", "Berkeley", "Drastic", "Deep", "Learning", "Neural",
        "Networks", "Network", "The", "Scope", "Data", "Vision", "Transformer", "Diffusion", "Stable", "Open",
        "Source", "Graph", "Convolutional", "Multi", "Label", "Node", "Classification", "Correlation", "Aware",
        "Efficient", "Selective", "Attention", "Unreal", "Engine", "Time", "Test", "Award", "Best", "Paper",
        "Android", "Control", "Streaming", "System", "Video", "Generation", "Dynamic", "Interactive", "Photo",
        "Virtual", "Worlds", "Embodied", "Kimi", "DeepSeek", "Qwen", "Llama", "Mistral", "GitHub", "Python",
        "TypeScript", "Chrome", "Windows", "Linux", "Nature", "Science", "Hugging", "Face", "New", "York", "San",
        "Francisco", "Silicon", "Valley", "China", "Chinese", "American", "Europe", "Asia", "Hong", "Kong",
    ]

    /// Distinct names in `text`, in order of first appearance.
    public static func find(in text: String) -> [String] {
        var names: [String] = []
        for name in latinNames(in: text) + chineseNames(in: text) where !names.contains(name) {
            names.append(name)
        }
        return names
    }

    static func latinNames(in text: String) -> [String] {
        guard let bytes = LatinProjection.bytes(of: text) else { return latinNames(inCharacters: text) }
        var names: [String] = []
        var run: [ArraySlice<UInt8>] = []
        func flush() {
            if (2...3).contains(run.count) {
                names.append(String(decoding: Array(run.joined(separator: [0x20])), as: UTF8.self))
            }
            run = []
        }
        var previousEnd = 0
        var start = 0
        while start < bytes.count {
            guard ASCII.isNameByte(bytes[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < bytes.count, ASCII.isNameByte(bytes[end]) { end += 1 }
            if !bytes[previousEnd..<start].allSatisfy({ $0 == 0x20 }) { flush() }
            if isNamePart(bytes[start..<end]) { run.append(bytes[start..<end]) } else { flush() }
            previousEnd = end
            start = end
        }
        flush()
        return names
    }

    /// `isNamePart(_:)` of a word of ASCII bytes.
    private static func isNamePart(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= 2, let first = word.first, ASCII.isUppercase(first),
              word.dropFirst().contains(where: ASCII.isLowercase)
        else { return false }
        return !notNames.contains(String(decoding: word, as: UTF8.self))
    }

    /// `latinNames(in:)` walking `text`'s characters as they are (tests compare the two).
    static func latinNames(inCharacters text: String) -> [String] {
        let words = text.split { !($0.isLetter && $0.isASCII) && $0 != "-" && $0 != "'" }
        var names: [String] = []
        var run: [Substring] = []
        func flush() {
            if (2...3).contains(run.count) { names.append(run.joined(separator: " ")) }
            run = []
        }
        var previousEnd = text.startIndex
        for word in words {
            let adjacent = text[previousEnd..<word.startIndex].allSatisfy { $0 == " " }
            if !adjacent { flush() }
            if isNamePart(word) { run.append(word) } else { flush() }
            previousEnd = word.endIndex
        }
        flush()
        return names
    }

    private static func isNamePart(_ word: Substring) -> Bool {
        guard word.count >= 2, let first = word.first, first.isUppercase,
              word.dropFirst().contains(where: \.isLowercase), !notNames.contains(String(word))
        else { return false }
        return true
    }

    static func chineseNames(in text: String) -> [String] {
        guard anyTitle.matches(text) else { return [] }
        var names: [String] = []
        for (title, search) in titleSearches where search.matches(text) {
            var searchRange = text.startIndex..<text.endIndex
            while let range = text.range(of: title, range: searchRange) {
                if let name = nameBefore(range.lowerBound, in: text) { names.append(name) }
                searchRange = range.upperBound..<text.endIndex
            }
        }
        return names
    }

    /// Common Chinese surnames: a name beside a title must start with one.
    static let surnames = Set("李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤何恺")

    /// The two or three Han characters right before `index`, when they start with a surname.
    private static func nameBefore(_ index: String.Index, in text: String) -> String? {
        let han = text[..<index].reversed().prefix { Tokenizer.isCJK($0.unicodeScalars.first ?? " ") }
        let characters = Array(han.prefix(3).reversed())
        if characters.count == 3, surnames.contains(characters[0]) { return String(characters) }
        if characters.count >= 2, surnames.contains(characters[characters.count - 2]) {
            return String(characters.suffix(2))
        }
        return nil
    }
}
