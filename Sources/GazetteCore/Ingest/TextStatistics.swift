/// Counts over an article's readable text, in one pass: the basis of `TextMetrics` and `Language`.
struct TextStatistics: Equatable {
    var characters = 0
    var han = 0
    var kana = 0
    var hangul = 0
    var latinLetters = 0
    var latinWords = 0

    init(_ text: String) {
        self.init(parts: [text])
    }

    /// The counts of `parts` joined by line breaks (a title, a subtitle and a body), without joining them: a break
    /// ends a word and is not counted, so this equals `init(_:)` of the joined text.
    init(parts: [String]) {
        self.init(parts: parts, followedBy: [])
    }

    /// The counts of `parts` and then of `utf8` (valid UTF-8, such as a Markdown document's plain text), all joined by
    /// line breaks, without making a string of `utf8`.
    init(parts: [String], followedBy utf8: [UInt8]) {
        for part in parts {
            var part = part
            part.withUTF8 { count($0) }
        }
        utf8.withUnsafeBufferPointer { count($0) }
    }

    /// Counts the scalars of `utf8`, decoded by hand into a counter the compiler inlines: this runs over every
    /// article.
    private mutating func count(_ utf8: UnsafeBufferPointer<UInt8>) {
        var counter = Counter(statistics: self)
        Self.asciiFlags.withUnsafeBufferPointer { asciiFlags in
            var index = 0
            let count = utf8.count
            while index < count {
                let lead = utf8[index]
                if lead < 0x80 {
                    // A run of ASCII in a loop of its own: English words and the spaces between them.
                    var byte = lead
                    repeat {
                        counter.takeASCII(flags: asciiFlags[Int(byte)])
                        index &+= 1
                        guard index < count else { break }
                        byte = utf8[index]
                    } while byte < 0x80
                } else if UTF8Scalars.isCommonHan(at: index, in: utf8) {
                    // A run of the common Han block, counted at once: Chinese text is mostly such runs.
                    var end = index &+ 3
                    while UTF8Scalars.isCommonHan(at: end, in: utf8) { end &+= 3 }
                    counter.takeCommonHan(count: (end &- index) / 3)
                    index = end
                } else if let (value, width) = UTF8Scalars.multibyte(lead: UInt32(lead), at: index, in: utf8) {
                    counter.take(value)
                    index &+= width
                } else {
                    break
                }
            }
        }
        self = counter.statistics
    }

    /// Counts scalar by scalar; a word runs until a scalar that is no word character.
    private struct Counter: ScalarValueSink {
        var statistics: TextStatistics
        /// 1 inside a word, 0 outside: a number, so that ASCII is counted with arithmetic rather than branches.
        var inWord = 0

        @inline(__always)
        mutating func take(_ value: UInt32) {
            if value < 0x80 {
                takeASCII(flags: TextStatistics.asciiFlags[Int(value)])
            } else if (0x4E00...0x9FFF).contains(value) {  // the common Han block first: no space is in it
                takeCommonHan()
            } else {
                takeOther(value)
            }
        }

        /// An ASCII character with the flags `flags` (see `TextStatistics.asciiFlags`), counted with arithmetic on
        /// them alone: English text mixes the classes too often for branches to be predicted (and the compiler turned
        /// comparisons back into branches).
        @inline(__always)
        mutating func takeASCII(flags: UInt8) {
            let flags = Int(flags)
            let isWordCharacter = (flags & TextStatistics.wordFlag) >> 2
            statistics.characters &+= flags & TextStatistics.counted
            statistics.latinLetters &+= (flags & TextStatistics.letterFlag) >> 1
            statistics.latinWords &+= isWordCharacter & (inWord ^ 1)
            inWord = isWordCharacter
        }

        /// `count` characters of the common Han block.
        @inline(__always)
        mutating func takeCommonHan(count: Int = 1) {
            statistics.characters &+= count
            statistics.han &+= count
            inWord = 0
        }

        /// A scalar outside ASCII and the common Han block.
        @inline(__always)
        private mutating func takeOther(_ value: UInt32) {
            if TextStatistics.isSpace(value) {
                inWord = 0
                return
            }
            statistics.characters += 1
            if TextStatistics.isHan(value) {
                statistics.han += 1
                inWord = 0
            } else if (0x3040...0x30FF).contains(value) {
                statistics.kana += 1
                inWord = 0
            } else if (0xAC00...0xD7AF).contains(value) || (0x1100...0x11FF).contains(value) {
                statistics.hangul += 1
                inWord = 0
            } else if value < 0x2000, Unicode.Scalar(value)?.properties.isAlphabetic ?? false {
                // A letter of an alphabetic script (é, Ω): a word character, and a letter.
                statistics.latinLetters += 1
                statistics.latinWords += inWord ^ 1
                inWord = 1
            } else {
                inWord = 0
            }
        }
    }

    /// What counting says of an ASCII character, as bits: counted as a character (all but white space), a letter,
    /// and part of a word (letters, and the word marks: digits, `'`, `-`, `_`). White space and other characters end
    /// a word.
    fileprivate static let counted = 1
    fileprivate static let letterFlag = 2
    fileprivate static let wordFlag = 4

    /// The flags of each ASCII value, as a table.
    fileprivate static let asciiFlags: [UInt8] = (0..<128).map { value -> UInt8 in
        switch value {
        case 0x20, 0x09...0x0D: 0
        case 0x41...0x5A, 0x61...0x7A: UInt8(counted | letterFlag | wordFlag)
        case 0x30...0x39, 0x27, 0x2D, 0x5F: UInt8(counted | wordFlag)
        default: UInt8(counted)
        }
    }

    /// White space as `Unicode.Scalar.isTrimmable` has it.
    @inline(__always)
    fileprivate static func isSpace(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.isTrimmable ?? false
    }

    static func isHan(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FA1F).contains(value)
    }

    var cjkCharacters: Int { han + kana + hangul }

    /// The language the script counts point to: kana means Japanese, hangul Korean, and Han characters
    /// Chinese once they are at least a fifth of the letters.
    var language: Language {
        let letters = cjkCharacters + latinLetters
        guard letters >= 4 else { return .undetermined }
        if kana * 10 >= letters { return .japanese }
        if hangul * 10 >= letters { return .korean }
        if han * 5 >= letters { return .chinese }
        return latinLetters > 0 ? .english : .undetermined
    }

    func metrics(readingSpeed: IngestOptions.ReadingSpeed) -> TextMetrics {
        let minutes = Double(cjkCharacters) / readingSpeed.cjkCharactersPerMinute
            + Double(latinWords) / readingSpeed.wordsPerMinute
        return TextMetrics(characters: characters, words: cjkCharacters + latinWords,
                           cjkCharacters: cjkCharacters, readingMinutes: max(1, Int(minutes.rounded(.up))))
    }
}
