/// Why a workbook could not be read, each case with the part or cell it
/// concerns; `diagnostic(file:)` says it the way CSV errors are said.
enum WorkbookError: Error, Equatable {
    case notZip
    case legacyExcel
    case encrypted
    case binaryWorkbook
    case truncated(part: String?)
    case missingPart(String)
    case unsupportedCompression(part: String, method: Int)
    /// A part that inflates past the bound (a zip bomb).
    case tooLarge(part: String, limit: Int)
    case corrupt(part: String, detail: String)
    /// `<!DOCTYPE`/`<!ENTITY`: entity expansion and external entities are refused.
    case doctype(part: String)
    case malformedXML(part: String, detail: String)
    case noSheet(String)
    case noVisibleSheet
    case errorCell(cell: String, value: String)
    case formulaWithoutValue(cell: String)

    func diagnostic(file: String) -> Diagnostic {
        let at = { (ref: String) in InputLocation(file: file, reference: ref) }
        let top = InputLocation(file: file, line: 1, column: 1)
        switch self {
        case .notZip:
            return Diagnostic("found no ZIP container, expected an Excel workbook (.xlsx or .xlsm)", at: top)
        case .legacyExcel:
            return Diagnostic("found a legacy Excel 97–2003 workbook (or an encrypted/DRM-protected one), "
                              + "expected .xlsx: save it as .xlsx in Excel", at: top)
        case .encrypted:
            return Diagnostic("found an encrypted (password- or DRM-protected) workbook, expected an unprotected .xlsx: "
                              + "open it in Excel and save a copy without protection", at: top)
        case .binaryWorkbook:
            return Diagnostic("found a binary workbook (.xlsb), which is unsupported, expected .xlsx: save it as .xlsx in Excel",
                              at: top)
        case .truncated(let part):
            return Diagnostic("found a truncated ZIP container, expected a complete workbook (was the download cut short?)",
                              at: part.map(at) ?? top)
        case .missingPart(let part):
            return Diagnostic("found no part \(part), expected it in an .xlsx workbook", at: top)
        case .unsupportedCompression(let part, let method):
            return Diagnostic("found compression method \(method), expected stored (0) or deflate (8)", at: at(part))
        case .tooLarge(let part, let limit):
            return Diagnostic("found a part that inflates past \(limit) bytes, expected a workbook part of sane size "
                              + "(a zip bomb?)", at: at(part))
        case .corrupt(let part, let detail):
            return Diagnostic("found corrupt compressed data (\(detail)), expected a readable workbook part", at: at(part))
        case .doctype(let part):
            return Diagnostic("found a <!DOCTYPE> or <!ENTITY> declaration, expected workbook XML without one "
                              + "(entities are not expanded, nothing is read from outside the workbook)", at: at(part))
        case .malformedXML(let part, let detail):
            return Diagnostic("found malformed XML (\(detail)), expected a workbook part Excel writes", at: at(part))
        case .noSheet(let name):
            return Diagnostic("found no sheet \"\(name)\", expected a sheet name or a number from 1", at: top)
        case .noVisibleSheet:
            return Diagnostic("found no visible sheet, expected one (or --sheet NAME|N)", at: top)
        case .errorCell(let cell, let value):
            return Diagnostic("found the error \(value), expected a value: fix the formula in Excel, "
                              + "or read error cells as missing (error-cells: missing, --error-cells missing)", at: at(cell))
        case .formulaWithoutValue(let cell):
            return Diagnostic("found a formula with no cached value, expected its result: open and save it in Excel",
                              at: at(cell))
        }
    }
}
