/// Measures over one table: totals, counts, means and extremes, each with the
/// cells it used (`Measured`).
///
/// ```swift
/// let m = Measures(table, missing: .skip)
/// try m.sum(of: ["실계약", "약정계약"], where: [.equals("연도", 2024)]).value
/// // Amount(1000, 만 달러)
/// ```
///
/// A missing cell is never zero: with `.skip` it is left out and listed in
/// `skippedMissing`; with `.fail` the measure throws naming the cell. A measure
/// with nothing to measure (no rows, every cell missing) has value `nil`.
public struct Measures: Sendable {
    public let table: Table
    public var missing: MissingPolicy

    public init(_ table: Table, missing: MissingPolicy = .skip) {
        self.table = table
        self.missing = missing
    }

    // MARK: Rows and cells

    /// The column called `name`, or an error listing the columns there are.
    public func column(_ name: String) throws(AnalyticsError) -> Column {
        guard let c = table.column(named: name) else {
            let sharing = table.columns(sharingAlias: name)
            if !sharing.isEmpty { throw .ambiguousColumn(name, file: table.source, candidates: sharing) }
            throw .unknownColumn(name, file: table.source, available: table.columnNames)
        }
        return c
    }

    public func ref(row: Int, column: String) -> CellRef {
        CellRef(file: table.source, line: table.rowLines[row], column: column, cell: table.cellReference(row: row, column: column))
    }

    /// Indices of the rows passing every filter, in table order.
    public func rows(where filters: [RowFilter]) throws(AnalyticsError) -> [Int] {
        let columns = try filters.map { f throws(AnalyticsError) in try column(f.column) }
        // An equality on text (`기업명 = 가나광학`) narrows the rows by the table's index first.
        var candidates: [Int]? = nil
        for (f, c) in zip(filters, columns) {
            if case .equals(.text(let wanted)) = f.predicate { candidates = table.textIndex.rows(wanted, in: c); break }
        }
        return (candidates ?? Array(0..<table.rowCount)).filter { row in
            zip(filters, columns).allSatisfy { f, c in f.matches(c[row]) }
        }
    }

    /// The amount in a cell: `nil` if missing (after applying the policy).
    func amount(row: Int, column c: Column, skipped: inout [CellRef]) throws(AnalyticsError) -> Amount? {
        let cell = c[row]
        switch cell {
        case .missing(let mark):
            let r = ref(row: row, column: c.name)
            if missing == .fail { throw .missingValue(r, mark: mark) }
            skipped.append(r)
            return nil
        case .number(let d), .percent(let d):
            return Amount(d, c.unit ?? Amount.plainUnit)
        default:
            throw .notNumeric(ref(row: row, column: c.name), found: RowFilter.label(cell))
        }
    }

    static func add(_ total: Amount?, _ a: Amount, at ref: CellRef) throws(AnalyticsError) -> Amount {
        guard let total else { return a }
        guard let s = total.adding(a) else {
            throw .incompatibleUnits(ref, first: unitName(total.unit), second: unitName(a.unit))
        }
        return s
    }

    static func unitName(_ u: MeasureUnit) -> String {
        if !u.written.isEmpty { return u.written }
        switch u.quantity {
        case .money(let c): return c.rawValue
        case .count(let noun): return noun
        case .percent: return "%"
        case .percentPoint: return "%p"
        case .other(let s): return s.isEmpty ? "plain numbers" : s
        }
    }

    static func working(_ op: String, _ filters: [RowFilter]) -> String {
        filters.isEmpty ? op : op + " where " + filters.map(\.description).joined(separator: " and ")
    }

    // MARK: Totals

    /// Sum of one column over the rows passing `filters`.
    public func sum(_ column: String, where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Amount> {
        try sum(of: [column], where: filters)
    }

    /// Sum of several columns over the rows passing `filters`
    /// (`sum(실계약 + 약정계약)`). Columns of different scales of the same
    /// currency add exactly; different currencies throw.
    public func sum(of columns: [String], where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Amount> {
        let cols = try columns.map { n throws(AnalyticsError) in try column(n) }
        let rows = try rows(where: filters)
        var total: Amount?
        var sources: [CellRef] = [], skipped: [CellRef] = []
        sources.reserveCapacity(rows.count * cols.count)
        // Each column's cells share its unit: add their decimals, then combine
        // the column totals (where scales and currencies are checked).
        var columnTotals = [ExactDecimal?](repeating: nil, count: cols.count)
        var firstRefs = [CellRef?](repeating: nil, count: cols.count)
        for row in rows {
            for (k, c) in cols.enumerated() {
                guard let a = try amount(row: row, column: c, skipped: &skipped) else { continue }
                let r = ref(row: row, column: c.name)
                columnTotals[k] = columnTotals[k].map { $0 + a.value } ?? a.value
                if firstRefs[k] == nil { firstRefs[k] = r }
                sources.append(r)
            }
        }
        for (k, c) in cols.enumerated() {
            if let t = columnTotals[k], let r = firstRefs[k] {
                total = try Measures.add(total, Amount(t, c.unit ?? Amount.plainUnit), at: r)
            }
        }
        return Measured(value: total, sources: sources, skippedMissing: skipped,
                        working: Measures.working("sum(\(columns.joined(separator: " + ")))", filters))
    }

    /// For each row passing `filters`, the sum of `columns` in that row
    /// (`합계 = 실계약 + 약정계약` per row). A row whose cells are all missing has
    /// value `nil`.
    public func rowSums(of columns: [String], where filters: [RowFilter] = []) throws(AnalyticsError) -> [Measured<Amount>] {
        let cols = try columns.map { n throws(AnalyticsError) in try column(n) }
        return try rows(where: filters).map { row throws(AnalyticsError) in
            var total: Amount?
            var sources: [CellRef] = [], skipped: [CellRef] = []
            for c in cols {
                guard let a = try amount(row: row, column: c, skipped: &skipped) else { continue }
                let r = ref(row: row, column: c.name)
                total = try Measures.add(total, a, at: r)
                sources.append(r)
            }
            return Measured(value: total, sources: sources, skippedMissing: skipped,
                            working: "\(columns.joined(separator: " + ")) at \(table.source):\(table.rowLines[row])")
        }
    }

    // MARK: Counts

    /// Number of rows passing `filters`.
    public func count(where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Int> {
        let rows = try rows(where: filters)
        return Measured(value: rows.count,
                        sources: rows.map { CellRef(file: table.source, line: table.rowLines[$0], column: "") },
                        working: Measures.working("count(rows)", filters))
    }

    /// Number of non-missing cells of `column` in the rows passing `filters`.
    public func count(_ column: String, where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Int> {
        let c = try self.column(column)
        var sources: [CellRef] = [], skipped: [CellRef] = []
        for row in try rows(where: filters) {
            let r = ref(row: row, column: c.name)
            if case .missing(let mark) = c[row] {
                if missing == .fail { throw .missingValue(r, mark: mark) }
                skipped.append(r)
            } else {
                sources.append(r)
            }
        }
        return Measured(value: sources.count, sources: sources, skippedMissing: skipped,
                        working: Measures.working("count(\(column))", filters))
    }

    // MARK: Mean and extremes

    /// Arithmetic mean of the non-missing cells, kept exact as `total ÷ count`.
    public func mean(_ column: String, where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Mean> {
        let s = try sum(column, where: filters)
        return Measured(value: s.value.map { Mean(total: $0, count: s.sources.count) },
                        sources: s.sources, skippedMissing: s.skippedMissing,
                        working: Measures.working("mean(\(column))", filters))
    }

    /// The smallest value and the row holding it (the first such row on a tie).
    public func min(_ column: String, where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Extreme> {
        try extreme(column, filters, name: "min") { $0 < $1 }
    }

    /// The largest value and the row holding it (the first such row on a tie).
    public func max(_ column: String, where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Extreme> {
        try extreme(column, filters, name: "max") { $0 > $1 }
    }

    private func extreme(_ column: String, _ filters: [RowFilter], name: String,
                         better: (ExactDecimal, ExactDecimal) -> Bool) throws(AnalyticsError) -> Measured<Extreme> {
        let c = try self.column(column)
        var best: Extreme?
        var sources: [CellRef] = [], skipped: [CellRef] = []
        for row in try rows(where: filters) {
            guard let a = try amount(row: row, column: c, skipped: &skipped) else { continue }
            sources.append(ref(row: row, column: c.name))
            if let b = best {
                if better(a.baseValue, b.amount.baseValue) {
                    best = Extreme(amount: a, row: row, line: table.rowLines[row], tiedRows: [row])
                } else if a.baseValue == b.amount.baseValue {
                    best!.tiedRows.append(row)
                }
            } else {
                best = Extreme(amount: a, row: row, line: table.rowLines[row], tiedRows: [row])
            }
        }
        return Measured(value: best, sources: sources, skippedMissing: skipped,
                        working: Measures.working("\(name)(\(column))", filters))
    }
}

/// An exact mean: `total ÷ count`, rounded only when shown.
public struct Mean: Sendable, Hashable {
    public var total: Amount
    public var count: Int

    public var exact: Ratio { Ratio(total.value, ExactDecimal(count))! }

    /// The mean in the total's unit, rounded half away from zero.
    public func rounded(toScale scale: Int) -> Amount { Amount(exact.rounded(toScale: scale), total.unit) }
}

/// The smallest or largest value of a column and where it is.
public struct Extreme: Sendable, Hashable {
    public var amount: Amount
    /// 0-based row of the first row holding it.
    public var row: Int
    /// Its source line.
    public var line: Int
    /// Every row holding the same value, in table order.
    public var tiedRows: [Int]
}
