/// Where delivery attempts are recorded: the archive database (`ArchiveDatabase`), or a JSON-lines file
/// (`DeliveryLog`, the format before the archive, still read for its one-time import).
public protocol DeliveryJournal: Sendable {
    /// Where the records are, for people: a file path.
    var location: String { get }
    /// Appends one attempt.
    func append(_ record: DeliveryRecord) throws
    /// Every attempt, oldest first.
    func records() -> [DeliveryRecord]
    /// The message ids already delivered, which a send skips unless forced.
    func deliveredMessageIDs() -> Set<String>
}
