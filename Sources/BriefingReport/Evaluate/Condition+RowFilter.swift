import BriefingCore

extension Condition {
    /// Parses a filter as written after `where` in a measure
    /// (`연도 = 2024 and 지역 in [미국, 동남아]`), for `briefing chart --where`.
    public static func parseList(_ text: String) throws -> [Condition] {
        try MeasureExpressionParser.parseConditions(text)
    }

    /// Row filters for these conditions. A period reference (`@ytd`) needs the
    /// report's period, and `@each` the sheet's value (`render --each`);
    /// without one it is an error at the condition.
    public static func rowFilters(_ conditions: [Condition], period: PeriodContext?, each: CellValue? = nil) throws -> [RowFilter] {
        try conditions.map { c in
            let values: [CellValue] = try c.values.map { v in
                switch v {
                case .text(let s):
                    // A date or period written as text ("2024-03", "2024년 3월")
                    // compares as one, the way the importer read the cells.
                    switch CellParser.parse(s).0 {
                    case let v where v.isPeriodLike: return v
                    default: return .text(s)
                    }
                case .number(let d): return .number(d)
                case .period(let p):
                    guard let period else { throw ExpressionSyntaxError(message: "@\(p.rawValue) needs a report period", offset: c.offset) }
                    return .range(period.days(for: p))
                case .each:
                    guard let each else { throw ExpressionSyntaxError(message: EachValue.missingMessage, offset: c.offset) }
                    return each
                }
            }
            if values.count == 1, case .range(let r) = values[0] { return RowFilter.periodIn(c.column, r) }
            switch c.op {
            case .equals: return RowFilter.equals(c.column, values[0])
            case .isIn: return RowFilter.in(c.column, values)
            }
        }
    }
}

extension CellValue {
    var isPeriodLike: Bool {
        switch self {
        case .date, .period, .range: return true
        default: return false
        }
    }
}
