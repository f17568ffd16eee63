import BriefingCore
import BriefingLayout

/// A chart's numbers as a table under it (`table: true`): a row a category,
/// a column a series, each value as the chart labels it, under the chart's
/// unit line as the table's unit note. In the PDF a reader can check a bar
/// against its figure; in the HWPX a 주무관 can edit the figures as cells.
///
/// ```
/// (단위: 만 달러)
/// 구분     실계약
/// 2023년   934
/// 2024년   1,000
/// ```
enum ChartTable {
    static func make(_ c: ChartDefinition, builder: ChartBuilder) throws -> TableBlock {
        let numbers = try builder.numbers(c)
        let data = numbers.data
        let first = c.data?.x ?? (numbers.formatter.locale == .ko ? "구분" : "")
        // A combo's right-axis series keep their own unit and formatter (a % beside 만 달러).
        let series = data.series.map { ($0, numbers.valueFormatter) }
            + data.secondary.map { ($0, numbers.secondaryFormatter ?? numbers.valueFormatter) }
        let columns = [TableColumn(first)] + series.map { TableColumn($0.0.name, alignment: .decimal) }
        let rows = data.categories.indices.map { i in
            TableRow([data.categories[i]] + series.map { s, f in
                s.values.indices.contains(i) ? s.values[i].map { f.valueLabel($0) } ?? "-" : "-"
            })
        }
        return TableBlock(unitNote: numbers.unitLine, columns: columns, rows: rows)
    }
}
