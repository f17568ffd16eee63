/// A condition on one column of a row. Several filters compose with AND.
///
/// ```swift
/// RowFilter.equals("연도", .number(2024))           // 연도 = 2024
/// RowFilter.in("권역", [.text("미주"), .text("유럽")])  // 권역 in (미주, 유럽)
/// RowFilter.periodIn("기간", .year(2024))            // 기간 within 2024
/// ```
public struct RowFilter: Sendable, Hashable, CustomStringConvertible {
    public enum Predicate: Sendable, Hashable {
        case equals(CellValue)
        case `in`([CellValue])
        /// The cell's date, period or range lies wholly inside these days.
        case periodIn(DayRange)
    }

    public var column: String
    public var predicate: Predicate

    public init(column: String, predicate: Predicate) {
        self.column = column
        self.predicate = predicate
    }

    public static func equals(_ column: String, _ value: CellValue) -> RowFilter {
        RowFilter(column: column, predicate: .equals(value))
    }

    /// `연도 = 2024` for a column of years, whether the importer typed it as
    /// numbers or as year periods.
    public static func equals(_ column: String, _ value: Int) -> RowFilter {
        RowFilter(column: column, predicate: .equals(.number(ExactDecimal(value))))
    }

    public static func equals(_ column: String, _ text: String) -> RowFilter {
        RowFilter(column: column, predicate: .equals(.text(text)))
    }

    public static func `in`(_ column: String, _ values: [CellValue]) -> RowFilter {
        RowFilter(column: column, predicate: .in(values))
    }

    public static func periodIn(_ column: String, _ days: DayRange) -> RowFilter {
        RowFilter(column: column, predicate: .periodIn(days))
    }

    public static func periodIn(_ column: String, _ period: Period) -> RowFilter {
        RowFilter(column: column, predicate: .periodIn(period.days))
    }

    /// Whether `cell` passes. A missing cell never passes.
    public func matches(_ cell: CellValue) -> Bool {
        switch predicate {
        case .equals(let wanted): return RowFilter.same(cell, wanted)
        case .in(let wanted): return wanted.contains { RowFilter.same(cell, $0) }
        case .periodIn(let range):
            guard let days = RowFilter.days(of: cell) else { return false }
            return range.start <= days.start && days.end <= range.end
        }
    }

    /// `연도 = 2024`, `권역 in (미주, 유럽)`, `기간 in 2024-01-01..2024-03-31`.
    public var description: String {
        switch predicate {
        case .equals(let v): return "\(column) = \(RowFilter.label(v))"
        case .in(let vs): return "\(column) in (\(vs.map(RowFilter.label).joined(separator: ", ")))"
        case .periodIn(let r): return "\(column) in \(r.start)..\(r.end)"
        }
    }

    /// Equality that sees through how the importer typed a year: `2024` as a
    /// number equals the year period 2024; text compares without outer spaces.
    static func same(_ a: CellValue, _ b: CellValue) -> Bool {
        if a.isMissing || b.isMissing { return false }
        if a == b { return true }
        switch (a, b) {
        case (.number(let n), .period(.year(let y))), (.period(.year(let y)), .number(let n)):
            return n == ExactDecimal(y)
        case (.number(let n), .period(.month(let m))), (.period(.month(let m)), .number(let n)):
            // A filter written `월 = 2024.03` means March 2024, as the importer reads such cells.
            return RowFilter.month(writtenAs: n) == m
        case (.text(let x), .text(let y)):
            return x.trimmedForMatching == y.trimmedForMatching
        case (.date(let d), .period(.day(let e))), (.period(.day(let e)), .date(let d)):
            return d == e
        default:
            return false
        }
    }

    /// `2024.03` or `2024.3` as a month (as written: `2024.10` is October);
    /// `nil` for numbers that are not a year and a month.
    static func month(writtenAs n: ExactDecimal) -> Month? {
        guard n.exponent == -1 || n.exponent == -2, n.significand > 0 else { return nil }
        let scale = n.exponent == -1 ? Int128(10) : Int128(100)
        let year = Int(n.significand / scale), month = Int(n.significand % scale)
        guard (1900...2100).contains(year) else { return nil }
        return Month(year: year, month: month)
    }

    /// The days a cell covers, if it is a date, period, range or a whole-number year.
    static func days(of cell: CellValue) -> DayRange? {
        switch cell {
        case .date(let d): return DayRange(d, d)
        case .period(let p): return p.days
        case .range(let r): return r
        case .number(let n):
            guard n.normalized.exponent >= 0, let y = Int(n.description), (1...9999).contains(y) else { return nil }
            return Period.year(y).days
        default: return nil
        }
    }

    /// A cell as plain text for workings and group labels.
    public static func label(_ cell: CellValue) -> String {
        switch cell {
        case .missing(let mark): return mark.isEmpty ? "(missing)" : mark
        case .number(let d): return d.description
        case .percent(let d): return "\(d)%"
        case .date(let d): return d.description
        case .period(let p): return p.description
        case .range(let r): return "\(r.start)..\(r.end)"
        case .text(let t): return t
        }
    }
}

extension String {
    var trimmedForMatching: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
