/// Splits a digest into as few ordered messages as a platform's limits allow, at item boundaries: nothing is
/// dropped, and an item never straddles two messages.
enum MessagePacker {
    /// Groups `units` in order; `fits` says whether a group is within the limits. A unit that does not fit even
    /// alone gets a message of its own (the platform builders shorten such items beforehand).
    static func pack<Unit>(_ units: [Unit], fits: ([Unit]) -> Bool) -> [[Unit]] {
        var groups: [[Unit]] = []
        var current: [Unit] = []
        for unit in units {
            if !current.isEmpty && !fits(current + [unit]) {
                groups.append(current)
                current = []
            }
            current.append(unit)
        }
        if !current.isEmpty || groups.isEmpty { groups.append(current) }
        return groups
    }
}

/// One item of a digest as a platform message shows it.
struct MessageUnit: Sendable {
    /// The item's section heading.
    var section: String
    var item: IssueItem
    /// The item rendered by the platform's template.
    var text: String
}

extension String {
    /// At most `limit` characters, ending in "…" when shortened.
    func limited(to limit: Int) -> String {
        count <= limit ? self : String(prefix(max(0, limit - 1))) + "…"
    }

    /// At most `limit` UTF-8 bytes, cut at a character boundary, ending in "…" when shortened.
    func limited(toBytes limit: Int) -> String {
        guard utf8.count > limit else { return self }
        var result = ""
        var used = 3  // "…"
        for character in self {
            let size = character.utf8.count
            if used + size > limit { break }
            result.append(character)
            used += size
        }
        return result + "…"
    }
}
