extension Sequence<UInt8> {
    /// The bytes as lower-case hexadecimal, two digits each.
    var hexEncoded: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension UInt64 {
    /// The value as 16 lower-case hexadecimal digits, leading zeros included: written straight into the string's
    /// storage (every article's id is one; `String(_:radix:)` and padding took three strings).
    var paddedHexDigits: String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 {
                let nibble = Int(truncatingIfNeeded: self >> UInt64(60 - index * 4)) & 0x0F
                buffer[index] = nibble < 10 ? UInt8(ascii: "0") + UInt8(nibble) : UInt8(ascii: "a") + UInt8(nibble - 10)
            }
            return 16
        }
    }
}
