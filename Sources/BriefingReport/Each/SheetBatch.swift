import BriefingCore

/// Many sheets from one template: the template and its inputs read and
/// checked once, then one report computed per value of the `each:` column
/// (`render TEMPLATE --each 기업명`), each named for its value.
///
/// ```swift
/// let loaded = try LoadedReport.load(templatePath: "companies.yaml")
/// let batch = try SheetBatch(loaded, column: loaded.eachColumn("기업명")!)
/// batch.sheets.map(\.name.text)         // ["가나광학", "다라포토닉스", …]
/// let report = try batch.report(for: batch.sheets[0])   // @each = 가나광학
/// ```
///
/// A template problem (a misspelt column, `{@each | percent}`) stops the
/// batch before any sheet, as it would stop one `render`; what one value's
/// data cannot give (`value(…)` finding two rows, a missing cell under
/// `missing: fail`) fails that sheet only.
public struct SheetBatch: Sendable {
    public let loaded: LoadedReport
    public let each: EachValues
    public let sheets: [Sheet]
    let kinds: [String: FigureKind]

    /// One value to render, with its file name.
    public struct Sheet: Sendable, Hashable {
        public var index: Int
        public var value: EachValue
        public var name: SafeFileName
    }

    /// Throws `DiagnosticList`: the column is not in the data, has no value, or the template has problems.
    public init(_ loaded: LoadedReport, column: EachColumn) throws {
        let each = try loaded.eachValues(column)
        guard let first = each.values.first else {
            let message = "each: column '\(column.column)' of \(LocalPath(each.file).name) has no values: no sheet to render"
            throw DiagnosticList([column.source.map { $0.error(message).diagnostic } ?? Diagnostic("--\(message)")])
        }
        self.loaded = loaded
        self.each = each
        let names = SafeFileName.names(for: each.values.map(\.text))
        self.sheets = each.values.indices.map { Sheet(index: $0, value: each.values[$0], name: names[$0]) }
        self.kinds = try loaded.check(each: first)
    }

    /// The figures of one sheet. Throws `DiagnosticList` with what its value's data cannot give.
    public func report(for sheet: Sheet) throws -> PreparedReport {
        try loaded.compute(kinds: kinds, each: sheet.value, rehearse: false)
    }

    /// `company-가나광학`: the template's base name and the sheet's.
    public func baseName(_ sheet: Sheet, template base: String) -> String { "\(base)-\(sheet.name.text)" }
}
