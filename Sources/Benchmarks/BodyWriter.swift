/// Writes an article body of a given size in Markdown: paragraphs of Chinese and English sentences,
/// `##` headings, lists, Markdown links to papers, bare code URLs and images.
///
/// Bodies never contain a line that starts with `#` and a non-space (a compilation heading) or a line of
/// dots (a compilation separator), so they read the same in every format.
struct BodyWriter {
    /// The share of sentences written in Chinese, 0 to 1.
    var chineseShare: Double

    /// A body of about `targetBytes` bytes of UTF-8 (it ends after the block that reaches the target).
    func write(targetBytes: Int, using random: inout SplitMix64) -> String {
        var blocks: [String] = []
        var bytes = 0
        while bytes < targetBytes {
            let block = nextBlock(using: &random)
            bytes += block.utf8.count + 2
            blocks.append(block)
        }
        return blocks.joined(separator: "\n\n")
    }

    private func nextBlock(using random: inout SplitMix64) -> String {
        let roll = random.unit()
        switch roll {
        case ..<0.10: return "## " + random.pick(Vocabulary.headings)
        case ..<0.18: return list(using: &random)
        case ..<0.26: return paperLink(using: &random)
        case ..<0.32: return codeLink(using: &random)
        case ..<0.36: return image(using: &random)
        default: return paragraph(using: &random)
        }
    }

    private func paragraph(using random: inout SplitMix64) -> String {
        var text = ""
        var afterEnglish = false
        for _ in 0..<random.int(in: 2...5) {
            let chinese = random.chance(chineseShare)
            if afterEnglish || (!chinese && !text.isEmpty) { text += " " }
            text += chinese ? chineseSentence(using: &random) : englishSentence(using: &random)
            afterEnglish = !chinese
        }
        return text
    }

    /// Mostly new sentences built from word pools and random clauses, so unrelated articles share few shingles (as
    /// real ones do) and near-duplicate detection is measured on a realistic corpus; some stock sentences remain.
    private func chineseSentence(using random: inout SplitMix64) -> String {
        guard random.chance(0.7) else { return random.pick(Vocabulary.chineseSentences) }
        let clause = String((0..<random.int(in: 8...16)).map { _ in random.pick(Self.chineseCharacters) })
        return random.pick(Vocabulary.subjects) + random.pick(Vocabulary.actions) + random.pick(Vocabulary.objects)
            + "，" + clause + "。"
    }

    private func englishSentence(using random: inout SplitMix64) -> String {
        guard random.chance(0.7) else { return random.pick(Vocabulary.englishSentences) }
        let words = (0..<random.int(in: 8...14)).map { _ in random.pick(Self.englishWords) }
        return words.joined(separator: " ").capitalizedFirst + " \(random.int(in: 2...999))."
    }

    static let chineseCharacters: [Character] = Array(Set(Vocabulary.chineseSentences.joined().filter {
        $0.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false
    })).sorted()

    static let englishWords: [String] = Array(Set(Vocabulary.englishSentences.joined(separator: " ")
        .split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() })).sorted()

    private func list(using random: inout SplitMix64) -> String {
        (0..<random.int(in: 3...5)).map { _ in "- " + random.pick(Vocabulary.listItems) }.joined(separator: "\n")
    }

    private func paperLink(using random: inout SplitMix64) -> String {
        let label = random.pick(Vocabulary.paperLabels)
        let month = "\(random.int(in: 23...24))\(random.int(in: 1...12).padded(2))"
        let paper = month + "." + random.int(in: 0...99_999).padded(5)
        return "\(label)：[\(label)](https://arxiv.org/abs/\(paper))"
    }

    private func codeLink(using random: inout SplitMix64) -> String {
        let label = random.pick(Vocabulary.codeLabels)
        return "\(label): https://github.com/\(random.pick(Vocabulary.codeOwners))/repo-\(random.hex(6))"
    }

    private func image(using random: inout SplitMix64) -> String {
        "![](https://mmbiz.qpic.cn/mmbiz_jpg/\(random.hex(24))/640)"
    }
}

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
