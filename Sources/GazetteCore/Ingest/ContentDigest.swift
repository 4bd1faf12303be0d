import Crypto
import Foundation

/// A SHA-256 digest as four words, first bytes first: compared and hashed in place, and stored without the two heap
/// allocations a 32-byte `Data` costs. Exact-duplicate detection keys 100k of them on a rebuild.
struct ContentDigest: Hashable, Sendable {
    /// The digest's bytes 0–7, 8–15, 16–23 and 24–31, each read big-endian.
    var words: (first: UInt64, second: UInt64, third: UInt64, fourth: UInt64)

    /// The digest whose words are these.
    init(_ first: UInt64, _ second: UInt64, _ third: UInt64, _ fourth: UInt64) {
        words = (first, second, third, fourth)
    }

    /// The SHA-256 digest of `key`'s UTF-8 (a canonical URL's key): what an article with that URL is known by.
    init(hashing key: String) {
        var key = key
        self.init(key.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) })  // no `Data` copy of the key
    }

    /// The digest `SHA256` computed.
    init(_ digest: SHA256.Digest) {
        self = digest.withUnsafeBytes { bytes in
            func word(_ index: Int) -> UInt64 {
                UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            }
            return ContentDigest(word(0), word(1), word(2), word(3))
        }
    }

    /// The digest that `hex` spells: 64 hexadecimal digits, as `hexEncoded` writes them. Nil for any other text.
    init?(hex: String) {
        var hex = hex
        let words = hex.withUTF8 { digits -> (UInt64, UInt64, UInt64, UInt64)? in
            guard digits.count == 64 else { return nil }
            // Each word's 16 digits, their values or'ed together as well to tell whether any byte was not a digit.
            func word(_ index: Int) -> (value: UInt64, isValid: Bool) {
                var value: UInt64 = 0
                var invalid: UInt8 = 0
                for offset in (index * 16)..<(index * 16 + 16) {
                    let nibble = Self.digitValues[Int(digits[offset])]
                    invalid |= nibble
                    value = value << 4 | UInt64(nibble & 0x0F)
                }
                return (value, invalid < 0x10)
            }
            let (first, second, third, fourth) = (word(0), word(1), word(2), word(3))
            guard first.isValid, second.isValid, third.isValid, fourth.isValid else { return nil }
            return (first.value, second.value, third.value, fourth.value)
        }
        guard let words else { return nil }
        self.init(words.0, words.1, words.2, words.3)
    }

    /// Each byte's value as a hexadecimal digit (either case), or 0xFF when it is not one.
    private static let digitValues: [UInt8] = (0...255).map { byte in ASCII.hexValue(UInt8(byte)) ?? 0xFF }

    /// The digest's 32 bytes as 64 lower-case hexadecimal digits, as `SHA256.Digest`'s bytes would be written.
    var hexEncoded: String {
        let bigEndian = (words.first.bigEndian, words.second.bigEndian, words.third.bigEndian, words.fourth.bigEndian)
        return withUnsafeBytes(of: bigEndian) { $0.hexEncoded }
    }

    static func == (lhs: ContentDigest, rhs: ContentDigest) -> Bool {
        lhs.words == rhs.words
    }

    /// Hashes the first word only: a digest's bits are already evenly spread, so one word tells digests apart as
    /// well as four (equality still compares all of them), at a quarter of the hashing.
    func hash(into hasher: inout Hasher) {
        hasher.combine(words.first)
    }
}
