import Glibc

/// A column's cells while the file is read, before they become the arrays of
/// `PackedCells`: three buffers grown by hand (`realloc`, which moves large
/// blocks by remapping pages, not copying), and a count per kind.
///
/// Why not append to the arrays directly: each `Array.append` checks that the
/// buffer is uniquely referenced and has room; callgrind counted five such
/// calls a cell, about a fifth of all instructions of an import. Here a cell
/// is three stores and an increment.
///
/// Not a value type in spirit: a copy shares the buffers. `ColumnBuilder`
/// owns one, and `drain(into:counts:)` (or `release()`) frees it.
struct CellStaging {
    private(set) var kinds: UnsafeMutablePointer<UInt8>? = nil
    private(set) var aux: UnsafeMutablePointer<Int8>? = nil
    private(set) var payload: UnsafeMutablePointer<Int64>? = nil
    private(set) var counts: UnsafeMutablePointer<Int>? = nil
    private(set) var count = 0
    private(set) var capacity = 0

    /// Room for `n` cells; on huge pages (see `HugePages`) if asked.
    mutating func reserve(_ n: Int, hugePages: Bool = false) {
        if n > capacity { grow(to: n) }
        if hugePages {
            HugePages.advise(payload, capacity * 8)
            HugePages.advise(kinds, capacity)
            HugePages.advise(aux, capacity)
        }
    }

    private mutating func grow(to n: Int) {
        if counts == nil {
            counts = calloc(ColumnBuilder.kindCount, MemoryLayout<Int>.stride)!.assumingMemoryBound(to: Int.self)
        }
        guard let k = realloc(kinds, n), let a = realloc(aux, n), let p = realloc(payload, n * 8) else {
            fatalError("out of memory for \(n) cells")
        }
        kinds = k.assumingMemoryBound(to: UInt8.self)
        aux = a.assumingMemoryBound(to: Int8.self)
        payload = p.assumingMemoryBound(to: Int64.self)
        // Huge pages only when the caller asks (`reserve(_:hugePages:)`): each
        // buffer's last 2 MB page, mostly empty, shows in peak memory (+5 MB on
        // 100 MB), which has a target.
        capacity = n
    }

    @inline(__always)
    mutating func append(_ kind: UInt8, _ a: Int8, _ p: Int64) {
        if count == capacity { grow(to: Swift.max(1024, capacity * 2)) }
        kinds.unsafelyUnwrapped[count] = kind
        aux.unsafelyUnwrapped[count] = a
        payload.unsafelyUnwrapped[count] = p
        counts.unsafelyUnwrapped[Int(kind)] &+= 1
        count += 1
    }

    /// Changes the last cell's kind without counting it again (a long text becomes overflow).
    mutating func setLastKind(_ kind: UInt8) {
        kinds.unsafelyUnwrapped[count - 1] = kind
    }

    /// Appends the cells of a chunk read after this one, and frees its buffers.
    mutating func absorb(_ other: inout CellStaging) {
        guard other.count > 0 else { other.release(); return }
        reserve(count + other.count)
        memcpy(kinds! + count, other.kinds!, other.count)
        memcpy(aux! + count, other.aux!, other.count)
        memcpy(payload! + count, other.payload!, other.count * 8)
        for k in 0..<ColumnBuilder.kindCount { counts![k] += other.counts![k] }
        count += other.count
        other.release()
    }

    /// Appends the cells to `packed` and their kind counts to `counts`, then
    /// frees the buffers, each as soon as it is copied: at most one buffer is
    /// held twice (peak memory is a target, see scripts/bench-import).
    mutating func drain(into packed: inout PackedCells, counts totals: inout [Int]) {
        if count > 0 {
            // Staging is the only source of cells, so the arrays are empty: take the copy as they are.
            precondition(packed.kinds.isEmpty, "cells appended around the staging buffers")
            packed.kinds = CellStaging.copy(kinds!, count)
            free(kinds); kinds = nil
            packed.aux = CellStaging.copy(aux!, count)
            free(aux); aux = nil
            packed.payload = CellStaging.copy(payload!, count)
            free(payload); payload = nil
        }
        if let counts { for k in 0..<ColumnBuilder.kindCount { totals[k] += counts[k] } }
        release()
    }

    /// An array of the `count` values at `from`, on huge pages when large.
    static func copy<T: BitwiseCopyable>(_ from: UnsafeMutablePointer<T>, _ count: Int) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buf, initialized in
            HugePages.advise(UnsafeMutableRawPointer(buf.baseAddress), count * MemoryLayout<T>.stride)
            buf.baseAddress!.initialize(from: from, count: count)
            initialized = count
        }
    }

    mutating func release() {
        free(kinds); free(aux); free(payload); free(counts)
        kinds = nil; aux = nil; payload = nil; counts = nil
        count = 0; capacity = 0
    }
}
