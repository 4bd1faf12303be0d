extension Sequence {
    /// The first `count` elements of `sorted(by: areInIncreasingOrder)`, in that order, without sorting them all:
    /// one pass that keeps a short sorted list, for picking a few keywords out of hundreds of terms.
    func smallest(_ count: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        guard count > 0 else { return [] }
        var kept: [Element] = []
        kept.reserveCapacity(count + 1)
        for element in self {
            if kept.count == count, let last = kept.last, !areInIncreasingOrder(element, last) { continue }
            let position = kept.firstIndex { areInIncreasingOrder(element, $0) } ?? kept.endIndex
            kept.insert(element, at: position)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }
}
