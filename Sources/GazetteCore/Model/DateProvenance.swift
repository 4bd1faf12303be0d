/// How an article's date is known.
public enum DateProvenance: String, Sendable, Hashable, Codable, CaseIterable {
    /// Given by the source's metadata (front matter, an export's header).
    case metadata
    /// Read from the text itself, such as a date line in the body.
    case inferred
    /// Not known.
    case none
}
