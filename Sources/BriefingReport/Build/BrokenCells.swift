import BriefingCore

/// A number column that a few bad cells turned into text, reported at the
/// bad cell instead of at the measure that can no longer add it up.
///
/// The importer types a column by all its cells: one `12a` among amounts
/// makes `계약액(만달러)` a text column (and records the cell as a pattern
/// break). Without this, the first error a user sees is
/// `monthly.yaml:47:26: cannot sum column '계약액' of monthly.csv: its cells
/// are text` and a cascade of measures that depend on it; with it:
///
/// ```
/// data/monthly.csv:16:18: '12a' is not a number; the other cells of column '계약액' are numbers (integer) and a measure adds them up
///  16 | 2024.03,113,3035,12a,900
///     |                  ^
/// ```
///
/// Only columns the template uses as numbers count (`sum`, `mean`, `min`,
/// `max` and chart values): a text column with a stray number is not an error.
enum BrokenCells {
    /// Columns of `input` that the template's measures and charts use as numbers.
    static func numericColumns(of template: Template, input: String) -> Set<String> {
        var names: Set<String> = []
        func walk(_ e: MeasureExpression) {
            switch e {
            case .aggregate(let a) where a.input == input && [.sum, .mean, .min, .max].contains(a.function):
                for c in a.columns { names.insert(c.column) }
            case .aggregate, .number, .measure: break
            case .call(_, let args, _): args.forEach(walk)
            case .binary(_, let l, let r, _): walk(l); walk(r)
            case .negate(let x, _): walk(x)
            }
        }
        template.measures.forEach { walk($0.expression) }
        for c in template.charts { if let d = c.data, d.input == input { names.formUnion(d.y) } }
        return names
    }

    /// One diagnostic a broken cell, at the cell (line and column as written).
    /// - Parameter numeric: column names (after renames) the template adds up.
    static func diagnostics(_ result: ImportResult, bytes: [UInt8], options: ImportOptions, numeric: Set<String>) -> [Diagnostic] {
        let table = result.table
        var out: [Diagnostic] = []
        var records: [[String]]?
        for (i, column) in table.columns.enumerated() where numeric.contains(column.name) && column.type == .text {
            guard i < result.columnReports.count else { continue }
            let report = result.columnReports[i]
            guard let dominant = report.dominantType, dominant.isNumeric else { continue }
            for cell in report.patternBreaks where !cell.looksLike.isNumeric {
                if records == nil { records = (try? CSVImporter.records(bytes: bytes, name: table.source, options: options)) ?? [] }
                let (col, line) = place(cell, position: i, table: table, records: records!, delimiter: result.delimiter)
                out.append(Diagnostic("'\(cell.text)' is not a number; the other cells of column '\(column.name)' "
                                          + "are numbers (\(dominant.rawValue)) and a measure adds them up",
                                      at: InputLocation(file: table.source, line: cell.line, column: col), sourceLine: line))
            }
        }
        return out
    }

    /// The cell's 1-based character column and its record as text. Data rows
    /// are the file's last records (a unit note or header rows come first);
    /// the column counts the fields before it as written, unquoted. Column 1
    /// when the record cannot be matched.
    static func place(_ cell: PatternBreak, position: Int, table: Table, records: [[String]], delimiter: UInt8) -> (Int, String?) {
        guard let row = table.rowLines.firstIndex(of: cell.line) else { return (1, nil) }
        let index = records.count - table.rowCount + row
        guard index >= 0, index < records.count, position < records[index].count,
              records[index][position] == cell.text else { return (1, nil) }
        let fields = records[index]
        let column = fields[..<position].reduce(1) { $0 + $1.count + 1 }
        return (column, fields.joined(separator: String(UnicodeScalar(delimiter))))
    }
}
