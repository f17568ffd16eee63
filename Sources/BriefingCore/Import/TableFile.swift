/// A table from a file, whichever reader it needs: a workbook (known by its
/// bytes — a ZIP or CFB container — or its `.xlsx`/`.xls…` name) through
/// `WorkbookImporter`, anything else as CSV. `inspect`, `chart` and template
/// inputs all come through here, so a workbook goes wherever a CSV goes.
public enum TableFile {
    /// Whether `bytes` (named `name`) should be read as a workbook.
    public static func isWorkbook(_ bytes: [UInt8], name: String) -> Bool {
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return (name.contains(".") && ["xlsx", "xlsm", "xlsb", "xls"].contains(ext))
            || ContainerKind.looksLikeWorkbook(Array(bytes.prefix(8)))
    }

    /// Reads `bytes`; `sheet` (a name or a number from 1) chooses a workbook's
    /// sheet and is an error for a CSV file, which has none.
    public static func read(bytes: [UInt8], name: String, sheet: String? = nil,
                            options: ImportOptions = .init()) throws(DiagnosticList) -> ImportResult {
        if isWorkbook(bytes, name: name) {
            return try WorkbookImporter.read(bytes: bytes, name: name, sheet: sheet, options: options)
        }
        if let sheet {
            throw DiagnosticList([Diagnostic("found a sheet name ('\(sheet)') for a CSV file, expected a workbook (.xlsx)",
                                             at: InputLocation(file: name, line: 1, column: 1))])
        }
        return try CSVImporter.read(bytes: bytes, name: name, options: options)
    }

    public static func read(path: String, sheet: String? = nil, options: ImportOptions = .init()) throws(DiagnosticList) -> ImportResult {
        try read(bytes: try CSVImporter.readFile(path), name: path, sheet: sheet, options: options)
    }
}
