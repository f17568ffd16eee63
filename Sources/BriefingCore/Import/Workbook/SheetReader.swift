/// Reads one worksheet part event by event into a `SheetGrid`: each `<c>`
/// becomes the text the CSV grammar reads, typed by the cell's `t` and its
/// style's number format.
///
/// ```
/// <c r="B2" t="s"><v>0</v></c>            shared string 0, as written
/// <c r="C2"><v>0.1</v></c>                "0.1" (the exact text, no Double)
/// <c r="D2" s="1"><v>45366</v></c>        style 1 is a date → "2024-03-15"
/// <c r="E2" s="2"><v>0.125</v></c>        style 2 is a percent → "12.5%"
/// <c r="F2" t="e"><v>#DIV/0!</v></c>      a problem at Sheet!F2
/// <c r="G2"><f>SUM(A1:A3)</f></c>         no cached value: a problem at Sheet!G2
/// ```
struct SheetReader {
    let sheet: String
    let part: String
    let shared: [String]
    let formats: [NumberFormat]
    let date1904: Bool

    init(sheet: SheetInfo, parts: WorkbookParts) {
        self.sheet = sheet.name
        self.part = sheet.part
        self.shared = parts.sharedStrings
        self.formats = parts.styleFormats
        self.date1904 = parts.date1904
    }

    func read(_ scanner: XMLScanner) throws(WorkbookError) -> SheetGrid {
        var x = scanner
        var grid = SheetGrid()
        var row = SheetGrid.Row(number: 0, cells: [])
        var lastColumn = 0
        while let e = try x.next() {
            guard case .start(let tag) = e else {
                if case .end("row") = e { if !row.cells.isEmpty { grid.rows.append(row) } }
                continue
            }
            switch tag.name {
            case "row":
                // A row number past Excel's largest sheet is no number (nor an overflow when counting on).
                let stated = tag.attribute("r").flatMap { Int($0) }.flatMap { (1...CellReference.maxRow).contains($0) ? $0 : nil }
                row = SheetGrid.Row(number: stated ?? row.number + 1, cells: [])
                lastColumn = 0
                if tag.selfClosing { continue }
            case "c":
                let column = tag.attribute("r").flatMap(CellReference.parse)?.column ?? lastColumn + 1
                lastColumn = column
                switch try cell(tag, &x) {
                case .text(let text) where !text.isEmpty: row.cells.append((column, text))
                case .problem(let problem): grid.problems.append((row.number, column, error(problem, row.number, column)))
                default: break
                }
            case "mergeCell":
                if let ref = tag.attribute("ref"), let m = Self.merge(ref) { grid.merges.append(m) }
            default: break
            }
        }
        return grid
    }

    /// What one `<c>` holds: the text the CSV grammar reads, nothing, or a problem.
    enum Outcome {
        case empty
        case text(String)
        case problem(Problem)
    }

    enum Problem {
        /// `#DIV/0!`, `#N/A`, `#REF!`…
        case errorValue(String)
        case noCachedValue
        case sharedStringOutOfRange(String)
    }

    private func error(_ p: Problem, _ row: Int, _ column: Int) -> WorkbookError {
        let ref = reference(row, column)
        switch p {
        case .errorValue(let v): return .errorCell(cell: ref, value: v)
        case .noCachedValue: return .formulaWithoutValue(cell: ref)
        case .sharedStringOutOfRange(let v): return .malformedXML(part: part, detail: "shared string \(v) at \(ref) out of range")
        }
    }

    private func cell(_ tag: XMLScanner.Tag, _ x: inout XMLScanner) throws(WorkbookError) -> Outcome {
        var value: String? = nil, inline: String? = nil, hasFormula = false
        if !tag.selfClosing {
            while let e = try x.next() {
                switch e {
                case .start(let t) where t.name == "v": value = try x.text(of: t)
                case .start(let t) where t.name == "f": hasFormula = true; try x.skipElement(t)
                case .start(let t) where t.name == "is": inline = try inlineText(t, &x)
                case .start(let t): try x.skipElement(t)
                case .end("c"): break
                default: continue
                }
                if case .end = e { break }
            }
        }
        let type = tag.attribute("t") ?? "n"
        if type == "inlineStr" { return .text(inline ?? "") }
        guard let v = value, !(v.isEmpty && type != "str") else { return hasFormula ? .problem(.noCachedValue) : .empty }
        switch type {
        case "s":
            guard let i = Int(v), shared.indices.contains(i) else { return .problem(.sharedStringOutOfRange(v)) }
            return .text(shared[i])
        case "str": return .text(v)
        case "b": return .text(v == "1" ? "TRUE" : "FALSE")
        case "e": return .problem(.errorValue(v))
        case "d": return .text(String(v.prefix(10)))  // ISO 8601, as strict OOXML writes dates
        default: return .text(number(v, style: tag.attribute("s").flatMap { Int($0) } ?? 0))
        }
    }

    /// A number as its format shows it: a day, a percent, or its exact text.
    private func number(_ v: String, style: Int) -> String {
        let format = formats.indices.contains(style) ? formats[style] : .number
        switch format {
        case .date:
            if let serial = ExcelSerial.wholePart(v), let day = ExcelSerial.day(serial, date1904: date1904) { return day.description }
            return ExcelNumberText.plain(v) ?? v
        case .percent: return ExcelNumberText.percent(v) ?? v
        case .number, .text: return ExcelNumberText.plain(v) ?? v
        }
    }

    /// `<is>` holds a `<t>` or rich-text runs, like a shared string.
    private func inlineText(_ tag: XMLScanner.Tag, _ x: inout XMLScanner) throws(WorkbookError) -> String {
        if tag.selfClosing { return "" }
        var out = ""
        while let e = try x.next() {
            switch e {
            case .start(let t) where t.name == "t": out += try x.text(of: t)
            case .start(let t) where t.name == "rPh": try x.skipElement(t)
            case .end("is"): return out
            default: break
            }
        }
        return out
    }

    func reference(_ row: Int, _ column: Int) -> String { CellReference.qualified(sheet: sheet, row: row, column: column) }

    /// `A1:H1` → a merge; a single cell is no merge.
    static func merge(_ ref: String) -> SheetGrid.Merge? {
        let ends = ref.split(separator: ":")
        guard ends.count == 2, let a = CellReference.parse(String(ends[0])), let b = CellReference.parse(String(ends[1])) else {
            return nil
        }
        return SheetGrid.Merge(top: a.row, left: a.column, bottom: b.row, right: b.column)
    }
}
