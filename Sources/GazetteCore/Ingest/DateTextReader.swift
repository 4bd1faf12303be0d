/// A cursor over the ASCII form of a date, for `DateFields`' parsers.
struct DateTextReader {
    private let bytes: [UInt8]
    private var position = 0

    /// Reads `text` with Chinese date words (年, 月, 日, 时, 分, 秒) and full-width digits and colons
    /// turned into their ASCII forms.
    init(normalizing text: String) {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "年", "月": ascii.append(UInt8(ascii: "-"))
            case "日", "号": ascii.append(UInt8(ascii: " "))
            case "时", "点", "分": ascii.append(UInt8(ascii: ":"))
            case "秒": break
            case "０"..."９": ascii.append(UInt8(scalar.value - 0xFF10) + UInt8(ascii: "0"))
            case "：": ascii.append(UInt8(ascii: ":"))
            default: ascii.append(scalar.isASCII ? UInt8(scalar.value) : 0)
            }
        }
        bytes = Self.trimmingTrailingSeparators(ascii)
    }

    private static func trimmingTrailingSeparators(_ bytes: [UInt8]) -> [UInt8] {
        var end = bytes.count
        while end > 0, [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: "-")].contains(bytes[end - 1]) {
            end -= 1
        }
        return Array(bytes[..<end])
    }

    var isAtEnd: Bool { position >= bytes.count }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func readNumber(digits range: ClosedRange<Int>) -> Int? {
        var value = 0
        var count = 0
        while let byte = current, byte >= 48, byte <= 57, count < range.upperBound {
            value = value * 10 + Int(byte - 48)
            count += 1
            position += 1
        }
        guard count >= range.lowerBound else {
            position -= count
            return nil
        }
        return value
    }

    /// Digits after a decimal point, as a fraction of one.
    mutating func readFraction() -> Double {
        var fraction = 0.0
        var scale = 0.1
        while let byte = current, byte >= 48, byte <= 57 {
            fraction += Double(byte - 48) * scale
            scale /= 10
            position += 1
        }
        return fraction
    }

    @discardableResult
    mutating func skip(oneOf characters: String) -> Bool {
        guard let byte = current, characters.utf8.contains(byte) else { return false }
        position += 1
        return true
    }

    mutating func skipSpaces() {
        while current == UInt8(ascii: " ") { position += 1 }
    }

    /// `Z`, `UTC`, `GMT`, `+08:00`, `+0800` or `+08`, as seconds east of UTC.
    mutating func readZone() -> Int? {
        if skipWord("Z") || skipWord("UTC") || skipWord("GMT") {
            return isAtEnd || current == UInt8(ascii: " ") ? 0 : readSignedOffset()
        }
        return readSignedOffset()
    }

    private mutating func readSignedOffset() -> Int? {
        guard let sign = current, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        position += 1
        guard let hours = readNumber(digits: 2...2), hours <= 14 else { return nil }
        skip(oneOf: ":")
        let minutes = readNumber(digits: 2...2) ?? 0
        let seconds = hours * 3_600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -seconds : seconds
    }

    private mutating func skipWord(_ word: String) -> Bool {
        let wordBytes = Array(word.utf8)
        guard bytes.count - position >= wordBytes.count,
              Array(bytes[position..<position + wordBytes.count]) == wordBytes
        else { return false }
        position += wordBytes.count
        return true
    }
}
