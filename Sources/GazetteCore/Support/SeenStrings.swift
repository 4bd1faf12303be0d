/// The strings met so far, for dropping repeats: a list while there are few, a set once there are many. Most articles
/// have a handful of links, and comparing a handful of strings costs less than hashing one.
struct SeenStrings {
    /// How many strings the list holds before they move into a set.
    static let listLimit = 16

    private var list: [String] = []
    private var set: Set<String> = []

    /// Adds `text`; false when it was already there.
    mutating func insert(_ text: String) -> Bool {
        guard list.count < Self.listLimit else { return set.insert(text).inserted }
        guard !list.contains(text) else { return false }
        list.append(text)
        if list.count == Self.listLimit { set = Set(list) }
        return true
    }
}
