/// The type the importer inferred for a whole column from all of its cells.
public enum ColumnType: String, Sendable, Hashable, CaseIterable {
    case integer, decimal
    /// A number with a money unit in its header.
    case amount
    /// A number with a counter unit (명, 건, 개 …).
    case count
    case percent
    case date, month, quarter, half, year
    case range
    case text
    /// Every cell missing.
    case empty

    public var isNumeric: Bool {
        switch self {
        case .integer, .decimal, .amount, .count, .percent: return true
        default: return false
        }
    }
}
