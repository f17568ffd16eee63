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
    /// The smallest range holding every value read, nil for an empty sheet.
    /// Taken from the cells themselves, not from their order or the sheet's
    /// `<dimension>`: a writer may list a row's cells (or the rows) out of order.
    var used: CellRange?
    var rowsWithValues = 0
    /// Error cells and formulas without a cached value, each at its cell (the first `maxProblems`).
    var problems: [(row: Int, column: Int, error: WorkbookError)] = []
    var problemCount = 0
    /// Title rows above the header, set aside.
    var titleRows: [Int] = []

    var usedRangeText: String { used?.description ?? "empty" }

    /// Rows, from the first kept, where a merge may be a header cell: a unit note and two header rows.
    static let headerDepth = 3

    /// Title rows above the header: the rows with one value that come
    /// before the first row of several (the header), each merged across the
    /// table (`2024년 월별 수출 실적` over A1:H1) or standing in its first
    /// column (a title, a `2024. 3. 31. 기준` line). A `(단위: …)` note is no title.
    static func dropTitles(_ rows: inout [SheetRow], used: CellRange, merges: [CellRange]) -> [Int] {
        guard used.width > 1, let header = rows.firstIndex(where: { $0.cells.count >= 2 }) else { return [] }
        var dropped: [Int] = []
        rows = rows.enumerated().filter { k, row in
            guard k < header, let only = row.cells.first, HeaderParser.unitNote(only.text) == nil else { return true }
            let merged = merges.contains { $0.top <= row.number && row.number <= $0.bottom && $0.left <= used.left + 1
                                           && $0.width >= max(2, used.width - 1) }
            guard merged || only.column == used.left else { return true }
            dropped.append(row.number)
            return false
        }.map(\.element)
        return dropped
    }

    /// Each merge's value written into every cell of it on this row, as
    /// KOSIS writes a two-row header in CSV: `2023` over both 수출액 and
    /// 수입액, and 시도 in both rows. Below the header a merge is left as is.
    static func spreadMerges(_ merges: [CellRange], head: [SheetRow], into fields: inout [String], row: Int, left: Int) {
        for m in merges where m.top <= row && row <= m.bottom {
            guard let value = head.first(where: { $0.number == m.top })?.cells.first(where: { $0.column == m.left })?.text
            else { continue }
            for c in m.left...m.right where c - left >= 0 && c - left < fields.count && fields[c - left].isEmpty {
                fields[c - left] = value
            }
        }
    }

    /// A value as one quoted CSV field: every value is quoted, so commas and
    /// quotes in it are data. Returns the line breaks in it (LF, CR LF or a
    /// lone CR, as the CSV reader counts lines), so lines map back to rows.
    @discardableResult
    static func appendQuoted<C: Collection<UInt8>>(_ value: C, to out: inout [UInt8]) -> Int {
        out.append(0x22)
        if !value.contains(where: { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            out += value
            out.append(0x22)
            return 0
        }
        var breaks = 0, afterCR = false
        for b in value {
            if b == 0x22 { out.append(0x22) }
            if b == 0x0D || (b == 0x0A && !afterCR) { breaks += 1 }
            afterCR = b == 0x0D
            out.append(b)
        }
        out.append(0x22)
        return breaks
    }

    /// Drops the first `commas` bytes (the empty columns left of the table) of each record, in place.
    static func trim(_ body: inout [UInt8], starts: [Int], commas: Int) {
        guard commas > 0 else { return }
        var write = 0
        body.withUnsafeMutableBufferPointer { b in
            for (k, start) in starts.enumerated() {
                let end = k + 1 < starts.count ? starts[k + 1] : b.count
                let from = start + commas
                for i in from..<end { b[write] = b[i]; write += 1 }
            }
        }
        body.removeSubrange(write...)
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
