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
/// owns them, and `drain(_:_:into:counts:)` (or `release()`) frees them.
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

    /// Moves the cells of `first`, then those of `second` (a chunk read after
    /// it, or empty) into `packed`'s arrays and their kind counts into
    /// `counts`, freeing each buffer as soon as it is copied: at most one
    /// buffer is held twice (peak memory is a target, see scripts/bench-import),
    /// and the halves of a large file meet here, in one copy.
    static func drain(_ first: inout CellStaging, _ second: inout CellStaging, into packed: inout PackedCells, counts totals: inout [Int]) {
        // Staging is the only source of cells, so the arrays are empty: take the copies as they are.
        precondition(packed.kinds.isEmpty, "cells appended around the staging buffers")
        let (n1, n2) = (first.count, second.count)
        if n1 + n2 > 0 {
            packed.kinds = concatenate(first.kinds, n1, second.kinds, n2)
            free(first.kinds); first.kinds = nil; free(second.kinds); second.kinds = nil
            packed.aux = concatenate(first.aux, n1, second.aux, n2)
            free(first.aux); first.aux = nil; free(second.aux); second.aux = nil
            packed.payload = concatenate(first.payload, n1, second.payload, n2)
            free(first.payload); first.payload = nil; free(second.payload); second.payload = nil
        }
        for part in [first, second] {
            if let counts = part.counts { for k in 0..<ColumnBuilder.kindCount { totals[k] += counts[k] } }
        }
        first.release()
        second.release()
    }

    /// An array of `a`'s `n1` values then `b`'s `n2`, on huge pages when large.
    static func concatenate<T: BitwiseCopyable>(_ a: UnsafeMutablePointer<T>?, _ n1: Int, _ b: UnsafeMutablePointer<T>?, _ n2: Int) -> [T] {
        [T](unsafeUninitializedCapacity: n1 + n2) { buf, initialized in
            HugePages.advise(UnsafeMutableRawPointer(buf.baseAddress), (n1 + n2) * MemoryLayout<T>.stride)
            if n1 > 0 { buf.baseAddress!.initialize(from: a!, count: n1) }
            if n2 > 0 { (buf.baseAddress! + n1).initialize(from: b!, count: n2) }
            initialized = n1 + n2
        }
    }

    mutating func release() {
        free(kinds); free(aux); free(payload); free(counts)
        kinds = nil; aux = nil; payload = nil; counts = nil
        count = 0; capacity = 0
    }
}
