import GazetteCore
import Testing

struct HeapGrowthTests {
    /// The setting goes through a C header that compiles to a no-op where `M_TOP_PAD` is not defined, so a header that
    /// stopped seeing glibc's `malloc.h` would quietly make every rebuild slower. On Linux glibc must take it.
    @Test func glibcTakesThePadding() {
        #if os(Linux)
        #expect(HeapGrowth.padGenerously(), "mallopt(M_TOP_PAD) was not called or was refused")
        #else
        #expect(!HeapGrowth.padGenerously(), "only glibc has mallopt")
        #endif
    }
}
