/// Why a measure could not be computed at all. Each case names the cell or
/// column involved so the message reads like a compiler's:
/// `missions.csv:4 [실계약]: missing value "-" (policy: fail)`.
public enum AnalyticsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A missing cell met with `MissingPolicy.fail`; holds the mark as written.
    case missingValue(CellRef, mark: String)
    /// A cell that should be a number is not (text, a date…).
    case notNumeric(CellRef, found: String)
    /// No column of that name in the table.
    case unknownColumn(String, file: String, available: [String])
    /// An alias that several columns share (`산업별` for `산업별(1)` and `산업별(2)`).
    case ambiguousColumn(String, file: String, candidates: [String])
    /// Amounts that cannot be added or compared: different currencies, or
    /// money with people. `first` and `second` are the units as written.
    case incompatibleUnits(CellRef, first: String, second: String)
    /// An argument that makes no sense (`top(0)`, group by three columns).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .missingValue(let ref, let mark):
            let shown = mark.isEmpty ? "empty cell" : "\"\(mark)\""
            return "\(ref): missing value (\(shown)); "
                + "a missing figure is not zero — skip it or fill it in"
        case .notNumeric(let ref, let found):
            return "\(ref): found \"\(found)\", expected a number"
        case .unknownColumn(let name, let file, let available):
            return "\(file): no column \"\(name)\" (columns: \(available.joined(separator: ", ")))"
        case .ambiguousColumn(let name, let file, let candidates):
            return Table.ambiguousAliasMessage(name, file: file, columns: candidates)
        case .incompatibleUnits(let ref, let first, let second):
            return "\(ref): cannot combine \(first) with \(second)"
        case .invalidArgument(let message):
            return message
        }
    }
}

/// What a measure does with a missing cell (`-`, empty, `x`).
public enum MissingPolicy: Sendable, Hashable {
    /// Leave it out and say so in `Measured.skippedMissing`.
    case skip
    /// Throw `AnalyticsError.missingValue` naming the cell.
    case fail
}
