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
    static func fold<Sink: FoldedScalarSink>(_ text: String, scalarLimit: Int = .max, into sink: inout Sink) -> Int {
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
                    if kept != 0 { sink.takeASCII(kept) }
                    continue
                }
                // The common Han block (U+4E00 E4 B8 80 to U+9FFF E9 BF BF) first: a run of them kept as its bytes.
                if UTF8Scalars.isCommonHan(at: index, in: bytes) {
                    var end = index + 3
                    remaining -= 1
                    while remaining > 0, UTF8Scalars.isCommonHan(at: end, in: bytes) {
                        end += 3
                        remaining -= 1
                    }
                    sink.takeHanRun(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
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
                } else if (0x3400...0x4DBF).contains(value) {
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: HashedUTF8.bufferSize) { buffer in
            var hashed = HashedUTF8(buffer: buffer)
            for part in parts {
                _ = fold(part, into: &hashed)
            }
            return ContentDigest(hashed.finalize())
        }
    }
}

/// Folded text as UTF-8, hashed a buffer at a time: the content digest of a body without an array the size of the
/// body (the buffer is on the stack).
private struct HashedUTF8: FoldedScalarSink {
    static let bufferSize = 4096
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private var hasher = SHA256()

    init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    @inline(__always)
    mutating func take(_ value: UInt32) {
        if count > buffer.count - 4 { flush() }
        switch value {
        case ..<0x80:
            buffer[count] = UInt8(value)
            count += 1
        case ..<0x800:
            buffer[count] = UInt8(0xC0 | value >> 6)
            buffer[count + 1] = UInt8(0x80 | value & 0x3F)
            count += 2
        case ..<0x10000:
            buffer[count] = UInt8(0xE0 | value >> 12)
            buffer[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
            buffer[count + 2] = UInt8(0x80 | value & 0x3F)
            count += 3
        default:
            buffer[count] = UInt8(0xF0 | value >> 18)
            buffer[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
            buffer[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
            buffer[count + 3] = UInt8(0x80 | value & 0x3F)
            count += 4
        }
    }

    @inline(__always)
    mutating func takeASCII(_ byte: UInt8) {
        if count == buffer.count { flush() }
        buffer[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func takeHanRun(_ run: UnsafeBufferPointer<UInt8>) {
        if count + run.count > buffer.count { flush() }
        guard run.count <= buffer.count else {  // a run longer than the buffer is hashed as it is
            hasher.update(bufferPointer: UnsafeRawBufferPointer(run))
            return
        }
        guard let target = buffer.baseAddress, let source = run.baseAddress else { return }
        (target + count).update(from: source, count: run.count)
        count += run.count
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

/// Where `ContentKey.fold` hands folded scalars: ASCII as its byte, and a run of Han characters of the common block
/// as its UTF-8 bytes, which a sink of UTF-8 keeps without decoding and encoding them again.
protocol FoldedScalarSink: ScalarValueSink {
    /// Takes a folded ASCII character.
    mutating func takeASCII(_ byte: UInt8)
    /// Takes the Han characters (U+4E00 to U+9FFF) whose UTF-8 bytes these are, three bytes each.
    mutating func takeHanRun(_ run: UnsafeBufferPointer<UInt8>)
}

extension FoldedScalarSink {
    @inline(__always)
    mutating func takeASCII(_ byte: UInt8) {
        take(UInt32(byte))
    }

    @inline(__always)
    mutating func takeHanRun(_ run: UnsafeBufferPointer<UInt8>) {
        for start in stride(from: 0, to: run.count, by: 3) {
            take(UInt32(run[start] & 0x0F) << 12 | UInt32(run[start + 1] & 0x3F) << 6 | UInt32(run[start + 2] & 0x3F))
        }
    }
}

/// Folded scalar values, as they are (MinHash shingles them).
struct FoldedScalars: FoldedScalarSink {
    private(set) var values: [UInt32] = []

    init(capacity: Int = 0) {
        values.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func take(_ value: UInt32) { values.append(value) }
}
