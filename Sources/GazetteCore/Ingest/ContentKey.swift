import Crypto
import Foundation

/// Text folded so that copies differing only in case, width, white space or punctuation compare equal.
enum ContentKey {
    /// Appends the folded text of `text`'s first `scalarLimit` scalars to `sink`, scalar by scalar; returns how many
    /// of the limit are left. Folding lowercases ASCII letters, turns full-width ASCII half-width, and drops white
    /// space, punctuation and symbols. Fast paths cover ASCII and CJK; other scalars ask for their Unicode properties.
    ///
    /// One loop over the UTF-8 bytes, and a sink the compiler sees through: MinHash folds the start of every article
    /// here, and a closure call per scalar cost more than the folding. (The content digest has a loop of its own,
    /// `HashedUTF8.fold`, which keeps UTF-8 as it is.)
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
                // The common Han block (U+4E00 E4 B8 80 to U+9FFF E9 BF BF) first: kept, decoded from its three bytes.
                if UTF8Scalars.isCommonHan(at: index, in: bytes) {
                    sink.take((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
                    index += 3
                    remaining -= 1
                    continue
                }
                guard let (decoded, width) = UTF8Scalars.multibyte(lead: lead, at: index, in: bytes) else { break }
                index += width
                remaining -= 1
                if let folded = folded(decoded) { sink.take(folded) }
            }
            return remaining
        }
    }

    /// What folding makes of the scalar `value` outside ASCII (nil: dropped): full-width ASCII is folded as ASCII, Han
    /// characters are kept, common punctuation blocks are dropped, and anything else asks its Unicode properties.
    @inline(__always)
    fileprivate static func folded(_ value: UInt32) -> UInt32? {
        var value = value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if value < 0x80 {
            let kept = asciiTable[Int(value)]
            return kept != 0 ? UInt32(kept) : nil
        }
        if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) { return value }
        if (0x2000...0x206F).contains(value) || (0x3000...0x303F).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFFEF).contains(value) {
            return nil
        }
        guard let unicode = Unicode.Scalar(value), isKept(unicode) else { return nil }
        return unicode.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }

    /// Lowercase letters and digits kept, everything else dropped.
    fileprivate static let asciiTable: [UInt8] = (0..<128).map { value -> UInt8 in
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: HashedUTF8.bufferSize) { buffer in
            var hashed = HashedUTF8(buffer: buffer)
            for part in parts {
                var part = part
                part.withUTF8 { hashed.fold($0) }
            }
            return ContentDigest(hashed.finalize())
        }
    }
}

/// Folded text as UTF-8, hashed a buffer at a time: the content digest of a body without an array the size of the
/// body (the buffer is on the stack).
private struct HashedUTF8 {
    static let bufferSize = 4096
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private var hasher = SHA256()

    init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// Folds `bytes` (valid UTF-8) as `ContentKey.fold` does, into the buffer: the digest's own loop, which copies
    /// ASCII and the common Han block byte by byte without branching on what is kept, and asks `ContentKey.folded`
    /// only of other scalars. Every byte of every article passes here.
    mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>) {
        ContentKey.asciiTable.withUnsafeBufferPointer { asciiTable in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    // A run of ASCII, as far as the buffer has room: each kept byte is written, and counted only if
                    // kept, with no branch on which.
                    if count == buffer.count { flush() }
                    let end = min(bytes.count, index + (buffer.count - count))
                    var byte = lead
                    repeat {
                        let kept = asciiTable[Int(byte)]
                        buffer[count] = kept
                        count &+= kept == 0 ? 0 : 1
                        index &+= 1
                        guard index < end else { break }
                        byte = bytes[index]
                    } while byte < 0x80
                } else if UTF8Scalars.isCommonHan(at: index, in: bytes) {
                    // A run of the common Han block, kept as it is: copied at once, as far as the buffer has room.
                    var end = index &+ 3
                    let limit = min(bytes.count, index + (buffer.count - count) / 3 * 3)
                    while end < limit, UTF8Scalars.isCommonHan(at: end, in: bytes) { end &+= 3 }
                    if end - index > buffer.count - count { flush() }
                    guard let target = buffer.baseAddress, let source = bytes.baseAddress else { return }
                    (target + count).update(from: source + index, count: end &- index)
                    count &+= end &- index
                    index = end
                } else if let (value, width) = UTF8Scalars.multibyte(lead: UInt32(lead), at: index, in: bytes) {
                    index &+= width
                    if let folded = ContentKey.folded(value) { take(folded) }
                } else {
                    return
                }
            }
        }
    }

    @inline(__always)
    private mutating func take(_ value: UInt32) {
        if count > buffer.count - 4 { flush() }
        count += buffer.writeUTF8(value, at: count)
    }

    private mutating func flush() {
        hasher.update(bufferPointer: UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[..<count])))
        count = 0
    }

    mutating func finalize() -> SHA256.Digest {
        flush()
        return hasher.finalize()
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
