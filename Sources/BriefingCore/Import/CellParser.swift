/// One cell on its own, as the importer reads it, for stages that meet cells
/// outside a CSV file (template literals, filters).
///
/// ```swift
/// CellParser.parse("14,500")      // (.number(14500), [])
/// CellParser.parse("△7.1%")      // (.percent(-7.1), [])
/// CellParser.parse("-")           // (.missing("-"), [])
/// CellParser.parse("2024. 3. 24.(일)") // (.date(2024-03-24), [])
/// CellParser.parse("123 p)")      // (.number(123), .provisional)
/// ```
///
/// Alone, `2024.03` reads as the month March 2024 (a column of such cells
/// decides otherwise when other cells are decimals), and `2024` as a number.
public enum CellParser {
    public static func parse(_ text: String) -> (CellValue, CellMarks) {
        var copy = text
        return copy.withUTF8 { buf in
            guard let base = buf.baseAddress, buf.count > 0 else { return (.missing(""), []) }
            let c = CellClassifier.classify(base, 0, buf.count)
            return (c.value(in: buf), c.marks)
        }
    }

    public static func parse(_ text: Substring) -> (CellValue, CellMarks) { parse(String(text)) }
}

extension Classified {
    /// The cell value, reading text from `buffer`.
    func value(in buffer: UnsafeBufferPointer<UInt8>) -> CellValue {
        switch kind {
        case .missing: return .missing(PackedCells.missingMarks[Int(aux)])
        case .number: return .number(ExactDecimal(significand: Int128(payload), exponent: Int(aux)))
        case .percent: return .percent(ExactDecimal(significand: Int128(payload), exponent: Int(aux)))
        case .overflow: return aux == 1 ? .percent(wide!) : .number(wide!)
        case .date: return .date(Day(ordinal: Int(payload)))
        case .year: return .period(.year(Int(payload)))
        case .half: return .period(.half(year: Int(payload), half: Int(aux)))
        case .quarter: return .period(.quarter(year: Int(payload), quarter: Int(aux)))
        case .month: return .period(.month(Month(index: Int(payload))))
        case .range:
            let start = Day(ordinal: Int(payload >> 32))
            return .range(DayRange(start, start.adding(days: Int(payload & 0xFFFF_FFFF) - 1))!)
        case .text:
            return .text(String(decoding: UnsafeBufferPointer(rebasing: buffer[textStart..<textEnd]), as: UTF8.self))
        }
    }

    /// The type this cell suggests on its own.
    var looksLike: ColumnType {
        switch kind {
        case .missing: return .empty
        case .number: return aux == 0 ? .integer : .decimal
        case .overflow: return aux == 1 ? .percent : (wide!.exponent >= 0 ? .integer : .decimal)
        case .percent: return .percent
        case .date: return .date
        case .year: return .year
        case .half: return .half
        case .quarter: return .quarter
        case .month: return .month
        case .range: return .range
        case .text: return .text
        }
    }
}
