/// A rectangle of cells, `A3:H40`: 1-based and inclusive. A merged range,
/// or the part of a sheet a template names as its table (`range: A3:H40`).
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var top: Int, left: Int, bottom: Int, right: Int

    public init(top: Int, left: Int, bottom: Int, right: Int) {
        (self.top, self.left, self.bottom, self.right) = (top, left, bottom, right)
    }

    /// `A3:H40` (either corner first); a single cell `B2` is the range `B2:B2`. Nil for anything else.
    public init?(_ text: String) {
        let ends = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(ends.count), let a = CellReference.parse(String(ends[0])), a.row >= 1,
              let b = ends.count == 2 ? CellReference.parse(String(ends[1])) : a, b.row >= 1 else { return nil }
        self.init(top: min(a.row, b.row), left: min(a.column, b.column), bottom: max(a.row, b.row), right: max(a.column, b.column))
    }

    public func contains(row: Int, column: Int) -> Bool {
        top <= row && row <= bottom && left <= column && column <= right
    }

    public var width: Int { right - left + 1 }

    public var description: String {
        "\(CellReference.columnName(left))\(top):\(CellReference.columnName(right))\(bottom)"
    }
}

/// Which cells of a sheet are the table. By default all of them, trimmed of
/// blank rows and columns and of title rows above the header; `range` takes
/// a rectangle as it is, and `headerRow` says where the header is (rows
/// above it are not read, but for a `(단위: …)` note).
public struct SheetWindow: Sendable, Equatable {
    public var range: CellRange?
    public var headerRow: Int?

    public init(range: CellRange? = nil, headerRow: Int? = nil) {
        self.range = range
        self.headerRow = headerRow
    }

    var isDefault: Bool { range == nil && headerRow == nil }
}
