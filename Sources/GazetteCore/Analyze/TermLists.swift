/// The term lists of many word rules (theme keywords, tag names) in one flat array.
///
/// Every article is matched against every rule. Walking an array of rules copied each rule, retaining its strings
/// and its array of terms; here a match touches two arrays and retains nothing per rule.
struct TermLists: Sendable {
    private let terms: [TermHash]
    /// List `i` is `terms[starts[i]..<starts[i + 1]]`.
    private let starts: [Int]

    /// The lists, in order.
    init(_ lists: [[TermHash]]) {
        terms = lists.flatMap { $0 }
        var starts = [0]
        for list in lists { starts.append(starts[starts.count - 1] + list.count) }
        self.starts = starts
    }

    /// How many lists there are.
    var count: Int { starts.count - 1 }

    /// Calls `body` with the index of each non-empty list whose every term occurs in `document`, and the smallest
    /// count among its terms, in list order.
    func forEachMatch(in document: DocumentTerms, _ body: (_ index: Int, _ occurrences: Int) -> Void) {
        terms.withUnsafeBufferPointer { terms in
            starts.withUnsafeBufferPointer { starts in
                for index in 0..<(starts.count - 1) where starts[index] < starts[index + 1] {
                    var occurrences = Int.max
                    var position = starts[index]
                    while position < starts[index + 1], occurrences > 0 {
                        occurrences = min(occurrences, document.count(terms[position]))
                        position += 1
                    }
                    if occurrences > 0 { body(index, occurrences) }
                }
            }
        }
    }

    /// Calls `body` with the index of each list whose every term is in `set` (empty lists included), in order.
    func forEachList(within set: TermCounts, _ body: (_ index: Int) -> Void) {
        terms.withUnsafeBufferPointer { terms in
            starts.withUnsafeBufferPointer { starts in
                for index in 0..<(starts.count - 1)
                where terms[starts[index]..<starts[index + 1]].allSatisfy({ set.contains($0) }) {
                    body(index)
                }
            }
        }
    }
}
