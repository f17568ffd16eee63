/// Reads one worksheet part event by event, straight into CSV records
/// (`SheetRecords`): each `<c>` becomes the text the CSV grammar reads,
/// typed by the cell's `t` and its style's number format, and each row a
/// line as soon as it ends. No cell is kept as an object: the memory read
/// costs is the records and the shared strings, not a tree of the sheet.
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
    let shared: SharedStrings
    let formats: [NumberFormat]
    let date1904: Bool
    let window: SheetWindow
    /// `#N/A` and the like are missing cells, not problems (`error-cells: missing`).
    var errorCellsMissing = false

    init(sheet: SheetInfo, parts: WorkbookParts, window: SheetWindow = .init()) {
        self.sheet = sheet.name
        self.part = sheet.part
        self.shared = parts.sharedStrings
        self.formats = parts.styleFormats
        self.date1904 = parts.date1904
        self.window = window
    }

    /// The cell's `t`.
    enum CellType { case number, shared, inline, formulaString, boolean, error, isoDate }

    /// `records: false` counts rows and the used range only (for `inspect`'s sheet list).
    func read(_ scanner: XMLScanner, records: Bool = true) throws(WorkbookError) -> SheetRecords {
        var x = scanner
        var out = SheetRecordsBuilder(window: window, keepText: records)
        var value: [UInt8] = []
        var rowNumber = 0, lastColumn = 0
        while let e = try x.nextRaw() {
            guard e.kind != .end else {
                if x.named(e, "row") { out.endRow() }
                continue
            }
            guard e.kind == .start else { continue }
            if x.named(e, "c") {
                let (stated, style, type) = Self.cellAttributes(e, x)
                let column = stated ?? lastColumn + 1
                lastColumn = column
                guard !e.selfClosing else { continue }
                let hasFormula = try Self.cellContent(&x, type: type, into: &value)
                guard out.wants(row: rowNumber, column: column) else { continue }
                if let problem = try cellText(value, type: type, style: style, hasFormula: hasFormula, into: &out.cellText) {
                    out.problem(row: rowNumber, column: column, error(problem, rowNumber, column))
                } else {
                    out.endCell(column: column)
                }
            } else if x.named(e, "row") {
                out.endRow()
                // A row number past Excel's largest sheet is no number (nor an overflow when counting on).
                let stated = x.attribute(e, "r").flatMap { Int(x.string($0)) }
                    .flatMap { (1...CellReference.maxRow).contains($0) ? $0 : nil }
                rowNumber = stated ?? rowNumber + 1
                lastColumn = 0
                out.startRow(rowNumber)
            } else if x.named(e, "mergeCell") {
                if let ref = x.attribute(e, "ref"), let m = CellRange(x.string(ref)) { out.merges.append(m) }
            }
        }
        out.endRow()
        return out.finish()
    }

    /// A `<c>`'s `r` (its column), `s` and `t`, read in one pass over its bytes.
    static func cellAttributes(_ e: XMLScanner.Raw, _ x: XMLScanner) -> (column: Int?, style: Int, type: CellType) {
        var column: Int? = nil, style = 0, type = CellType.number
        x.bytes.withUnsafeBufferPointer { b in
            XMLToken.attributes(b, e.body) { name, value in
                guard name.count == 1 else { return true }
                switch b[name.lowerBound] {
                case UInt8(ascii: "r"): column = CellReference.column(b, value)
                case UInt8(ascii: "s"): style = XMLToken.integer(b, value) ?? 0
                case UInt8(ascii: "t"): type = cellType(XMLToken.text(b, value))
                default: break
                }
                return true
            }
        }
        return (column, style, type)
    }

    static func cellType(_ t: String) -> CellType {
        switch t {
        case "s": return .shared
        case "inlineStr": return .inline
        case "str": return .formulaString
        case "b": return .boolean
        case "e": return .error
        case "d": return .isoDate
        default: return .number
        }
    }

    /// Reads a `<c>`'s children up to `</c>`: the `<v>` text (or an inline
    /// string's `<t>` runs) decoded into `value`; whether it has a formula.
    static func cellContent(_ x: inout XMLScanner, type: CellType, into value: inout [UInt8]) throws(WorkbookError) -> Bool {
        value.removeAll(keepingCapacity: true)
        var hasFormula = false, depth = 0, inText = false
        while let e = try x.nextRaw() {
            switch e.kind {
            case .start:
                if e.selfClosing {
                    if x.named(e, "f") { hasFormula = true }
                    continue
                }
                if x.named(e, "f") { hasFormula = true; try x.skipRaw(e) }
                else if x.named(e, "rPh") { try x.skipRaw(e) }
                else if x.named(e, "v") || (type == .inline && x.named(e, "t")) { inText = true; depth += 1 }
                else { depth += 1 }
            case .end:
                if depth == 0 { return hasFormula }  // </c>
                depth -= 1
                inText = false
            case .text:
                guard inText else { continue }
                if e.cdata { value += x.bytes[e.body] } else { try x.decode(e.body, into: &value) }
            }
        }
        throw .malformedXML(part: x.part, detail: "a <c> that is never closed")
    }

    /// A problem cell; nil when the text was appended to `text`.
    func cellText(_ v: [UInt8], type: CellType, style: Int, hasFormula: Bool,
                  into text: inout [UInt8]) throws(WorkbookError) -> Problem? {
        if type == .inline { ExcelEscapes.unescape(v, into: &text); return nil }
        guard !(v.isEmpty && type != .formulaString) else { return hasFormula ? .noCachedValue : nil }
        switch type {
        case .shared:
            guard let i = ExcelNumberText.index(v), i < shared.count else {
                return .sharedStringOutOfRange(String(decoding: v, as: UTF8.self))
            }
            shared.append(i, to: &text)
        case .formulaString, .inline: ExcelEscapes.unescape(v, into: &text)
        case .boolean: text += v == [0x31] ? Array("TRUE".utf8) : Array("FALSE".utf8)
        case .error: return errorCellsMissing ? nil : .errorValue(String(decoding: v, as: UTF8.self))
        case .isoDate: text += v.prefix(10)  // ISO 8601, as strict OOXML writes dates
        case .number: CellNumberText.append(v, format: formats.indices.contains(style) ? formats[style] : .number,
                                            date1904: date1904, to: &text)
        }
        return nil
    }

    enum Problem {
        /// `#DIV/0!`, `#N/A`, `#REF!`…
        case errorValue(String)
        case noCachedValue
        case sharedStringOutOfRange(String)
    }

    private func error(_ p: Problem, _ row: Int, _ column: Int) -> WorkbookError {
        let ref = CellReference.qualified(sheet: sheet, row: row, column: column)
        switch p {
        case .errorValue(let v): return .errorCell(cell: ref, value: v)
        case .noCachedValue: return .formulaWithoutValue(cell: ref)
        case .sharedStringOutOfRange(let v): return .malformedXML(part: part, detail: "shared string \(v) at \(ref) out of range")
        }
    }
}
