/// What selection does with articles that have no publication date.
public enum UndatedPolicy: String, Sendable, Equatable, Codable, CaseIterable {
    /// Their collected time stands in for the publication date, for the window and for recency (the default).
    case useCollected = "collected"
    /// They are in every window; recency uses their collected time.
    case include
    /// They are never selected.
    case exclude
}
