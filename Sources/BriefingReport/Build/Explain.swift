import BriefingCore

/// "Where does this number come from?": a figure with its working, the
/// cells it used (file:line [column] value), the cells it skipped, the exact
/// result and the text the briefing prints.
extension PreparedReport {
    public func explanation(of name: String, text: FigureText) -> Explanation? {
        guard let f = figures[name] else { return nil }
        let tables = Array(self.tables.values)
        func input(_ r: CellRef) -> Explanation.Input {
            let cell = tables.first { $0.source == r.file }.flatMap { t -> CellValue? in
                guard let row = t.rowLines.firstIndex(of: r.line), let c = t.column(named: r.column) else { return nil }
                return c[row]
            }
            return Explanation.Input(ref: r, value: cell.map(RowFilter.label) ?? "?")
        }
        let definition = template.measures.first { $0.name == name }
        let written = definition?.text ?? f.working
        return Explanation(title: name, measure: written == f.working ? written : "\(written)\n    = \(f.working)",
                           inputs: Self.unique(f.sources).map(input), skipped: Self.unique(f.skipped).map(input),
                           exact: Self.exact(f.value), shown: text.text(f, format: nil))
    }

    /// Each cell once, in first-use order (a cell two sub-measures share is one input).
    static func unique(_ refs: [CellRef]) -> [CellRef] {
        var seen: Set<CellRef> = []
        return refs.filter { seen.insert($0).inserted }
    }

    /// The unrounded value, in words a person can check by hand.
    public static func exact(_ v: FigureValue?) -> String {
        guard let v else { return "not computable (a missing or zero base)" }
        switch v {
        case .amount(let a): return amount(a)
        case .mean(let m): return "\(amount(m.total)) ÷ \(m.count) = \(m.exact.rounded(toScale: 12).normalized)"
        case .ratio(let r): return "\(r.numerator) ÷ \(r.denominator) = \(r.rounded(toScale: 12).normalized)"
        case .change(let c):
            let ratio = c.ratio.map { "\($0.numerator) ÷ \($0.denominator) = \($0.rounded(toScale: 12).normalized)" } ?? "not computable"
            return "\(amount(c.current)) − \(amount(c.base)) = \(amount(c.difference)); relative \(ratio)"
        case .points(let d): return "\(d) percentage points"
        case .count(let n): return "\(n)"
        case .cell(let c): return RowFilter.label(c)
        }
    }

    static func amount(_ a: Amount) -> String {
        let written = a.unit.written.isEmpty ? "" : " \(a.unit.written)"
        if a.unit.powerOfTen != 0, let c = a.unit.currency {
            return "\(a.value)\(written) (= \(a.baseValue.normalized.withExponent(min(0, a.baseValue.normalized.exponent))) \(c.rawValue))"
        }
        return "\(a.value)\(written)"
    }
}
