/// One pass over the decoded bytes: header row(s), then every record typed
/// cell by cell into its column's builder.
struct TableReader {
    let buffer: UnsafeBufferPointer<UInt8>
    /// The array `buffer` points into, shared with the text columns.
    let storage: [UInt8]
    let name: String
    let options: ImportOptions
    let delimiter: UInt8
    var scanner: RecordScanner
    var problems: [Diagnostic] = []
    /// Staged cells on 2 MB pages: fewer page faults, a few MB more peak memory.
    /// Worth it when the text is the file itself (UTF-8), whose peak memory has
    /// room; a CP949 file's decoded text is larger than the file.
    var stagingOnHugePages = false

    init(buffer: UnsafeBufferPointer<UInt8>, storage: [UInt8], start: Int = 0, name: String, options: ImportOptions, delimiter: UInt8) {
        self.buffer = buffer
        self.storage = storage
        self.name = name
        self.options = options
        self.delimiter = delimiter
        self.scanner = RecordScanner(buffer: buffer, delimiter: delimiter, start: start)
    }

    static func isBlank(_ fields: [FieldSpan]) -> Bool { fields.allSatisfy(\.isEmptyUnquoted) }

    mutating func nextNonBlank(_ fields: inout [FieldSpan]) -> (line: Int, offset: Int)? {
        while let at = scanner.next(into: &fields) {
            if !TableReader.isBlank(fields) { return at }
        }
        return nil
    }

    func strings(_ fields: [FieldSpan]) -> [String] { fields.map { buffer.string(of: $0) } }

    /// Header, then data, then columns: each step below is one of these.
    mutating func read() throws(DiagnosticList) -> ImportResult {
        let header = try readHeader()
        var chunk = try readData(after: header)
        var builders = chunk.builders
        chunk.builders = []
        let lineEnding = lineEnding(before: header.dataStart, data: chunk)
        let names = ColumnNames(header)
        var units = names.units
        let decisions = decideTypes(&builders, names: names.names, units: &units, unitNote: header.unitNote)
        let rewrite = rewrittenTexts(builders: builders, decisions: decisions, dataStart: header.dataStart)
        let (columns, reports) = finishColumns(&builders, decisions: decisions, names: names, units: units, rewrite: rewrite)
        return ImportResult(table: Table(source: name, columns: columns, rowLines: chunk.rowLines),
                            encoding: .utf8, hadBOM: false, delimiter: delimiter, lineEnding: lineEnding,
                            headerRows: header.bottom == nil ? 1 : 2, unitNote: header.unitNote, renamedHeaders: names.renamed,
                            paddedRows: chunk.padded, columnReports: reports, headerLine: header.topLine,
                            headerEndLine: header.line)
    }

    /// The header row or rows, and the unit note above them.
    mutating func readHeader() throws(DiagnosticList) -> HeaderRows {
        var fields: [FieldSpan] = []
        var unitNote: MeasureUnit?
        if let forced = options.headerRow { return try readHeader(at: forced) }
        guard var first = nextNonBlank(&fields) else {
            throw DiagnosticList([Diagnostic("found an empty file, expected a header row and rows of figures",
                                             at: InputLocation(file: name, line: 1, column: 1))])
        }
        // A `(단위: 만달러)` note on a line of its own above the header.
        let nonEmpty = fields.filter { !$0.isEmptyUnquoted }
        if nonEmpty.count == 1, let unit = HeaderParser.unitNote(buffer.string(of: nonEmpty[0])) {
            unitNote = unit
            guard let next = nextNonBlank(&fields) else {
                throw DiagnosticList([Diagnostic("found only a unit note, expected a header row",
                                                 at: InputLocation(file: name, line: first.line, column: 1))])
            }
            first = next
        }
        return try readHeaderRows(first: first, fields: &fields, unitNote: unitNote)
    }

    /// The header at line `forced` (`--header-row`): the lines above it are
    /// passed over, but for a `(단위: …)` note among them.
    mutating func readHeader(at forced: Int) throws(DiagnosticList) -> HeaderRows {
        var fields: [FieldSpan] = []
        var unitNote: MeasureUnit?
        while let at = nextNonBlank(&fields) {
            guard at.line < forced else { return try readHeaderRows(first: at, fields: &fields, unitNote: unitNote) }
            let nonEmpty = fields.filter { !$0.isEmptyUnquoted }
            if nonEmpty.count == 1, let unit = HeaderParser.unitNote(buffer.string(of: nonEmpty[0])) { unitNote = unit }
        }
        throw DiagnosticList([Diagnostic("found no line \(forced) or below, expected the header row there (--header-row \(forced))",
                                         at: InputLocation(file: name, line: forced, column: 1))])
    }

    /// The header row at `first` (its fields in `fields`), and a second one below it if there is one.
    mutating func readHeaderRows(first: (line: Int, offset: Int), fields: inout [FieldSpan],
                                 unitNote: MeasureUnit?) throws(DiagnosticList) -> HeaderRows {
        var header = HeaderRows(top: strings(fields), line: first.line, unitNote: unitNote)
        header.topLine = first.line
        // A second row that is no header is the first data row, read again with the rest.
        var firstData: (line: Int, offset: Int)? = nil
        if options.headerRows != 1, let second = nextNonBlank(&fields) {
            let row2 = strings(fields)
            if options.headerRows == 2 || TableReader.isTwoRowHeader(header.top, row2) {
                header.bottom = row2
                header.line = second.line
            } else {
                firstData = second
            }
        }
        header.dataStart = firstData?.offset ?? scanner.position
        header.dataLine = firstData?.line ?? scanner.line
        if let h2 = header.bottom, h2.count > header.top.count {
            header.top += Array(repeating: "", count: h2.count - header.top.count)
        }
        return header
    }

    /// Every data record staged into its column's builder; a record with the
    /// wrong number of fields, or a broken quote, is an error with its place.
    func readData(after header: HeaderRows) throws(DiagnosticList) -> DataChunk {
        let width = header.width
        var chunk = DataChunk.read(buffer, from: header.dataStart, line: header.dataLine, delimiter: delimiter, width: width,
                                   allowRagged: options.allowRagged, hugePages: stagingOnHugePages)
        let ragged = chunk.raggedRows.map {
            raggedProblem($0.fields, line: $0.line, offset: $0.offset, width: width, headerLine: header.line)
        }
        let all = chunk.scanProblems.map { CSVImporter.describe($0, in: buffer, file: name) } + ragged
        if !all.isEmpty {
            for j in chunk.builders.indices { chunk.builders[j].staging.release(); chunk.builders[j].stagingTail.release() }
            throw CSVImporter.diagnostics(all, limit: options.maxProblems)
        }
        return chunk
    }

    /// The file's line ending, counted over the header lines and the data.
    func lineEnding(before dataStart: Int, data chunk: DataChunk) -> LineEnding {
        var headerScan = RecordScanner(buffer: UnsafeBufferPointer(rebasing: buffer[..<dataStart]), delimiter: delimiter)
        var scratch: [FieldSpan] = []
        while headerScan.next(into: &scratch) != nil {}
        return RecordScanner.lineEnding(crlf: headerScan.crlfCount + chunk.crlf, lf: headerScan.lfCount + chunk.lf,
                                        cr: headerScan.crCount + chunk.cr)
    }

    /// Each column's type, from its cells out of staging one column at a time
    /// (two at once would hold two columns twice at the peak). A number column
    /// with no unit of its own takes the file's unit note, unless its name
    /// says it is an identifier. Columns are typed side by side, each touching
    /// only its own builder and slot: after the parallel read this was the
    /// serial tail.
    func decideTypes(_ builders: inout [ColumnBuilder], names: [String], units: inout [MeasureUnit?],
                     unitNote note: MeasureUnit?) -> [ColumnBuilder.Decision] {
        let width = builders.count
        var decisions = [ColumnBuilder.Decision](repeating: ColumnBuilder.Decision(type: .empty, asText: false), count: width)
        let source = buffer
        for j in 0..<width { builders[j].seal() }
        builders.withUnsafeMutableBufferPointer { b in
            units.withUnsafeMutableBufferPointer { u in
                decisions.withUnsafeMutableBufferPointer { d in
                    Parallel.forEach(width, inputBytes: source.count) { j in
                        var decision = b[j].decide(name: names[j], unit: u[j])
                        if decision.type == .integer || decision.type == .decimal, u[j] == nil, let note,
                           !TableReader.identifierNames.contains(names[j].lowercased()) {
                            u[j] = note
                            decision = b[j].decide(name: names[j], unit: note)
                        }
                        d[j] = decision
                    }
                }
            }
        }
        return decisions
    }

    /// The columns and what the report says of each, finished side by side;
    /// each builder is freed as soon as its column is done.
    func finishColumns(_ builders: inout [ColumnBuilder], decisions: [ColumnBuilder.Decision], names: ColumnNames,
                       units: [MeasureUnit?], rewrite: [[Int: FieldSpan]?]) -> ([Column], [ColumnReport]) {
        let width = builders.count
        var finished = [(Column, ColumnReport)?](repeating: nil, count: width)
        let (source, stored) = (buffer, storage)
        builders.withUnsafeMutableBufferPointer { b in
            finished.withUnsafeMutableBufferPointer { out in
                Parallel.forEach(width, inputBytes: source.count) { j in
                    out[j] = b[j].finish(decision: decisions[j], name: names.names[j], header: names.headers[j], unit: units[j],
                                         position: j, period: names.periods[j], source: source, storage: stored,
                                         rewritten: rewrite[j])
                    b[j] = ColumnBuilder(capacity: 0)  // free as we go
                }
            }
        }
        var columns = finished.map { $0!.0 }
        for j in 0..<width { columns[j].alias = HeaderParser.classificationAlias(of: columns[j].name) }
        var reports = finished.map { $0!.1 }
        for j in 0..<width { reports[j].periodMarks = names.periodMarks[j] }
        return (columns, reports)
    }

    /// For each column that became text, every non-text, non-missing cell as written.
    func rewrittenTexts(builders: [ColumnBuilder], decisions: [ColumnBuilder.Decision], dataStart: Int) -> [[Int: FieldSpan]?] {
        var out = [[Int: FieldSpan]?](repeating: nil, count: builders.count)
        let targets = (0..<builders.count).filter { decisions[$0].asText }
        guard !targets.isEmpty else { return out }
        for j in targets { out[j] = [:] }
        var fields: [FieldSpan] = []
        let textKind = PackedCells.Kind.text.rawValue, missingKind = PackedCells.Kind.missing.rawValue
        // Read the records again from the first data row: the same rows, in the same order.
        var s = RecordScanner(buffer: buffer, delimiter: delimiter, start: dataStart)
        var row = 0
        while s.next(into: &fields) != nil {
            if TableReader.isBlank(fields) { continue }
            for j in targets where j < fields.count {
                let k = builders[j].packed.kinds[row]
                if k != textKind && k != missingKind {
                    var f = fields[j]
                    while f.start < f.end && CellClassifier.isSpace(buffer[f.start]) { f.start += 1 }
                    while f.end > f.start && CellClassifier.isSpace(buffer[f.end - 1]) { f.end -= 1 }
                    out[j]![row] = f
                }
            }
            row += 1
        }
        return out
    }

    func raggedProblem(_ fields: [FieldSpan], line: Int, offset: Int, width: Int, headerLine: Int) -> Diagnostic {
        let at: Int
        let message: String
        if fields.count > width {
            let f = fields[width]
            at = f.quoted ? f.start - 1 : f.start
            let text = buffer.string(of: f)
            message = "found \"\(text)\" as field \(width + 1), expected \(width) fields like the header on line \(headerLine)"
        } else {
            let f = fields.last!
            // After the closing quote; a quote left open ran to the end of the file and has none.
            let closed = f.quoted && f.end < buffer.count && buffer[f.end] == 0x22
            at = closed ? f.end + 1 : f.end
            message = "found the end of the row after \(fields.count) field\(fields.count == 1 ? "" : "s"), "
                + "expected \(width) fields like the header on line \(headerLine) (--ragged pads short rows)"
        }
        let (l, lineStart) = locate(at, from: offset, line: line)
        return Diagnostic(message, at: InputLocation(file: name, line: l, column: buffer.column(of: at, lineStart: lineStart)),
                          sourceLine: buffer.lineText(from: lineStart))
    }

    /// Line and line start of `target`, counting breaks from a record start.
    func locate(_ target: Int, from start: Int, line: Int) -> (Int, Int) {
        var l = line, lineStart = start, i = start
        while i < target {
            let b = buffer[i]
            if b == 0x0A || b == 0x0D {
                if b == 0x0D && i + 1 < buffer.count && buffer[i + 1] == 0x0A { i += 1 }
                l += 1
                lineStart = i + 1
            }
            i += 1
        }
        return (l, lineStart)
    }

    /// Numbered columns a `단위:` note does not reach: 번호 (number), 순번, 연번 (serial), 코드 (code).
    static let identifierNames: Set<String> = ["번호", "순번", "연번", "일련번호", "코드", "no", "no.", "id", "#"]

    /// KOSIS-style two header rows: row 1 holds periods (or blanks, or the
    /// same text as row 2), row 2 item names, and neither holds figures.
    static func isTwoRowHeader(_ row1: [String], _ row2: [String]) -> Bool {
        guard row1.count == row2.count else { return false }
        var periods = 0
        for (top, bottom) in zip(row1, row2) {
            let t = top.trimmingSpaces, b = bottom.trimmingSpaces
            guard !b.isEmpty, case .text = CellParser.parse(b).0 else { return false }
            if t.isEmpty || t == b { continue }
            if period(t) != nil { periods += 1; continue }
            // A label such as 시점 over the leading columns, before any period.
            guard periods == 0, case .text = CellParser.parse(t).0 else { return false }
        }
        return periods > 0
    }

    /// `2024 p)` → `2024`, `2024p` → `2024`: the text before a provisional,
    /// revised or estimated mark, as `CellClassifier` finds one.
    static func withoutMark(_ text: String) -> String {
        let t = text.trimmingSpaces
        let lower = t.lowercased()
        if lower.hasSuffix("p)") || lower.hasSuffix("r)") || lower.hasSuffix("e)") { return String(t.dropLast(2)).trimmingSpaces }
        if let last = t.last, last == "p" || last == "r", let before = t.dropLast().last, before.isASCII, before.isNumber {
            return String(t.dropLast()).trimmingSpaces
        }
        return t
    }

    static func period(_ text: String) -> Period? {
        switch CellParser.parse(text).0 {
        case .period(let p): return p
        case .date(let d): return .day(d)
        case .number(let d) where d.exponent == 0 && d >= ExactDecimal(1900) && d <= ExactDecimal(2100):
            return .year(Int(d.significand))
        default: return nil
        }
    }

    /// Empty names become `열3` (column 3); repeats get `_2`, `_3`.
    static func makeUnique(_ names: inout [String]) -> [RenamedHeader] {
        var renamed: [RenamedHeader] = []
        var used = Set<String>()
        for j in names.indices {
            let original = names[j]
            var candidate = original.isEmpty ? "열\(j + 1)" : original
            let reason: RenamedHeader.Reason? = original.isEmpty ? .empty : (used.contains(original) ? .duplicate : nil)
            var k = 2
            let stem = candidate
            while used.contains(candidate) { candidate = "\(stem)_\(k)"; k += 1 }
            used.insert(candidate)
            names[j] = candidate
            if let reason { renamed.append(RenamedHeader(position: j, original: original, name: candidate, reason: reason)) }
        }
        return renamed
    }
}
