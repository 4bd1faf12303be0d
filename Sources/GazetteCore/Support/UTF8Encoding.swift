extension UnsafeMutableBufferPointer<UInt8> {
    /// Writes the UTF-8 encoding of the scalar value `value` (at most 0x10FFFF, not a surrogate) at `offset`, and
    /// returns how many bytes it took (1 to 4). The buffer must have room for them.
    @inline(__always)
    func writeUTF8(_ value: UInt32, at offset: Int) -> Int {
        switch value {
        case ..<0x80:
            self[offset] = UInt8(value)
            return 1
        case ..<0x800:
            self[offset] = UInt8(0xC0 | value >> 6)
            self[offset &+ 1] = UInt8(0x80 | value & 0x3F)
            return 2
        case ..<0x10000:
            self[offset] = UInt8(0xE0 | value >> 12)
            self[offset &+ 1] = UInt8(0x80 | value >> 6 & 0x3F)
            self[offset &+ 2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            self[offset] = UInt8(0xF0 | value >> 18)
            self[offset &+ 1] = UInt8(0x80 | value >> 12 & 0x3F)
            self[offset &+ 2] = UInt8(0x80 | value >> 6 & 0x3F)
            self[offset &+ 3] = UInt8(0x80 | value & 0x3F)
            return 4
        }
    }
}

/// Decoding of valid UTF-8 (a Swift string's bytes) by hand, for the loops that read every scalar of every article:
/// about half the cost of walking `unicodeScalars`.
enum UTF8Scalars {
    /// The scalar that starts at `index` with the non-ASCII lead byte `lead`, and its width in bytes; nil when `bytes`
    /// end before its continuation bytes. The loops keep their own ASCII paths and call this for the rest.
    @inline(__always)
    static func multibyte(lead: UInt32, at index: Int,
                          in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, width: Int)? {
        // A Swift string is valid UTF-8, so a lead byte is followed by its continuation bytes.
        let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + width <= bytes.count else { return nil }
        switch width {
        case 2:
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case 3:
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        default:
            return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }
    }

    /// Whether a scalar that starts with the lead byte `lead` may be white space (`Unicode.Scalar.isTrimmable`):
    /// ASCII white space and control bytes, and the lead bytes C2, E1, E2, E3 and EF, which start every white space
    /// scalar outside ASCII (U+0085, U+00A0, U+1680, U+2000 to U+205F, U+3000, U+FEFF) and some others.
    @inline(__always)
    static func mayStartWhiteSpace(_ lead: UInt8) -> Bool {
        lead <= 0x20 || lead == 0x7F || lead == 0xC2 || (0xE1...0xE3).contains(lead) || lead == 0xEF
    }

    /// Whether a character of the common Han block (U+4E00, E4 B8 80, to U+9FFF, E9 BF BF) starts at `index`, told
    /// from its bytes: most characters of Chinese text, which the loops over every article take without decoding.
    @inline(__always)
    static func isCommonHan(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 2 < bytes.count else { return false }
        let lead = bytes[index]
        return lead >= 0xE4 && lead <= 0xE9 && (lead > 0xE4 || bytes[index + 1] >= 0xB8)
    }

    /// Hands the value of each of the first `limit` scalars of `bytes` to `sink`, in order, and returns how many of the
    /// limit are left.
    @inline(__always)
    static func forEach<Sink: ScalarValueSink>(in bytes: UnsafeBufferPointer<UInt8>, limit: Int,
                                               into sink: inout Sink) -> Int {
        var remaining = limit
        var index = 0
        while index < bytes.count, remaining > 0 {
            let lead = UInt32(bytes[index])
            if lead < 0x80 {
                index += 1
                remaining -= 1
                sink.take(lead)
                continue
            }
            guard let (value, width) = multibyte(lead: lead, at: index, in: bytes) else { break }
            index += width
            remaining -= 1
            sink.take(value)
        }
        return remaining
    }
}

/// Where a loop over decoded scalar values hands them: a generic parameter rather than a closure, so the compiler
/// inlines the sink's code into the loop instead of calling it for every scalar.
protocol ScalarValueSink {
    /// Takes the next scalar value.
    mutating func take(_ value: UInt32)
}

extension StringProtocol {
    /// Calls `body` with the value of each of the first `limit` Unicode scalars, in order, and returns how many of
    /// the limit are left (a closure call per scalar: for loops off the hot paths).
    func forEachScalarValue(limit: Int, _ body: (UInt32) -> Void) -> Int {
        withoutActuallyEscaping(body) { body in
            var sink = ScalarCallback(body: body)
            if let decoded = utf8.withContiguousStorageIfAvailable({ bytes in
                UTF8Scalars.forEach(in: bytes, limit: limit, into: &sink)
            }) {
                return decoded
            }
            var remaining = limit
            for scalar in unicodeScalars {
                guard remaining > 0 else { break }
                remaining -= 1
                sink.take(scalar.value)
            }
            return remaining
        }
    }
}

extension String {
    /// Hands the value of each of the first `limit` Unicode scalars to `sink`, in order, and returns how many of the
    /// limit are left: `forEachScalarValue(limit:_:)` for the loops that run over every article.
    @inline(__always)
    func forEachScalarValue<Sink: ScalarValueSink>(limit: Int = .max, into sink: inout Sink) -> Int {
        var text = self
        return text.withUTF8 { bytes in UTF8Scalars.forEach(in: bytes, limit: limit, into: &sink) }
    }
}

/// A closure as a scalar sink.
private struct ScalarCallback: ScalarValueSink {
    let body: (UInt32) -> Void

    func take(_ value: UInt32) { body(value) }
}
