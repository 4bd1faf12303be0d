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
        let asciiClasses = Self.asciiClasses  // a local: a `static let` is a lazy-initialization check on every access
        var index = 0
        let count = utf8.count
        while index < count {
            let lead = utf8[index]
            if lead < 0x80 {
                counter.takeASCII(class: asciiClasses[Int(lead)])
                index += 1
            } else if UTF8Scalars.isCommonHan(at: index, in: utf8) {
                counter.takeCommonHan()
                index += 3
            } else if let (value, width) = UTF8Scalars.multibyte(lead: UInt32(lead), at: index, in: utf8) {
                counter.take(value)
                index += width
            } else {
                break
            }
        }
        self = counter.statistics
    }

    /// Counts scalar by scalar; a word runs until a scalar that is no word character.
    private struct Counter: ScalarValueSink {
        var statistics: TextStatistics
        var inWord = false

        @inline(__always)
        mutating func take(_ value: UInt32) {
            if value < 0x80 {
                takeASCII(class: TextStatistics.asciiClasses[Int(value)])
            } else if (0x4E00...0x9FFF).contains(value) {  // the common Han block first: no space is in it
                takeCommonHan()
            } else {
                takeOther(value)
            }
        }

        /// An ASCII character of class `asciiClass` (see `TextStatistics.asciiClasses`), counted without branches:
        /// English text mixes the classes too often for branches to be predicted.
        @inline(__always)
        mutating func takeASCII(class asciiClass: UInt8) {
            let isWordCharacter = asciiClass >= TextStatistics.wordMark
            statistics.characters &+= asciiClass == TextStatistics.space ? 0 : 1
            statistics.latinLetters &+= asciiClass == TextStatistics.letter ? 1 : 0
            statistics.latinWords &+= isWordCharacter && !inWord ? 1 : 0
            inWord = isWordCharacter
        }

        /// A character of the common Han block.
        @inline(__always)
        mutating func takeCommonHan() {
            statistics.characters += 1
            statistics.han += 1
            inWord = false
        }

        /// A scalar outside ASCII and the common Han block.
        @inline(__always)
        private mutating func takeOther(_ value: UInt32) {
            if TextStatistics.isSpace(value) {
                inWord = false
                return
            }
            statistics.characters += 1
            if TextStatistics.isHan(value) {
                statistics.han += 1
                inWord = false
            } else if (0x3040...0x30FF).contains(value) {
                statistics.kana += 1
                inWord = false
            } else if (0xAC00...0xD7AF).contains(value) || (0x1100...0x11FF).contains(value) {
                statistics.hangul += 1
                inWord = false
            } else if value < 0x2000, Unicode.Scalar(value)?.properties.isAlphabetic ?? false {
                // A letter of an alphabetic script (é, Ω): a word character, and a letter.
                statistics.latinLetters += 1
                if !inWord { statistics.latinWords += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
    }

    /// ASCII classes for counting: white space (not counted, ends a word), other characters (counted, end a word),
    /// word marks (digits, `'`, `-`, `_`: counted, in a word) and letters (counted, in a word, and letters).
    fileprivate static let space: UInt8 = 0
    fileprivate static let other: UInt8 = 1
    fileprivate static let wordMark: UInt8 = 2
    fileprivate static let letter: UInt8 = 3

    /// The class of each ASCII value, as a table.
    fileprivate static let asciiClasses: [UInt8] = (0..<128).map { value -> UInt8 in
        switch value {
        case 0x20, 0x09...0x0D: space
        case 0x41...0x5A, 0x61...0x7A: letter
        case 0x30...0x39, 0x27, 0x2D, 0x5F: wordMark
        default: other
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
