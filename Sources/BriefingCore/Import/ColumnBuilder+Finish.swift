import Glibc

extension ColumnBuilder {
    /// The finished column and its report. `rewritten` holds, for a column
    /// decided as text, the trimmed span of every cell that was not text (by row).
    ///
    /// Text cells are not copied: the column keeps pointing into `storage`, the
    /// decoded file, which it shares with the other text columns.
    mutating func finish(decision: Decision, name: String, header: String, unit: MeasureUnit?, position: Int,
                         period: Period?, source: UnsafeBufferPointer<UInt8>, storage: [UInt8],
                         rewritten: [Int: FieldSpan]?) -> (Column, ColumnReport) {
        var out = PackedCells()
        let n = packed.count
        let missingKind = PackedCells.Kind.missing.rawValue
        let textKind = PackedCells.Kind.text.rawValue
        let overflowKind = PackedCells.Kind.overflow.rawValue
        if decision.type == .text {
            out = packed
            packed = PackedCells()
            out.text = storage
            for i in 0..<n {
                let k = out.kinds[i]
                if k == missingKind { continue }
                if k == textKind {
                    if out.aux[i] == 1 {
                        let p = out.payload[i]
                        let start = Int(p >> 24), length = Int(p & 0xFF_FFFF)
                        out.setOwnText(at: i, source.unescaped(FieldSpan(start: start, end: start + length, quoted: true, escaped: true)))
                    }
                } else if let span = rewritten?[i] {
                    out.overflow[i] = nil
                    if span.end - span.start >= 1 << 24 {
                        out.kinds[i] = overflowKind
                        out.overflow[i] = .text(source.string(of: span))
                    } else if span.escaped {
                        out.setOwnText(at: i, source.unescaped(span))
                    } else {
                        out.kinds[i] = textKind
                        out.aux[i] = 0
                        out.payload[i] = Int64(span.start) << 24 | Int64(span.end - span.start)
                        out.overflow[i] = nil
                    }
                }
            }
        } else {
            // Take the cells out of the builder so retyping them in place copies nothing.
            out = packed
            packed = PackedCells()
            let needsRetyping = decision.type == .year || decision.type == .percent || count(.month) > 0 && decision.type != .month
            if needsRetyping {
                for i in 0..<n {
                    let k = PackedCells.Kind(rawValue: out.kinds[i])!
                    switch (k, decision.type) {
                    case (.month, .integer), (.month, .decimal), (.month, .amount), (.month, .count), (.month, .percent):
                        let m = Month(index: Int(out.payload[i]))
                        out.kinds[i] = decision.type == .percent ? PackedCells.Kind.percent.rawValue : PackedCells.Kind.number.rawValue
                        out.aux[i] = -2
                        out.payload[i] = Int64(m.year * 100 + m.month)
                    case (.number, .percent):
                        out.kinds[i] = PackedCells.Kind.percent.rawValue
                    case (.number, .year):
                        out.kinds[i] = PackedCells.Kind.year.rawValue
                        out.aux[i] = 0
                    case (.overflow, .percent):
                        if case .number(let d) = out.overflow[i]! { out.overflow[i] = .percent(d) }
                    case (.month, .month):
                        out.aux[i] = 0
                    default: break
                    }
                }
            } else if decision.type == .month {
                for i in 0..<n where out.kinds[i] == PackedCells.Kind.month.rawValue { out.aux[i] = 0 }
            }
        }
        let column = Column(name: name, header: header, unit: unit, type: decision.type, position: position, packed: out, marks: marks)
        var report = ColumnReport(name: name, unit: unit, type: decision.type, period: period,
                                  missingCount: count(.missing), minimum: nil, maximum: nil,
                                  distinctValues: [], distinctCount: nil, patternBreaks: [], dominantType: decision.dominant)
        if decision.asText { report.patternBreaks = patternBreaks(dominant: decision.dominant) }
        if decision.type == .text {
            (report.distinctValues, report.distinctCount) = ColumnBuilder.distinct(out)
        } else if decision.type != .empty {
            (report.minimum, report.maximum) = ColumnBuilder.extremes(out)
        }
        return (column, report)
    }

    /// The first distinct text values, compared as bytes, and how many there
    /// were (`nil` past the limit).
    static func distinct(_ cells: PackedCells) -> ([String], Int?) {
        // Compared by length, then bytes: most cells differ from most seen values in length.
        var seen: [[UInt8]] = []
        var strings: [String] = []
        var last = -1
        let limit = ColumnReport.distinctLimit
        /// False once a value past the limit turns up.
        func consider(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
            func same(_ j: Int) -> Bool {
                seen[j].count == slice.count && seen[j].withUnsafeBufferPointer { s in
                    slice.count == 0 || memcmp(s.baseAddress!, slice.baseAddress!, slice.count) == 0
                }
            }
            if last >= 0 && same(last) { return true }
            if let j = seen.indices.first(where: same) { last = j; return true }
            if seen.count == limit { return false }
            seen.append(Array(slice))
            last = seen.count - 1
            strings.append(String(decoding: slice, as: UTF8.self))
            return true
        }
        let textKind = PackedCells.Kind.text.rawValue, overflowKind = PackedCells.Kind.overflow.rawValue
        let complete = cells.text.withUnsafeBufferPointer { text in
            cells.ownText.withUnsafeBufferPointer { own in
                for i in 0..<cells.count {
                    let k = cells.kinds[i]
                    if k == textKind {
                        let p = cells.payload[i]
                        let start = Int(p >> 24), length = Int(p & 0xFF_FFFF)
                        if !consider(UnsafeBufferPointer(rebasing: (cells.aux[i] == 0 ? text : own)[start..<start + length])) {
                            return false
                        }
                    } else if k == overflowKind, case .text(let s) = cells.overflow[i]! {
                        if !Array(s.utf8).withUnsafeBufferPointer(consider) { return false }
                    }
                }
                return true
            }
        }
        return (strings, complete ? strings.count : nil)
    }

    static func extremes(_ cells: PackedCells) -> (CellValue?, CellValue?) {
        if let fast = sameScaleExtremes(cells) { return fast }
        var lo: Int? = nil, hi: Int? = nil
        var loD = ExactDecimal.zero, hiD = ExactDecimal.zero
        for i in 0..<cells.count {
            let k = PackedCells.Kind(rawValue: cells.kinds[i])!
            if k == .missing || k == .text { continue }
            if let d = cells.decimal(at: i) {
                if lo == nil || d < loD { lo = i; loD = d }
                if hi == nil || d > hiD { hi = i; hiD = d }
                continue
            }
            // Dates, periods and ranges order by (payload, aux).
            let key = (cells.payload[i], cells.aux[i])
            if lo == nil || key < (cells.payload[lo!], cells.aux[lo!]) { lo = i }
            if hi == nil || key > (cells.payload[hi!], cells.aux[hi!]) { hi = i }
        }
        return (lo.map { cells[$0] }, hi.map { cells[$0] })
    }

    /// Numbers all written to the same scale compare as their 64-bit significands.
    static func sameScaleExtremes(_ cells: PackedCells) -> (CellValue?, CellValue?)? {
        guard cells.overflow.isEmpty else { return nil }
        let number = PackedCells.Kind.number.rawValue, percent = PackedCells.Kind.percent.rawValue
        let missing = PackedCells.Kind.missing.rawValue
        var exponent: Int8? = nil
        var lo = -1, hi = -1
        var loV = Int64.max, hiV = Int64.min
        for i in 0..<cells.count {
            let k = cells.kinds[i]
            if k == missing { continue }
            guard k == number || k == percent else { return nil }
            if exponent == nil { exponent = cells.aux[i] } else if exponent != cells.aux[i] { return nil }
            let v = cells.payload[i]
            if v < loV { loV = v; lo = i }
            if v > hiV { hiV = v; hi = i }
        }
        guard lo >= 0 else { return (nil, nil) }
        return (cells[lo], cells[hi])
    }
}
