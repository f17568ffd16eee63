/// Why a printed figure is what it is, for `briefing explain`:
///
/// ```
/// 2024 총 수출계약: 1,000만 달러
///   measure: sum(실계약 + 약정계약) where 연도 = 2024
///   inputs:
///     missions.csv:3 [실계약] 325
///     missions.csv:3 [약정계약] 675
///   exact: 1000 만달러
///   shown: 1,000만 달러 (rounded half away from zero)
/// ```
public struct Explanation: Sendable, Hashable {
    public struct Input: Sendable, Hashable {
        public var ref: CellRef
        /// The cell as typed (`325`, `-` for missing).
        public var value: String

        public init(ref: CellRef, value: String) {
            self.ref = ref
            self.value = value
        }
    }

    /// What the figure is called in the report (`2024 총 수출계약`).
    public var title: String
    /// The operation (`Measured.working`).
    public var measure: String
    public var inputs: [Input]
    public var skipped: [Input]
    /// The exact result, unrounded (`1000 만달러`, `1000/150`).
    public var exact: String
    /// The text printed in the output (`1,000만 달러`).
    public var shown: String

    public init(title: String, measure: String, inputs: [Input], skipped: [Input], exact: String, shown: String) {
        self.title = title
        self.measure = measure
        self.inputs = inputs
        self.skipped = skipped
        self.exact = exact
        self.shown = shown
    }

    /// Builds an explanation for `measured`, looking up each input cell's
    /// value in `tables` (matched by `Table.source`).
    public init<T>(title: String, measured: Measured<T>, tables: [Table], exact: String, shown: String) {
        func input(_ r: CellRef) -> Input {
            Input(ref: r, value: Explanation.lookup(r, in: tables).map(RowFilter.label) ?? "?")
        }
        self.init(title: title, measure: measured.working, inputs: measured.sources.map(input),
                  skipped: measured.skippedMissing.map(input), exact: exact, shown: shown)
    }

    static func lookup(_ r: CellRef, in tables: [Table]) -> CellValue? {
        guard let t = tables.first(where: { $0.source == r.file }),
              let row = t.rowLines.firstIndex(of: r.line),
              let c = t.column(named: r.column) else { return nil }
        return c[row]
    }

    /// The exact text of an amount: `1000 만달러`.
    public static func exactText(_ a: Amount) -> String {
        a.unit.written.isEmpty ? a.value.description : "\(a.value) \(a.unit.written)"
    }

    /// The exact text of a ratio: `1000/150`, with its value to 6 places.
    public static func exactText(_ r: Ratio) -> String {
        "\(r.numerator)/\(r.denominator) ≈ \(r.rounded(toScale: 6))"
    }

    /// Plain text, one fact a line, as in the example above.
    public var text: String {
        var lines = ["\(title): \(shown)", "  measure: \(measure)", "  inputs:"]
        // A row count's inputs are whole rows (an empty column name).
        func line(_ i: Input) -> String {
            i.ref.column.isEmpty ? "    \(i.ref.file):\(i.ref.line) (row)" : "    \(i.ref) \(i.value)"
        }
        lines += inputs.isEmpty ? ["    (none)"] : inputs.map(line)
        if !skipped.isEmpty {
            lines.append("  skipped (missing, not counted as zero):")
            lines += skipped.map(line)
        }
        lines.append("  exact: \(exact)")
        lines.append("  shown: \(shown) (rounded half away from zero)")
        return lines.joined(separator: "\n")
    }
}
