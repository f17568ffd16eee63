/// What `TableReader` found above the data: one header row or two (a period
/// row over a name row, as KOSIS writes `2024 | 2024` over `수출액 | 수입액`),
/// and a `(단위: …)` note on a line of its own.
struct HeaderRows {
    /// The only header row, or the upper of two.
    var top: [String]
    /// The lower of two header rows, which names the columns.
    var bottom: [String]? = nil
    /// The line of the last header row, named in errors about a row's width.
    var line: Int
    /// The line of the first header row.
    var topLine = 1
    var unitNote: MeasureUnit?
    /// Where the data starts: a byte offset into the text, and its line.
    var dataStart = 0
    var dataLine = 1

    /// Fields a data row must have: as many as the header row that names the columns.
    var width: Int { bottom?.count ?? top.count }
}

/// Each column's name, header as written, unit and period, from the header
/// rows: `목표(만달러)` is named `목표` in 만 달러; under a `2024` period row,
/// `수출액` is named `2024 수출액` for the year 2024.
struct ColumnNames {
    var names: [String] = []
    var headers: [String] = []
    var units: [MeasureUnit?] = []
    var periods: [Period?] = []
    /// Marks on a period (`2024 p)` provisional), kept for the report.
    var periodMarks: [CellMarks] = []
    /// Headers renamed to be unique (an empty one → `열3`, `지역` twice → `지역`, `지역_2`).
    var renamed: [RenamedHeader]

    init(_ header: HeaderRows) {
        for j in 0..<header.width {
            let written = header.bottom?[j] ?? header.top[j]
            var (name, unit) = HeaderParser.parse(written)
            var shownHeader = written
            var period: Period? = nil
            var marks: CellMarks = []
            if header.bottom != nil {
                let top = header.top[j].trimmingSpaces
                if !top.isEmpty && top != written.trimmingSpaces, let p = TableReader.period(top) {
                    period = p
                    // `2024 p)` names the column `2024 수출액`; the mark is kept in the report.
                    marks = CellParser.parse(top).1
                    let shown = marks.isEmpty ? top : TableReader.withoutMark(top)
                    name = name.isEmpty ? shown : "\(shown) \(name)"
                    shownHeader = "\(top) \(written)"
                }
            }
            periodMarks.append(marks)
            if name.isEmpty && unit != nil { name = unit!.written }
            names.append(name)
            headers.append(shownHeader)
            units.append(unit)
            periods.append(period)
        }
        renamed = TableReader.makeUnique(&names)
    }
}
