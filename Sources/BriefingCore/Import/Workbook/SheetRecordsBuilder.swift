/// Collects a sheet's cells row by row as `SheetReader` reads them, and
/// writes each finished row as a CSV record at once. Only the first few rows
/// are kept whole (`headDepth`): whether the first is a title, and which
/// merges spread over the header, is known only when the sheet's
/// `<mergeCells>`, after its rows, has been read.
struct SheetRecordsBuilder {
    let window: SheetWindow
    /// False: count rows and the used range only.
    let keepText: Bool

    /// The current row's cell texts, one after another, and where each ends.
    var cellText: [UInt8] = []
    private var cells: [(column: Int, end: Int)] = []
    private var rowNumber = 0

    var merges: [CellRange] = []
    private(set) var problems: [(row: Int, column: Int, error: WorkbookError)] = []
    private(set) var problemCount = 0

    private var used: CellRange? = nil
    private var rowsWithValues = 0
    /// The first rows with values, as text, kept until the merges are known.
    private var head: [SheetRow] = []
    /// A `(단위: …)` row above a forced header row.
    private var unitNoteAbove: SheetRow? = nil
    /// The later rows as CSV records, each from column A (`left` is trimmed at the end).
    private var body: [UInt8] = []
    private var bodyStarts: [Int] = []
    private var bodyRows: [Int] = []

    /// Title rows, a unit note and two header rows fit in it.
    static let headDepth = 6
    /// Problems kept to report (the count goes on).
    static let maxProblems = 1000

    init(window: SheetWindow, keepText: Bool) {
        self.window = window
        self.keepText = keepText
    }

    func wants(row: Int, column: Int) -> Bool {
        if let r = window.range { return r.contains(row: row, column: column) }
        return true
    }

    mutating func startRow(_ number: Int) { rowNumber = number }

    /// The text appended to `cellText` since the last cell is the cell at `column`; empty text is no cell.
    mutating func endCell(column: Int) {
        let start = cells.last?.end ?? 0
        if cellText.count > start { cells.append((column, cellText.count)) }
    }

    mutating func problem(row: Int, column: Int, _ error: WorkbookError) {
        problemCount += 1
        if problems.count < Self.maxProblems { problems.append((row, column, error)) }
        cellText.removeSubrange((cells.last?.end ?? 0)...)
    }

    mutating func endRow() {
        defer { cells.removeAll(keepingCapacity: true); cellText.removeAll(keepingCapacity: true) }
        guard !cells.isEmpty else { return }
        var row = orderedCells()
        if let h = window.headerRow, rowNumber < h {
            // Above the header: only a unit note is kept.
            if row.count == 1, HeaderParser.unitNote(text(row[0])) != nil { unitNoteAbove = sheetRow(row) }
            return
        }
        rowsWithValues += 1
        let columns = (row.first!.column, row.last!.column)
        if let u = used {
            used = CellRange(top: min(u.top, rowNumber), left: min(u.left, columns.0), bottom: max(u.bottom, rowNumber),
                             right: max(u.right, columns.1))
        } else {
            used = CellRange(top: rowNumber, left: columns.0, bottom: rowNumber, right: columns.1)
        }
        guard keepText else { return }
        if head.count < Self.headDepth { head.append(sheetRow(row)); return }
        bodyStarts.append(body.count)
        bodyRows.append(rowNumber)
        var at = 1, breaks = 0
        for k in row.indices {
            body += repeatElement(0x2C, count: row[k].column - at)
            at = row[k].column
            breaks += SheetRecords.appendQuoted(cellText[row[k].range], to: &body)
        }
        body.append(0x0A)
        // A value with a line break in it spans more lines: each is this row.
        for _ in 0..<breaks { bodyRows.append(rowNumber) }
        row.removeAll()
    }

    /// The row's cells in column order; a column given twice keeps its last value, as a grid would.
    private func orderedCells() -> [(column: Int, range: Range<Int>)] {
        var out: [(column: Int, range: Range<Int>)] = []
        out.reserveCapacity(cells.count)
        var start = 0, sorted = true
        for c in cells {
            if let last = out.last, last.column >= c.column { sorted = false }
            out.append((c.column, start..<c.end))
            start = c.end
        }
        guard !sorted else { return out }
        var kept: [(column: Int, range: Range<Int>)] = []
        for c in out.enumerated().sorted(by: { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }).map(\.element) {
            if kept.last?.column == c.column { kept.removeLast() }
            kept.append(c)
        }
        return kept
    }

    private func text(_ c: (column: Int, range: Range<Int>)) -> String { String(decoding: cellText[c.range], as: UTF8.self) }

    private func sheetRow(_ cells: [(column: Int, range: Range<Int>)]) -> SheetRow {
        SheetRow(number: rowNumber, cells: cells.map { ($0.column, text($0)) })
    }

    mutating func finish() -> SheetRecords {
        var out = SheetRecords(used: used, rowsWithValues: rowsWithValues, problems: problems, problemCount: problemCount)
        guard keepText, let used else { return out }
        var kept = head
        if window.isDefault { out.titleRows = SheetRecords.dropTitles(&kept, used: used, merges: merges) }
        if let note = unitNoteAbove { kept.insert(note, at: 0) }
        out.left = used.left
        var csv: [UInt8] = []
        for (k, row) in kept.enumerated() {
            var fields = [String](repeating: "", count: used.width)
            for c in row.cells { fields[c.column - used.left] = c.text }
            if k < SheetRecords.headerDepth {
                SheetRecords.spreadMerges(merges, head: kept, into: &fields, row: row.number, left: used.left)
            }
            var breaks = 0
            for (j, f) in fields.enumerated() {
                if j > 0 { csv.append(0x2C) }
                if !f.isEmpty { breaks += SheetRecords.appendQuoted(f.utf8, to: &csv) }
            }
            csv.append(0x0A)
            out.rows += repeatElement(row.number, count: breaks + 1)
        }
        SheetRecords.trim(&body, starts: bodyStarts, commas: used.left - 1)
        body.insert(contentsOf: csv, at: 0)
        out.csv = body
        body = []
        out.rows += bodyRows
        return out
    }
}

/// A row kept as text: one of the first rows of a sheet.
struct SheetRow {
    var number: Int
    /// (column, text) in column order; empty cells are left out.
    var cells: [(column: Int, text: String)]
}
