import Glibc

/// An opened `.xlsx` or `.xlsm` workbook (macros are never read): its sheets,
/// and any one of them read as CSV records on demand.
///
/// ```swift
/// let book = try Workbook(bytes: data, file: "실적.xlsx")
/// book.sheets.map(\.name)          // ["2024년", "메모"]
/// let records = try book.records(of: book.sheets[0])
/// ```
public struct Workbook {
    let file: String
    let zip: ZipArchive
    let parts: WorkbookParts

    public var sheets: [SheetInfo] { parts.sheets }

    public init(bytes: [UInt8], file: String) throws(DiagnosticList) {
        self.file = file
        do {
            zip = try ContainerKind.check(bytes) { () throws(WorkbookError) in try ZipArchive(bytes: bytes) }
            parts = try WorkbookParts(zip)
        } catch {
            throw DiagnosticList([error.diagnostic(file: file)])
        }
    }

    /// The sheet's cells in `window` as CSV records; `records: false` only counts them.
    func records(of sheet: SheetInfo, window: SheetWindow = .init(), records: Bool = true,
                 errorCellsMissing: Bool = false) throws(DiagnosticList) -> SheetRecords {
        do {
            var reader = SheetReader(sheet: sheet, parts: parts, window: window)
            reader.errorCellsMissing = errorCellsMissing
            return try reader.read(zip.scanner(sheet.part), records: records)
        } catch {
            throw DiagnosticList([error.diagnostic(file: file)])
        }
    }

    /// A sheet by name, or by number from 1 (`--sheet 2`); nil: the first visible one.
    public func sheet(_ choice: String?) throws(DiagnosticList) -> SheetInfo {
        guard let choice else {
            guard let s = sheets.first(where: \.visible) else {
                throw DiagnosticList([WorkbookError.noVisibleSheet.diagnostic(file: file)])
            }
            return s
        }
        if let s = sheets.first(where: { $0.name == choice }) { return s }
        if let n = Int(choice), n >= 1, n <= sheets.count { return sheets[n - 1] }
        throw DiagnosticList([WorkbookError.noSheet(choice).diagnostic(file: file)])
    }

    /// Each sheet with its used range and row count, for `inspect`'s list;
    /// a sheet already read (`known`) is not read again.
    public func overview(known: SheetOverview? = nil) throws(DiagnosticList) -> [SheetOverview] {
        var out: [SheetOverview] = []
        for s in sheets {
            if let known, known.name == s.name { out.append(known); continue }
            let r = try records(of: s, records: false)
            out.append(SheetOverview(name: s.name, visible: s.visible, usedRange: r.usedRangeText, rows: r.rowsWithValues))
        }
        return out
    }
}

/// One line of `inspect`'s sheet list.
public struct SheetOverview: Sendable, Equatable {
    public var name: String
    public var visible: Bool
    /// `A1:H12`, or `empty`.
    public var usedRange: String
    /// Rows holding at least one value.
    public var rows: Int
}

extension Workbook {
    /// Whether a file starts as a workbook does (a ZIP, or a CFB container
    /// such as a legacy or encrypted workbook), whatever its name: such a
    /// file is read as a workbook, or refused as one, never as CSV text. A
    /// file named `.xlsx`, `.xlsm`, `.xlsb` or `.xls` is one too, so that a
    /// broken one says it is no ZIP rather than which bytes are not text.
    public static func looksLikeWorkbook(path: String) -> Bool {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if ["xlsx", "xlsm", "xlsb", "xls"].contains(ext) && path.contains(".") { return true }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 8)
        let n = read(fd, &head, 8)
        return n == 8 && ContainerKind.looksLikeWorkbook(head)
    }

    /// The workbook at `path`.
    public init(path: String) throws(DiagnosticList) {
        try self.init(bytes: CSVImporter.readFile(path), file: path)
    }

    /// `inspect`'s list of sheets: name, visible or hidden, used range, rows.
    public static func overviewText(_ sheets: [SheetOverview]) -> String {
        var table: [[String]] = [["#", "sheet", "state", "used range", "rows"]]
        for (i, s) in sheets.enumerated() {
            table.append([String(i + 1), s.name, s.visible ? "visible" : "hidden", s.usedRange, String(s.rows)])
        }
        let widths = (0..<5).map { j in table.map { DisplayWidth.of($0[j]) }.max() ?? 0 }
        return table.map { row in
            var line = Swift.zip(row, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }
}
