/// A sheet's rows as CSV records: the seam between the workbook reader and
/// `TableReader`. Line `k` of `csv` is sheet row `rows[k - 1]`; its fields
/// are the columns `left…right`. Empty cells stay unquoted, so a row of them
/// is skipped as CSV skips `,,,`; every other value is quoted, so commas and
/// quotes in it are data.
struct SheetRecords {
    var csv: [UInt8] = []
    /// The sheet row of each line.
    var rows: [Int] = []
    var left = 1

    init(_ grid: SheetGrid) {
        guard let used = grid.usedRange else { return }
        left = used.left
        let width = used.right - used.left + 1
        var kept = grid.rows
        // A merged title above the header: one value, in a merge spanning
        // (nearly) the whole used width, in the first rows.
        if let first = kept.first, first.cells.count == 1, width > 1,
           grid.merges.contains(where: { $0.top <= first.number && first.number <= $0.bottom && $0.left <= used.left + 1
                                         && $0.right - $0.left + 1 >= max(2, width - 1) }) {
            kept.removeFirst()
        }
        let headerArea = Set(kept.prefix(SheetRecords.headerDepth).map(\.number))
        for row in kept {
            var fields = [String](repeating: "", count: width)
            for c in row.cells { fields[c.column - left] = c.text }
            if headerArea.contains(row.number) { SheetRecords.spreadMerges(grid, into: &fields, row: row.number, left: left) }
            var line: [UInt8] = []
            for (j, f) in fields.enumerated() {
                if j > 0 { line.append(0x2C) }
                guard !f.isEmpty else { continue }
                line.append(0x22)
                for b in f.utf8 {
                    if b == 0x22 { line.append(0x22) }
                    line.append(b)
                }
                line.append(0x22)
            }
            csv += line
            csv.append(0x0A)
            rows.append(row.number)
        }
    }

    /// Rows, from the first kept, where a merge may be a header cell: a unit note and two header rows.
    static let headerDepth = 3

    /// Each merge's value written into every cell of it on this row, as
    /// KOSIS writes a two-row header in CSV: `2023` over both 수출액 and
    /// 수입액, and 시도 in both rows. Below the header a merge is left as is.
    static func spreadMerges(_ grid: SheetGrid, into fields: inout [String], row: Int, left: Int) {
        for m in grid.merges where m.top <= row && row <= m.bottom {
            guard let value = grid.rows.first(where: { $0.number == m.top })?.cells.first(where: { $0.column == m.left })?.text
            else { continue }
            for c in m.left...m.right where c - left >= 0 && c - left < fields.count && fields[c - left].isEmpty {
                fields[c - left] = value
            }
        }
    }

    func sheetRow(line: Int) -> Int { rows.indices.contains(line - 1) ? rows[line - 1] : line }

    /// A diagnostic about line and column of `csv` said at its cell; the CSV
    /// line shown under it would be ours, not the user's, so it is dropped.
    func relocate(_ d: Diagnostic, sheet: String) -> Diagnostic {
        guard let at = d.location else { return d }
        let row = sheetRow(line: at.line)
        let column = left + SheetRecords.field(atColumn: at.column, in: d.sourceLine ?? "")
        var out = d
        out.sourceLine = nil
        out.message = out.message.replacingLineReferences { sheetRow(line: $0) }
        out.location = InputLocation(file: at.file, reference: CellReference.qualified(sheet: sheet, row: row, column: column),
                                     row: row, column: column)
        return out
    }

    /// Which field (0-based) character column `column` (1-based) of a CSV line falls in.
    static func field(atColumn column: Int, in line: String) -> Int {
        var field = 0, inQuotes = false
        for (i, ch) in line.enumerated() {
            if i + 1 >= column { break }
            if ch == "\"" { inQuotes.toggle() } else if ch == "," && !inQuotes { field += 1 }
        }
        return field
    }
}

extension String {
    /// `… on line 3` → `… on row 5`, for messages the CSV reader wrote.
    func replacingLineReferences(_ map: (Int) -> Int) -> String {
        var out = "", rest = Substring(self)
        while let r = rest.firstRange(of: "line ") {
            out += rest[..<r.lowerBound]
            let digits = rest[r.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
            if let n = Int(digits) {
                out += "row \(map(n))"
                rest = rest[r.upperBound...].dropFirst(digits.count)
            } else {
                out += "line "
                rest = rest[r.upperBound...]
            }
        }
        return out + rest
    }
}
