/// A table in spreadsheet style: a header row (repeated when the table
/// breaks across pages), a unit note above on the right, numbers aligned on
/// their decimal point, subtotal and total rows set apart.
public struct TableBlock: Sendable, Hashable {
    /// `(단위: 만 달러, %)`, set above the table's right edge.
    public var unitNote: String?
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// Alternate normal rows get a light fill.
    public var zebra: Bool

    public init(unitNote: String? = nil, columns: [TableColumn], rows: [TableRow], zebra: Bool = false) {
        self.unitNote = unitNote; self.columns = columns; self.rows = rows; self.zebra = zebra
    }
}

public struct TableColumn: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable {
        case leading, center, trailing
        /// Numbers line up on their '.' (or the end of the integer part when there is none):
        /// `666.7%`, `1,000`, `-` and `+7.1%p` share one decimal position.
        case decimal
    }

    public var title: String
    public var alignment: Alignment

    public init(_ title: String, alignment: Alignment = .leading) { self.title = title; self.alignment = alignment }
    public init(title: String, alignment: Alignment = .leading) { self.title = title; self.alignment = alignment }
}

public struct TableRow: Sendable, Hashable {
    public enum Style: Sendable, Hashable { case normal, subtotal, total }
    /// Cells as displayed; a missing value comes as `-` and is shown as given.
    public var cells: [String]
    public var style: Style

    public init(_ cells: [String], style: Style = .normal) { self.cells = cells; self.style = style }
    public init(cells: [String], style: Style = .normal) { self.cells = cells; self.style = style }
}
