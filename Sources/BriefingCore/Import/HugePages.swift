import Glibc

/// Asks Linux for 2 MB pages over a large buffer about to be filled.
///
/// Why: reading a 100 MB file touched about 95,000 fresh 4 KB pages (the
/// file's bytes, the staged cells, the column arrays), and the page faults
/// were a quarter of the importer's CPU time, much of it on the one thread
/// that reads the file and copies the columns. Transparent huge pages are
/// `madvise`-only on Debian's default kernel settings, so they must be asked
/// for. Where they are off, or the call fails, nothing changes but speed.
enum HugePages {
    /// Buffers below this size are left alone: a huge page would mostly be waste.
    static let minimum = 4 << 20

    static func advise(_ pointer: UnsafeMutableRawPointer?, _ count: Int) {
        guard let pointer, count >= minimum else { return }
        let page = 4096
        let start = (Int(bitPattern: pointer) + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: pointer) + count) & ~(page - 1)
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, 14 /* MADV_HUGEPAGE */)
    }
}
