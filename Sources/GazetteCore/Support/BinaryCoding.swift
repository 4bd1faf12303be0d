import Foundation

/// Writes values as compact bytes for `BinaryReader` to read back: integers and doubles as 8 little-endian bytes,
/// strings as their byte count and UTF-8. No field names and no versioning: it is for data the same Gazette reads
/// back (the ingest cache, whose fingerprint names the format), where `Codable` through JSON costs too much.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    /// A present flag, then the value when there is one.
    mutating func write<Value>(_ value: Value?, _ writeValue: (inout BinaryWriter, Value) -> Void) {
        write(value != nil)
        if let value { writeValue(&self, value) }
    }

    /// The count, then each element.
    mutating func write<Element>(_ elements: [Element], _ writeElement: (inout BinaryWriter, Element) -> Void) {
        write(elements.count)
        for element in elements { writeElement(&self, element) }
    }
}

/// Reads what `BinaryWriter` wrote, in the same order; any read past the end or of an impossible value throws.
///
/// It reads the bytes where they lie (`read(_:_:)` lends them for the duration of one decoding), so a rebuild that
/// reuses 100k remembered articles copies each string once, into the string.
struct BinaryReader {
    /// The bytes end early or hold a value that cannot be.
    struct Malformed: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Calls `body` with a reader over `data`'s bytes, valid only inside `body`.
    static func read<Value>(_ data: Data, _ body: (inout BinaryReader) throws(Malformed) -> Value)
        throws(Malformed) -> Value {
        let result = data.withUnsafeBytes { bytes in
            var reader = BinaryReader(bytes)
            return Result { () throws(Malformed) -> Value in try body(&reader) }
        }
        return try result.get()
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func readInt() throws(Malformed) -> Int {
        Int(try readWord())
    }

    mutating func readDouble() throws(Malformed) -> Double {
        Double(bitPattern: UInt64(bitPattern: try readWord()))
    }

    mutating func readBool() throws(Malformed) -> Bool {
        try take(1)[0] != 0
    }

    mutating func readString() throws(Malformed) -> String {
        String(decoding: try take(try readCount()), as: UTF8.self)
    }

    /// Passes over a string without making it.
    mutating func skipString() throws(Malformed) {
        _ = try take(try readCount())
    }

    mutating func readOptional<Value>(_ readValue: (inout BinaryReader) throws(Malformed) -> Value)
        throws(Malformed) -> Value? {
        try readBool() ? try readValue(&self) : nil
    }

    mutating func readArray<Element>(_ readElement: (inout BinaryReader) throws(Malformed) -> Element)
        throws(Malformed) -> [Element] {
        let count = try readCount()
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try readElement(&self)) }
        return elements
    }

    /// A count of elements or bytes, which cannot be more than the bytes left.
    mutating func readCount() throws(Malformed) -> Int {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        return count
    }

    /// Eight little-endian bytes.
    private mutating func readWord() throws(Malformed) -> Int64 {
        let word = try take(8)
        return Int64(littleEndian: word.loadUnaligned(as: Int64.self))
    }

    private mutating func take(_ count: Int) throws(Malformed) -> UnsafeRawBufferPointer {
        guard count <= bytes.count - offset else { throw Malformed() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }
}
