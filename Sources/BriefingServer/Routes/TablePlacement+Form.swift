import BriefingCore

extension TablePlacement {
    /// From an upload form's text fields (`sheet`, `header-row`, `range`, `error-cells`);
    /// a header row that is not a number is a 422.
    init(form: MultipartForm) throws {
        func text(_ name: String) -> String? { form.first(named: name).map(\.text).flatMap { $0.isEmpty ? nil : $0 } }
        var headerRow: Int?
        if let h = text("header-row") {
            guard let n = Int(h) else { throw APIError(.unprocessableContent, "header-row: found \"\(h)\", expected a line number from 1") }
            headerRow = n
        }
        self.init(sheet: text("sheet"), headerRow: headerRow, range: text("range"), errorCells: text("error-cells"))
    }

    /// Identifies the reading, for the upload's table cache.
    var key: String { "\(sheet ?? "")\u{1F}\(headerRow.map(String.init) ?? "")\u{1F}\(range ?? "")\u{1F}\(errorCells ?? "")" }
}
