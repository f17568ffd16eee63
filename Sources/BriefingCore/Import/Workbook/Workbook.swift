/// An opened `.xlsx` or `.xlsm` workbook (macros are never read): its sheets,
/// and any one of them as a `SheetGrid` on demand.
///
/// ```swift
/// let book = try Workbook(bytes: data, file: "실적.xlsx")
/// book.sheets.map(\.name)          // ["2024년", "메모"]
/// let grid = try book.grid(of: book.sheets[0])
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

    func grid(of sheet: SheetInfo) throws(DiagnosticList) -> SheetGrid {
        do {
            return try SheetReader(sheet: sheet, parts: parts).read(zip.read(sheet.part))
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

    /// Each sheet with its used range and row count, for `inspect`'s list.
    public func overview() throws(DiagnosticList) -> [SheetOverview] {
        var out: [SheetOverview] = []
        for s in sheets {
            let g = try grid(of: s)
            out.append(SheetOverview(name: s.name, visible: s.visible, usedRange: g.usedRangeText, rows: g.rows.count))
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
