/// The data rows between two record boundaries, typed into column builders.
/// A large file is read as two chunks at once (see `DataChunk.read`).
struct DataChunk {
    var builders: [ColumnBuilder]
    var rowLines: [Int] = []
    var scanProblems: [ScanProblem] = []
    var raggedRows: [(fields: [FieldSpan], line: Int, offset: Int)] = []
    var padded = 0
    var crlf = 0, lf = 0, cr = 0
    /// The line the scanner stopped on: the first line after the chunk.
    var endLine = 1

    /// Reads the records of `buffer[start..<end]`, whose first line is `line`.
    /// Capacity is reserved for the rows up to `reserveEnd` (the first half of
    /// a split reserves for the whole file, so the second appends in place;
    /// untouched capacity costs no memory).
    static func read(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, reserveEnd: Int? = nil, line: Int,
                     delimiter: UInt8, width: Int, allowRagged: Bool, hugePages: Bool = false) -> DataChunk {
        var chunk = DataChunk(builders: [])
        // The builders through a pointer for the whole loop, and no closures
        // around it: no uniqueness check a cell, no exclusivity check on
        // captured variables (callgrind counted both).
        let builders = UnsafeMutablePointer<ColumnBuilder>.allocate(capacity: max(1, width))
        builders.initialize(repeating: ColumnBuilder(capacity: 0), count: width)
        let view = UnsafeBufferPointer(rebasing: buffer[..<end])
        var scanner = RecordScanner(buffer: view, delimiter: delimiter, start: start, line: line)
        var fields: [FieldSpan] = []
        let base = buffer.baseAddress!
        var row = 0
        var rowLines: [Int] = []
        var padded = 0
        var raggedRows: [(fields: [FieldSpan], line: Int, offset: Int)] = []
        while let at = scanner.next(into: &fields) {
            if TableReader.isBlank(fields) { continue }
            let count = fields.count
            if count != width {
                if count < width && allowRagged {
                    padded += 1
                } else {
                    raggedRows.append((fields, at.line, at.offset))
                    continue
                }
            }
            for j in 0..<count {
                let f = fields[j]
                let c = CellClassifier.classify(base, f.start, f.end)
                builders[j].append(c, escaped: f.escaped, row: row, line: at.line, source: buffer, fieldStart: f.start, fieldEnd: f.end)
            }
            if count < width { for j in count..<width { builders[j].appendMissing() } }
            rowLines.append(at.line)
            row += 1
            if row == 1000 {
                // Reserve for the whole chunk from the first rows' size: no regrowth.
                let estimate = ((reserveEnd ?? end) - start) / max(1, scanner.position - start) * 1000 * 21 / 20 + 64
                rowLines.reserveCapacity(estimate)
                for j in 0..<width { builders[j].staging.reserve(estimate, hugePages: hugePages) }
            }
        }
        chunk.builders = Array(UnsafeBufferPointer(start: builders, count: width))
        builders.deinitialize(count: width)
        builders.deallocate()
        chunk.rowLines = rowLines
        chunk.padded = padded
        chunk.raggedRows = raggedRows
        chunk.scanProblems = scanner.problems
        (chunk.crlf, chunk.lf, chunk.cr) = (scanner.crlfCount, scanner.lfCount, scanner.crCount)
        chunk.endLine = scanner.line
        return chunk
    }

    /// Reads `buffer[start...]`, in two halves at once when it is large. The
    /// builders come back staged: the caller seals them (`ColumnBuilder.seal()`)
    /// or releases them. The
    /// split is after a line break outside quotes (an even number of `"` since
    /// `start`); if either half finds a problem, the whole is read again on one
    /// thread so every problem is reported exactly as a single pass sees it.
    static func read(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, line: Int,
                     delimiter: UInt8, width: Int, allowRagged: Bool, hugePages: Bool = false) -> DataChunk {
        let end = buffer.count
        func single() -> DataChunk {
            read(buffer, from: start, to: end, line: line,
                 delimiter: delimiter, width: width, allowRagged: allowRagged, hugePages: hugePages)
        }
        guard end - start > Parallel.threshold, let split = splitPoint(buffer, from: start) else { return single() }
        var (first, second) = Parallel.both(
            { read(buffer, from: start, to: split, reserveEnd: end, line: line,
                   delimiter: delimiter, width: width, allowRagged: allowRagged, hugePages: hugePages) },
            // Lines counted from 1 here and moved once the first half knows where it ends:
            // counting the first half's line breaks up front would cost a pass over it.
            { read(buffer, from: split, to: end, line: 1,
                   delimiter: delimiter, width: width, allowRagged: allowRagged, hugePages: hugePages) })
        if !first.scanProblems.isEmpty || !second.scanProblems.isEmpty {
            for j in 0..<width { first.builders[j].staging.release(); second.builders[j].staging.release() }
            return single()
        }
        let rowOffset = first.rowLines.count
        let lineOffset = first.endLine - 1
        for j in 0..<width {
            first.builders[j].absorb(&second.builders[j], rowOffset: rowOffset, lineOffset: lineOffset)
        }
        first.rowLines.reserveCapacity(first.rowLines.count + second.rowLines.count)
        for l in second.rowLines { first.rowLines.append(l + lineOffset) }
        first.raggedRows.append(contentsOf: second.raggedRows.map { ($0.fields, $0.line + lineOffset, $0.offset) })
        first.padded += second.padded
        first.crlf += second.crlf; first.lf += second.lf; first.cr += second.cr
        first.endLine = second.endLine + lineOffset
        return first
    }

    static func splitPoint(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let mid = start + (buffer.count - start) / 2
        let quarter = start + (mid - start) / 2
        let (a, b) = Parallel.both({ count(0x22, in: buffer, from: start, to: quarter) },
                                   { count(0x22, in: buffer, from: quarter, to: mid) })
        var inQuotes = (a + b) % 2 == 1
        var p = mid
        while p < buffer.count {
            let b = buffer[p]
            if b == 0x22 { inQuotes.toggle() }
            else if !inQuotes && b == 0x0A { return p + 1 < buffer.count ? p + 1 : nil }
            else if !inQuotes && b == 0x0D && !(p + 1 < buffer.count && buffer[p + 1] == 0x0A) { return p + 1 < buffer.count ? p + 1 : nil }
            p += 1
        }
        return nil
    }

    /// How many bytes equal `byte`, eight at a time (exact zero-byte count of
    /// `word ^ pattern`, Hacker's Delight §6-1).
    static func count(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard end > start, let base = buffer.baseAddress else { return 0 }
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var n = 0
        var i = start
        while i + 8 <= end {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ pattern
            let t = ~(((x & low7) &+ low7) | x | low7)
            n += t.nonzeroBitCount
            i += 8
        }
        while i < end { if base[i] == byte { n += 1 }; i += 1 }
        return n
    }
}

extension ColumnBuilder {
    /// Appends the cells another chunk read after this one.
    /// Both still staged (before `seal()`).
    mutating func absorb(_ other: inout ColumnBuilder, rowOffset: Int, lineOffset: Int) {
        // The other half's cells stay where they are until `seal()` copies both into one array.
        let cellOffset = staging.count
        precondition(stagingTail.count == 0 && other.stagingTail.count == 0, "a third chunk")
        stagingTail = other.staging
        other.staging = CellStaging()
        for (k, v) in other.packed.overflow { packed.overflow[k + cellOffset] = v }
        other.packed = PackedCells()
        decimalCount += other.decimalCount
        monthAlsoDecimal += other.monthAlsoDecimal
        for (row, m) in other.marks { marks[row + rowOffset] = m }
        for slot in firstSeen.indices where firstSeen[slot].count < 3 {
            for seen in other.firstSeen[slot].prefix(3 - firstSeen[slot].count) {
                firstSeen[slot].append((seen.row + rowOffset, seen.line + lineOffset, seen.text))
            }
            if firstSeen[slot].count == 3 { seenFull |= 1 << slot }
        }
    }
}
