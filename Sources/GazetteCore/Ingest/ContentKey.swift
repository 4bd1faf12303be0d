import Crypto
import Foundation

/// Text folded so that copies differing only in case, width, white space or punctuation compare equal.
enum ContentKey {
    /// Appends the folded text of `text`'s first `scalarLimit` scalars to `sink`, scalar by scalar; returns how many
    /// of the limit are left. Folding lowercases ASCII letters, turns full-width ASCII half-width, and drops white
    /// space, punctuation and symbols. Fast paths cover ASCII and CJK; other scalars ask for their Unicode properties.
    ///
    /// One loop over the UTF-8 bytes, and a sink the compiler sees through: every scalar of every article passes
    /// here twice (content digest, MinHash), and a closure call per scalar cost more than the folding.
    @inline(__always)
    static func fold<Sink: ScalarValueSink>(_ text: String, scalarLimit: Int = .max, into sink: inout Sink) -> Int {
        let asciiTable = asciiTable  // a local: a `static let` is a lazy-initialization check on every access
        var text = text
        return text.withUTF8 { bytes in
            var remaining = scalarLimit
            var index = 0
            let count = bytes.count
            while index < count, remaining > 0 {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    index += 1
                    remaining -= 1
                    let kept = asciiTable[Int(lead)]
                    if kept != 0 { sink.take(UInt32(kept)) }
                    continue
                }
                guard let (decoded, width) = UTF8Scalars.multibyte(lead: lead, at: index, in: bytes) else { break }
                var value = decoded
                index += width
                remaining -= 1
                if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
                if value < 0x80 {
                    let kept = asciiTable[Int(value)]
                    if kept != 0 { sink.take(UInt32(kept)) }
                } else if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) {
                    sink.take(value)
                } else if (0x2000...0x206F).contains(value) || (0x3000...0x303F).contains(value)
                            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFFEF).contains(value) {
                    continue
                } else if let unicode = Unicode.Scalar(value), isKept(unicode) {
                    sink.take(unicode.properties.lowercaseMapping.unicodeScalars.first?.value ?? value)
                }
            }
            return remaining
        }
    }

    /// Lowercase letters and digits kept, everything else dropped.
    private static let asciiTable: [UInt8] = (0..<128).map { value -> UInt8 in
        switch value {
        case 48...57, 97...122: UInt8(value)
        case 65...90: UInt8(value + 32)
        default: 0
        }
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isWhitespace { return false }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol, .control, .format:
            return false
        default:
            return true
        }
    }

    /// The folded text as a string (for tests and explanations).
    static func normalized(_ text: String) -> String {
        var folded = FoldedScalars()
        _ = fold(text, into: &folded)
        return String(String.UnicodeScalarView(folded.values.compactMap(Unicode.Scalar.init)))
    }

    /// SHA-256 of the folded text's UTF-8: equal for copies of the same text, and the basis of content ids.
    static func digest(_ text: some StringProtocol) -> ContentDigest {
        digest(of: [String(text)])
    }

    /// The digest of `parts` joined by line breaks (a title and a body), without joining them: folding drops the
    /// breaks, so this equals `digest(_:)` of the joined text, and the body is not copied.
    static func digest(of parts: [String]) -> ContentDigest {
        var folded = FoldedUTF8(capacity: parts.reduce(0) { $0 + $1.utf8.count })
        for part in parts {
            _ = fold(part, into: &folded)
        }
        return ContentDigest(SHA256.hash(data: folded.bytes))
    }
}

/// Folded scalar values, as they are (MinHash shingles them).
struct FoldedScalars: ScalarValueSink {
    private(set) var values: [UInt32] = []

    init(capacity: Int = 0) {
        values.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func take(_ value: UInt32) { values.append(value) }
}

/// Folded text as UTF-8 (the content digest hashes it).
struct FoldedUTF8: ScalarValueSink {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func take(_ value: UInt32) { bytes.appendUTF8(value) }
}
