extension Array {
    /// Hands every element to `body` in order, moving each out, and leaves the array empty. The array is turned around
    /// through its buffer (whose swaps move the elements, where `Array.reverse()` copies each) and emptied from the
    /// end, so that no element is retained twice on the way: ingest hands its outcomes and articles on this way.
    mutating func moveEachInOrder(_ body: (consuming Element) throws -> Void) rethrows {
        withUnsafeMutableBufferPointer { $0.reverse() }
        while let element = popLast() { try body(element) }
    }
}
