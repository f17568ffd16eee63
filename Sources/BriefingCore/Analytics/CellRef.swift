/// One input cell a figure was computed from: `missions.csv:3 [실계약]`, or
/// in a workbook `missions.xlsx:실적!F6 [실계약]`.
///
/// `line` is the 1-based physical line the row starts on (from
/// `Table.rowLines`; a sheet's row in a workbook); `column` is the column's
/// name without its unit; `cell` the workbook cell (`실적!F6`), if any.
public struct CellRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: String
    public var cell: String?

    public init(file: String, line: Int, column: String, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
    }

    /// `missions.csv:3 [실계약]`, `missions.xlsx:실적!F6 [실계약]`.
    public var description: String { "\(file):\(cell ?? String(line)) [\(column)]" }

    public static func < (a: CellRef, b: CellRef) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// The result of a measure with where it came from.
///
/// `value` is `nil` when the figure cannot be computed (every input missing,
/// a change against a missing or zero base); it is never silently zero.
///
/// ```swift
/// let total = try m.sum(of: ["실계약", "약정계약"], where: [.equals("연도", 2024)])
/// total.value          // Amount(1000, 만 달러)
/// total.sources.count  // 2
/// total.working        // "sum(실계약 + 약정계약) where 연도 = 2024"
/// ```
public struct Measured<Value: Sendable>: Sendable {
    /// The figure, exact; `nil` = not computable.
    public var value: Value?
    /// Every cell that went into `value`, in table order.
    public var sources: [CellRef]
    /// Cells that were missing and skipped (`MissingPolicy.skip`). Never counted as zero.
    public var skippedMissing: [CellRef]
    /// The operation, for `briefing explain`: `sum(실계약 + 약정계약) where 연도 = 2024`.
    public var working: String

    public init(value: Value?, sources: [CellRef] = [], skippedMissing: [CellRef] = [], working: String) {
        self.value = value
        self.sources = sources
        self.skippedMissing = skippedMissing
        self.working = working
    }

    public var isComputable: Bool { value != nil }

    /// The same provenance with another value (used to derive one measure from another).
    public func map<T: Sendable>(_ transform: (Value) throws -> T?) rethrows -> Measured<T> {
        Measured<T>(value: try value.flatMap(transform), sources: sources, skippedMissing: skippedMissing, working: working)
    }
}

extension Measured: Equatable where Value: Equatable {}
