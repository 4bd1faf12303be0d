extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of the scalar value `value` (at most 0x10FFFF, not a surrogate).
    @inline(__always)
    mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case ..<0x80:
            append(UInt8(value))
        case ..<0x800:
            append(UInt8(0xC0 | value >> 6))
            append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            append(UInt8(0xE0 | value >> 12))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        default:
            append(UInt8(0xF0 | value >> 18))
            append(UInt8(0x80 | value >> 12 & 0x3F))
            append(UInt8(0x80 | value >> 6 & 0x3F))
            append(UInt8(0x80 | value & 0x3F))
        }
    }
}

extension StringProtocol {
    /// Calls `body` with the value of each of the first `limit` Unicode scalars, in order, and returns how many of
    /// the limit are left. Decodes the contiguous UTF-8 by hand: about half the cost of walking `unicodeScalars`,
    /// which matters where every scalar of every article's lead is read (content digests, MinHash).
    @inline(__always)
    func forEachScalarValue(limit: Int, _ body: (UInt32) -> Void) -> Int {
        let decoded = utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var remaining = limit
            var index = 0
            let count = bytes.count
            while index < count, remaining > 0 {
                let lead = UInt32(bytes[index])
                // A Swift string is valid UTF-8, so a lead byte is followed by its continuation bytes.
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard index + width <= count else { break }
                var value: UInt32
                switch width {
                case 1: value = lead
                case 2: value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                case 3: value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                    | UInt32(bytes[index + 2] & 0x3F)
                default: value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                }
                index += width
                remaining -= 1
                body(value)
            }
            return remaining
        }
        if let decoded { return decoded }
        var remaining = limit
        for scalar in unicodeScalars {
            guard remaining > 0 else { break }
            remaining -= 1
            body(scalar.value)
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

extension String {
    /// Hands the value of each of the first `limit` Unicode scalars to `sink`, in order, and returns how many of the
    /// limit are left: `forEachScalarValue(limit:_:)` for the loops that run over every article.
    @inline(__always)
    func forEachScalarValue<Sink: ScalarValueSink>(limit: Int = .max, into sink: inout Sink) -> Int {
        var text = self
        return text.withUTF8 { bytes in
            var remaining = limit
            var index = 0
            let count = bytes.count
            while index < count, remaining > 0 {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    index += 1
                    remaining -= 1
                    sink.take(lead)
                    continue
                }
                // A Swift string is valid UTF-8, so a lead byte is followed by its continuation bytes.
                let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard index + width <= count else { break }
                let value: UInt32
                switch width {
                case 2: value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                case 3: value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                    | UInt32(bytes[index + 2] & 0x3F)
                default: value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                }
                index += width
                remaining -= 1
                sink.take(value)
            }
            return remaining
        }
    }
}
