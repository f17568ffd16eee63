/// What `briefing inspect` prints: a summary for a person, aligned even with
/// Korean double-width names, or JSON with every row for a program.
public enum InspectionReport {
    /// A cell as inspect shows it to a person: numbers exact, missing as its mark
    /// (`-`, or `(빈칸)` for an empty cell), dates ISO 8601.
    public static func display(_ value: CellValue) -> String {
        switch value {
        case .missing(let mark): return mark.isEmpty ? "(빈칸)" : mark
        case .number(let d): return d.description
        case .percent(let d): return d.description + "%"
        case .date(let day): return day.description
        case .period(let p): return p.description
        case .range(let r): return "\(r.start)~\(r.end)"
        case .text(let s): return s
        }
    }

    static func unitText(_ unit: MeasureUnit?) -> String {
        guard let unit else { return "-" }
        return unit.written.isEmpty ? "-" : unit.written
    }

    static func delimiterName(_ d: UInt8) -> String {
        switch d {
        case 0x2C: return "comma (,)"
        case 0x09: return "tab"
        case 0x3B: return "semicolon (;)"
        default: return "\"\(String(UnicodeScalar(d)))\""
        }
    }

    /// `provisional` (잠정치, `p)`), `revised` (수정치, `r)`), `estimated` (추정치, `e)`).
    static func markNames(_ m: CellMarks) -> [String] {
        var names: [String] = []
        if m.contains(.provisional) { names.append("provisional") }
        if m.contains(.revised) { names.append("revised") }
        if m.contains(.estimated) { names.append("estimated") }
        return names
    }

    /// `3`, `3–4` for two rows, with title rows set aside named.
    static func headerPlace(_ r: ImportResult) -> String {
        let rows = r.headerRows == 2 ? "\(r.headerLine)–\(r.headerEndLine)" : String(r.headerLine)
        guard !r.titleRows.isEmpty else { return rows }
        let titles = r.titleRows.map(String.init).joined(separator: ", ")
        return rows + (r.titleRows.count == 1 ? " (title row " : " (title rows ") + titles + " set aside)"
    }

    public static func text(_ r: ImportResult) -> String {
        var lines: [String] = []
        let encoding: String
        switch r.encoding {
        case .utf8: encoding = r.hadBOM ? "UTF-8 (with BOM)" : "UTF-8"
        case .cp949: encoding = "CP949 (EUC-KR)"
        case .utf16: encoding = "UTF-16 (Excel \"Unicode Text\")"
        }
        // A workbook has no encoding, delimiter or line ending of its own: its sheet instead.
        let source: [(String, String)] = r.sheet.map { [("file", r.table.source), ("sheet", $0)] } ?? [
            ("file", r.table.source),
            ("encoding", encoding),
            ("delimiter", delimiterName(r.delimiter)),
            ("line ending", r.lineEnding.rawValue.uppercased()),
        ]
        let facts: [(String, String)] = source + [
            ("header rows", String(r.headerRows)),
            (r.sheet == nil ? "header line" : "header row", headerPlace(r)),
            ("rows", String(r.table.rowCount)),
            ("columns", String(r.table.columns.count)),
        ] + (r.unitNote.map { [("unit note", $0.written)] } ?? [])
          + (r.paddedRows > 0 ? [("padded rows", String(r.paddedRows))] : [])
        let keyWidth = facts.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (k, v) in facts { lines.append(DisplayWidth.pad(k, to: keyWidth) + "  " + v) }
        lines.append("")

        var table: [[String]] = [["#", "column", "unit", "type", "missing", "min", "max / values"]]
        for (i, c) in r.columnReports.enumerated() {
            var row = [String(i + 1), DisplayWidth.truncate(c.name, to: 24), unitText(c.unit), c.type.rawValue, String(c.missingCount)]
            if c.type == .text {
                let values = c.distinctValues.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ", ")
                let more = c.distinctCount == nil ? ", …" : ""
                row += ["", DisplayWidth.truncate(values + more, to: 48)]
            } else {
                row += [c.minimum.map(display) ?? "", c.maximum.map(display) ?? ""]
            }
            table.append(row)
        }
        let widths = (0..<table[0].count).map { col in table.map { DisplayWidth.of($0[col]) }.max()! }
        let rightAligned: Set<Int> = [0, 4]
        for (n, row) in table.enumerated() {
            let cells = row.enumerated().map { col, text in
                rightAligned.contains(col) && n > 0
                    ? String(repeating: " ", count: widths[col] - DisplayWidth.of(text)) + text
                    : DisplayWidth.pad(text, to: widths[col])
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
            if n == 0 { lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
        }
        var notes: [String] = []
        for c in r.columnReports where !c.patternBreaks.isEmpty {
            let dominant = c.dominantType.map { "mostly \($0.rawValue), " } ?? ""
            let place = r.sheet == nil ? "line" : "row"
            let breaks = c.patternBreaks.map { "\(place) \($0.line) \"\($0.text)\" (\($0.looksLike.rawValue))" }.joined(separator: "; ")
            notes.append("\(c.name): text because its cells disagree (\(dominant)broken by \(breaks))")
        }
        for c in r.columnReports {
            guard let p = c.period else { continue }
            let marks = c.periodMarks.isEmpty ? "" : ", " + markNames(c.periodMarks).joined(separator: ", ")
            notes.append("\(c.name): period \(p)\(marks) from the first header row")
        }
        var ambiguous: [String] = []
        for c in r.table.columns {
            if let alias = r.table.alias(of: c) {
                notes.append("\(c.name): also answers to \(alias) (a KOSIS classification level, not a unit)")
            } else if let alias = c.alias, !r.table.columns(sharingAlias: alias).isEmpty, !ambiguous.contains(alias) {
                ambiguous.append(alias)
                let sharing = r.table.columns(sharingAlias: alias).joined(separator: ", ")
                notes.append("\(sharing): no alias \(alias), as they would share it; write them in full")
            }
        }
        for h in r.renamedHeaders {
            let what = h.reason == .empty ? "empty header" : "duplicate header \"\(h.original)\""
            notes.append("column \(h.position + 1): \(what) named \"\(h.name)\"")
        }
        if !notes.isEmpty {
            lines.append("")
            lines += notes
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
