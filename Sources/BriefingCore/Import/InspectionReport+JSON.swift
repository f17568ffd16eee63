extension InspectionReport {
    /// JSON with a fixed key order, written in pieces through `write` so a
    /// million rows never sit in one string. Numbers are exact decimal
    /// strings, missing cells `null`, days ISO 8601 (`2024-03-24`), months
    /// `2024-03`, quarters `2024-Q1`, halves `2024-H1`, ranges
    /// `{"start": …, "end": …}`.
    public static func writeJSON(_ r: ImportResult, write: (String) -> Void) {
        var out = "{\n"
        func field(_ key: String, _ value: String, last: Bool = false) {
            out += "  \(quote(key)): \(value)\(last ? "" : ",")\n"
        }
        field("file", quote(r.table.source))
        if let sheet = r.sheet { field("sheet", quote(sheet)) }
        field("encoding", quote(r.encoding.rawValue))
        field("bom", r.hadBOM ? "true" : "false")
        field("delimiter", quote(String(UnicodeScalar(r.delimiter))))
        field("lineEnding", quote(r.lineEnding.rawValue))
        field("headerRows", String(r.headerRows))
        if r.sheet != nil {
            field("headerRow", String(r.headerLine))
            field("titleRows", "[" + r.titleRows.map(String.init).joined(separator: ", ") + "]")
        } else {
            field("headerLine", String(r.headerLine))
        }
        field("unitNote", r.unitNote.map(unitJSON) ?? "null")
        field("rowCount", String(r.table.rowCount))
        field("paddedRows", String(r.paddedRows))
        let renamed = r.renamedHeaders.map {
            "{\"position\": \($0.position), \"original\": \(quote($0.original)), "
                + "\"name\": \(quote($0.name)), \"reason\": \(quote($0.reason.rawValue))}"
        }
        field("renamedHeaders", "[" + renamed.joined(separator: ", ") + "]")
        out += "  \"columns\": [\n"
        for (i, c) in r.columnReports.enumerated() {
            let column = r.table.columns[i]
            var parts = [
                "\"name\": \(quote(c.name))",
                "\"header\": \(quote(column.header))",
                "\"alias\": \(r.table.alias(of: column).map(quote) ?? "null")",
                "\"unit\": \(c.unit.map(unitJSON) ?? "null")",
                "\"type\": \(quote(c.type.rawValue))",
                "\"period\": \(c.period.map { quote($0.description) } ?? "null")",
            ]
            if !c.periodMarks.isEmpty { parts.append("\"periodMarks\": \(marksJSON(c.periodMarks))") }
            parts += [
                "\"missing\": \(c.missingCount)",
                "\"min\": \(c.minimum.map(valueJSON) ?? "null")",
                "\"max\": \(c.maximum.map(valueJSON) ?? "null")",
            ]
            if c.type == .text {
                parts.append("\"distinctValues\": [" + c.distinctValues.map(quote).joined(separator: ", ") + "]")
                parts.append("\"distinctCount\": \(c.distinctCount.map(String.init) ?? "null")")
            }
            let breaks = c.patternBreaks.map {
                "{\(place(r, line: $0.line, column: i)), \"text\": \(quote($0.text)), \"looksLike\": \(quote($0.looksLike.rawValue))}"
            }
            parts.append("\"patternBreaks\": [" + breaks.joined(separator: ", ") + "]")
            out += "    {" + parts.joined(separator: ", ") + "}" + (i + 1 < r.columnReports.count ? "," : "") + "\n"
        }
        out += "  ],\n  \"rows\": [\n"
        let columns = r.table.columns
        for row in 0..<r.table.rowCount {
            out += "    {\(place(r, line: r.table.rowLines[row], column: 0)), \"values\": ["
            for (j, c) in columns.enumerated() {
                if j > 0 { out += ", " }
                out += valueJSON(c[row])
            }
            out += "]"
            var marks: [String] = []
            for (j, c) in columns.enumerated() {
                if let m = c.marks[row] { marks.append("\(quote(String(j))): \(marksJSON(m))") }
            }
            if !marks.isEmpty { out += ", \"marks\": {" + marks.joined(separator: ", ") + "}" }
            out += "}" + (row + 1 < r.table.rowCount ? "," : "") + "\n"
            if out.utf8.count > 1 << 16 { write(out); out = "" }
        }
        out += "  ]\n}\n"
        write(out)
    }

    /// `"line": 12` in a CSV file; `"cell": "2024년!C12"` in a sheet.
    static func place(_ r: ImportResult, line: Int, column: Int) -> String {
        guard let sheet = r.sheet else { return "\"line\": \(line)" }
        return "\"cell\": " + quote(CellReference.qualified(sheet: sheet, row: line, column: r.sheetColumn + column))
    }

    static func marksJSON(_ m: CellMarks) -> String {
        var names: [String] = []
        if m.contains(.provisional) { names.append("\"provisional\"") }
        if m.contains(.revised) { names.append("\"revised\"") }
        if m.contains(.estimated) { names.append("\"estimated\"") }
        return "[" + names.joined(separator: ", ") + "]"
    }

    static func unitJSON(_ u: MeasureUnit) -> String {
        let quantity: String
        var extra = ""
        switch u.quantity {
        case .money(let c): quantity = "money"; extra = ", \"currency\": \(quote(c.rawValue))"
        case .count(let noun): quantity = "count"; extra = ", \"noun\": \(quote(noun))"
        case .percent: quantity = "percent"
        case .percentPoint: quantity = "percentPoint"
        case .other(let name): quantity = "other"; extra = ", \"name\": \(quote(name))"
        }
        return "{\"written\": \(quote(u.written)), \"quantity\": \(quote(quantity))\(extra), \"powerOfTen\": \(u.powerOfTen)}"
    }

    public static func valueJSON(_ v: CellValue) -> String {
        switch v {
        case .missing: return "null"
        case .number(let d), .percent(let d): return "\"\(d)\""
        case .date(let day): return "\"\(day)\""
        case .period(let p): return "\"\(p)\""
        case .range(let r): return "{\"start\": \"\(r.start)\", \"end\": \"\(r.end)\"}"
        case .text(let s): return quote(s)
        }
    }

    static func quote(_ s: String) -> String { JSONEscape.quoted(s) }
}
