import BriefingCore

/// Where the table is in an uploaded file, as `--sheet`, `--header-row`,
/// `--range` and `--error-cells` say it: the same checks as the CLI's.
struct TableChoice: Decodable, Sendable {
    var sheet: String?
    var headerRow: Int?
    var range: String?
    var errorCells: String?

    enum CodingKeys: String, CodingKey {
        case sheet, range
        case headerRow = "header-row"
        case errorCells = "error-cells"
    }

    init(sheet: String? = nil, headerRow: Int? = nil, range: String? = nil, errorCells: String? = nil) {
        (self.sheet, self.headerRow, self.range, self.errorCells) = (sheet, headerRow, range, errorCells)
    }

    /// From a multipart form's text fields; a header row that is not a number is an error.
    init(form: MultipartForm) throws {
        func text(_ name: String) -> String? { form.first(named: name).map(\.text).flatMap { $0.isEmpty ? nil : $0 } }
        var headerRow: Int?
        if let h = text("header-row") {
            guard let n = Int(h) else { throw APIError(.unprocessableContent, "header-row: found \"\(h)\", expected a line number from 1") }
            headerRow = n
        }
        self.init(sheet: text("sheet"), headerRow: headerRow, range: text("range"), errorCells: text("error-cells"))
    }

    /// The import options, or a 422 naming the option as the CLI would.
    func options(isWorkbook: Bool, name: String) throws -> ImportOptions {
        var o = ImportOptions()
        if let headerRow {
            guard headerRow >= 1 else {
                throw APIError(.unprocessableContent, "header-row: found \(headerRow), expected a line number from 1")
            }
            o.headerRow = headerRow
        }
        if let range {
            guard let r = CellRange(range) else {
                throw APIError(.unprocessableContent, "range: found \"\(range)\", expected a range of cells such as A3:H40")
            }
            guard isWorkbook else { throw APIError(.unprocessableContent, "range: \(name) is a CSV file; use header-row for CSV") }
            o.range = r
        }
        if let errorCells, errorCells != "error" && errorCells != "missing" {
            throw APIError(.unprocessableContent, "error-cells: found \"\(errorCells)\", expected error or missing")
        }
        o.errorCellsMissing = errorCells == "missing"
        return o
    }

    /// Identifies the reading, for the upload's table cache.
    var key: String { "\(sheet ?? "")\u{1F}\(headerRow.map(String.init) ?? "")\u{1F}\(range ?? "")\u{1F}\(errorCells ?? "")" }
}
