import BriefingCore

/// The distinct values of an `each:` column, in the order the data first
/// shows them, and the rows that have none.
public struct EachValues: Sendable {
    public var column: EachColumn
    public var values: [EachValue]
    /// Rows whose cell is missing (`-`, empty): no sheet is made for them.
    public var skippedRows: Int
    /// The input's file, for saying which rows were skipped.
    public var file: String
}

extension LoadedReport {
    /// The column `text` names (from `--each`), else the template's `each:`;
    /// nil when neither says one.
    public func eachColumn(_ text: String?) -> EachColumn? {
        guard let text else { return template.each }
        return EachColumn.parse(text, inputs: template.inputs.map(\.name))
    }

    /// The values to render a sheet for. Throws `DiagnosticList` when the
    /// column is not in the data (at `each:`'s place, or naming `--each`).
    public func eachValues(_ column: EachColumn) throws -> EachValues {
        guard let table = tables[column.input], let cells = table.column(named: column.column) else {
            let file = tables[column.input].map { LocalPath($0.source).name } ?? column.input
            let problem = TemplateProblem.unknownColumn(column.column, file: file, columns: tables[column.input]?.columnNames ?? [])
            guard let source = column.source else {
                throw DiagnosticList([Diagnostic("--each: " + problem.message)])
            }
            throw DiagnosticList([source.error(problem).diagnostic])
        }
        var seen: Set<CellValue> = []
        var values: [EachValue] = []
        var skipped = 0
        for row in cells.indices {
            let cell = cells[row]
            if cell.isMissing { skipped += 1; continue }
            if seen.insert(cell).inserted {
                values.append(EachValue(column: column, cell: cell, text: RowFilter.label(cell)))
            }
        }
        return EachValues(column: column, values: values, skippedRows: skipped, file: table.source)
    }
}
