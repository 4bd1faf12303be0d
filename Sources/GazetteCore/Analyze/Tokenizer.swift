/// Splits text into index terms for Chinese and English alike: lowercased words for Latin-script text, and
/// overlapping character pairs (bigrams) for runs of Han, Kana or Hangul, which have no spaces between words.
///
/// Stop words are dropped: common English words, and CJK pairs that contain a function character (的, 了, 是…).
/// Terms are identified by `TermHash`; `terms(_:)` spells them out for explanations and tests.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The terms of `text`, in order, repeats kept.
    public func terms(_ text: some StringProtocol) -> [String] {
        var terms: [String] = []
        scan(text, spellingOut: true) { _, spelling in terms.append(spelling ?? "") }
        return terms
    }

    /// Calls `body` with the hash of each term of `text`'s first `limit` scalars, in order, without building
    /// strings.
    public func forEachTerm(_ text: some StringProtocol, limit: Int = .max, _ body: (TermHash) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = TermCallback(body: body)
            forEachTerm(text, limit: limit, into: &sink)
        }
    }

    /// Hands the hash of each term of `text`'s first `limit` scalars to `sink`, in order: the loop analysis runs over
    /// every article, with the sink's code inlined rather than called per term.
    func forEachTerm<Sink: TermSink & ~Copyable>(_ text: some StringProtocol, limit: Int = .max,
                                                 into sink: inout Sink) {
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            hashTerms(bytes, limit: limit, into: &sink)
        }
        if scanned == nil { scan(text, limit: limit, spellingOut: false) { hash, _ in sink.take(hash) } }
    }

    /// `scan` without spelling, over UTF-8 bytes in one loop: analysis hashes the terms of every article, and a
    /// call per scalar was most of its cost. Tests hold the two to the same terms.
    @inline(__always)
    private func hashTerms<Sink: TermSink & ~Copyable>(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int,
                                                       into sink: inout Sink) {
        let functionCharacters = StopWords.cjkFunctionCharacters
        let stopWords = StopWords.englishHashes
        var wordHash = TermHashing.offsetBasis
        var wordLength = 0
        /// The previous scalar when it was CJK and no function character, else 0.
        var previousCJK: UInt32 = 0
        func flushWord() {
            if wordLength >= 2, !stopWords.contains(wordHash) { sink.take(wordHash) }
            wordHash = TermHashing.offsetBasis
            wordLength = 0
        }
        var remaining = limit
        var index = 0
        let count = bytes.count
        while index < count, remaining > 0 {
            let lead = UInt32(bytes[index])
            remaining -= 1
            if lead < 0x80 {
                index += 1
                previousCJK = 0
                if (48...57).contains(lead) || (97...122).contains(lead) {
                    wordHash = (wordHash ^ UInt64(lead)) &* TermHashing.prime
                    wordLength += 1
                } else if (65...90).contains(lead) {
                    wordHash = (wordHash ^ UInt64(lead + 32)) &* TermHashing.prime
                    wordLength += 1
                } else if !(lead == 0x2D && wordLength > 0) {
                    flushWord()
                }
                continue
            }
            guard let (value, width) = UTF8Scalars.multibyte(lead: lead, at: index, in: bytes) else { break }
            index += width
            let scalar = Unicode.Scalar(value) ?? " "
            if Self.isCJK(scalar) {
                flushWord()
                if functionCharacters.contains(scalar) {
                    previousCJK = 0
                } else {
                    if previousCJK != 0 {
                        let hash = (TermHashing.offsetBasis ^ UInt64(previousCJK)) &* TermHashing.prime
                        sink.take((hash ^ UInt64(value)) &* TermHashing.prime)
                    }
                    previousCJK = value
                }
            } else {
                previousCJK = 0
                if Self.isWordScalar(scalar) {
                    wordHash = (wordHash ^ UInt64(Self.lowercased(scalar).value)) &* TermHashing.prime
                    wordLength += 1
                } else {
                    flushWord()
                }
            }
        }
        flushWord()
    }

    private func scan(_ text: some StringProtocol, limit: Int = .max, spellingOut: Bool,
                      _ emit: (TermHash, String?) -> Void) {
        var word = WordAccumulator(spellingOut: spellingOut)
        let functionCharacters = StopWords.cjkFunctionCharacters
        var previousCJK: Unicode.Scalar?
        _ = text.forEachScalarValue(limit: limit) { value in
            guard let scalar = Unicode.Scalar(value) else { return }
            if Self.isCJK(scalar) {
                word.flush(emit)
                if let previous = previousCJK, !functionCharacters.contains(previous),
                   !functionCharacters.contains(scalar) {
                    var hash = (TermHashing.offsetBasis ^ UInt64(previous.value)) &* TermHashing.prime
                    hash = (hash ^ UInt64(scalar.value)) &* TermHashing.prime
                    emit(hash, spellingOut ? String(previous) + String(scalar) : nil)
                }
                previousCJK = scalar
            } else {
                previousCJK = nil
                if Self.isWordScalar(scalar) {
                    word.append(Self.lowercased(scalar))
                } else if !(scalar == "-" && !word.isEmpty) {
                    word.flush(emit)
                }
            }
        }
        word.flush(emit)
    }

    /// Han, Kana and Hangul.
    @inline(__always)
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x3040...0x30FF).contains(value) || (0xAC00...0xD7AF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FA1F).contains(value)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (48...57).contains(value) || (65...90).contains(value) || (97...122).contains(value)
        }
        if (0xFF10...0xFF19).contains(scalar.value) || (0xFF21...0xFF5A).contains(scalar.value) { return true }
        return scalar.value < 0x2000 && scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var value = scalar.value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if (65...90).contains(value) { value += 32 }
        if value < 128 { return Unicode.Scalar(UInt8(value)) }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }
}

/// The Latin-script word being read: its hash, length, and (when asked) its spelling.
private struct WordAccumulator {
    let spellingOut: Bool
    /// Kept here rather than read from `StopWords` at every word (a `static let` is checked on each access).
    let stopWordHashes = StopWords.englishHashes
    var hash = TermHashing.offsetBasis
    var length = 0
    var scalars = String.UnicodeScalarView()

    init(spellingOut: Bool) {
        self.spellingOut = spellingOut
    }

    var isEmpty: Bool { length == 0 }

    mutating func append(_ scalar: Unicode.Scalar) {
        hash = (hash ^ UInt64(scalar.value)) &* TermHashing.prime
        length += 1
        if spellingOut { scalars.append(scalar) }
    }

    /// Emits the word if it is at least two letters and no stop word, then starts a new one.
    mutating func flush(_ emit: (TermHash, String?) -> Void) {
        if length >= 2, !stopWordHashes.contains(hash) {
            emit(hash, spellingOut ? String(scalars) : nil)
        }
        hash = TermHashing.offsetBasis
        length = 0
        if spellingOut { scalars.removeAll(keepingCapacity: true) }
    }
}

/// Where the tokenizer hands term hashes.
protocol TermSink: ~Copyable {
    /// Takes the next term's hash.
    mutating func take(_ term: TermHash)
}

/// A closure as a term sink.
private struct TermCallback: TermSink {
    let body: (TermHash) -> Void

    func take(_ term: TermHash) { body(term) }
}
