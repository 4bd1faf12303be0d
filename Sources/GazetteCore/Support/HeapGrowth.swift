internal import CMalloc

/// How the C allocator grows its heaps, set once when a program starts.
///
/// glibc gives each worker thread's arena a reserved heap and makes it usable with one `mprotect(2)` call per growth,
/// only as far as the allocation at hand needs. Ingest and a rebuild from the archive allocate hundreds of megabytes
/// of article text in small pieces on every core, so a rebuild of 100k articles made 112,630 `mprotect` calls (9 %
/// of its profile). With 64 MiB of padding per growth it makes 82. The padding is address space, not memory: a page
/// counts as resident only once it is written.
public enum HeapGrowth {
    /// The padding each heap growth asks for beyond the allocation at hand.
    public static let padding = 64 << 20

    /// Asks the allocator to grow heaps by `padding` at a time. Call it first thing in `main`. True when the C library
    /// took the setting; false where it is not glibc.
    @discardableResult
    public static func padGenerously() -> Bool {
        gazette_malloc_set_top_pad(Int32(padding)) == 1
    }
}
