/// One column of a table: its header, unit, inferred type and typed cells.
///
/// A collection of `CellValue`, indexed by row (0-based). How the cells are
/// stored is the column's business (the importer packs them, see
/// `PackedCells`); read them through the collection interface.
public struct Column: Sendable {
    /// The name without its unit: `목표(만달러)` → `목표`.
    public var name: String
    /// The header cell exactly as the file wrote it.
    public var header: String
    /// Another name the column answers to, set by the importer: `지역별` for
    /// KOSIS's `지역별(1)` (see `HeaderParser.classificationAlias`). A table
    /// honours it only when no other column has the same name or alias
    /// (`Table.alias(of:)`).
    public var alias: String?
    public var unit: MeasureUnit?
    public var type: ColumnType
    /// 0-based position in the file's records.
    public var position: Int
    @usableFromInline var cells: PackedCells
    /// Provisional/revised marks by row; most cells have none.
    public var marks: [Int: CellMarks]

    public init(name: String, header: String? = nil, unit: MeasureUnit? = nil, type: ColumnType,
                position: Int = 0, cells: [CellValue], marks: [Int: CellMarks] = [:]) {
        var packed = PackedCells()
        packed.reserve(cells.count)
        for cell in cells { packed.append(cell) }
        self.init(name: name, header: header, unit: unit, type: type, position: position, packed: packed, marks: marks)
    }

    init(name: String, header: String?, unit: MeasureUnit?, type: ColumnType,
         position: Int, packed: PackedCells, marks: [Int: CellMarks]) {
        self.name = name
        self.header = header ?? name
        self.unit = unit
        self.type = type
        self.position = position
        self.cells = packed
        self.marks = marks
    }

    /// The cell at `row` as an amount in the column's unit, or `nil` if the cell
    /// is missing or not a number.
    public func amount(at row: Int) -> Amount? {
        guard let d = cells.decimal(at: row) else { return nil }
        return Amount(d, unit ?? MeasureUnit(.other(""), written: ""))
    }
}

extension Column: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { cells.count }
    public subscript(row: Int) -> CellValue { cells[row] }
}

/// Cells packed for a million-row file: one kind byte, one auxiliary byte and
/// one 64-bit payload a cell, text as one UTF-8 buffer. About 10 bytes a
/// number cell instead of the ~40 of an enum with a `String` inside. Imported
/// text cells point into the decoded file itself, shared by all text columns
/// (no copy); `init(cells:)` builds a buffer of its own. The rare
/// value that does not fit (a 30-digit number, an odd missing mark) lives in
/// `overflow`.
///
/// | kind | aux | payload |
/// |---|---|---|
/// | missing | mark code (`""`, `-`, `–`, `—`, `…`, `x`, `X`) | 0 |
/// | number, percent | exponent | significand |
/// | date | – | days since 1970-01-01 |
/// | year, half, quarter, month | half/quarter | year, year, year, month index |
/// | range | – | start ordinal << 32 + day count |
/// | text | 0: in `text`, 1: in `ownText` | offset << 24 + length |
@usableFromInline
struct PackedCells: Sendable {
    enum Kind: UInt8 {
        case missing, number, percent, date, year, half, quarter, month, range, text, overflow
    }
    static let missingMarks = ["", "-", "–", "—", "…", "x", "X"]

    var kinds: [UInt8] = []
    var aux: [Int8] = []
    var payload: [Int64] = []
    var text: [UInt8] = []
    /// Text the column had to rewrite (a quoted `""` read as `"`) when `text`
    /// is the shared file: cells with aux 1 point here.
    var ownText: [UInt8] = []
    var overflow: [Int: CellValue] = [:]

    var count: Int { kinds.count }

    mutating func reserve(_ n: Int) {
        kinds.reserveCapacity(n); aux.reserveCapacity(n); payload.reserveCapacity(n)
    }

    @inline(__always)
    mutating func appendRaw(_ kind: Kind, _ a: Int8, _ p: Int64) {
        kinds.append(kind.rawValue); aux.append(a); payload.append(p)
    }

    /// Appends unescaped text to `ownText` (importer use, when `text` is the shared file).
    mutating func setOwnText(at i: Int, _ bytes: [UInt8]) {
        kinds[i] = Kind.text.rawValue
        aux[i] = 1
        payload[i] = Int64(ownText.count) << 24 | Int64(bytes.count)
        ownText.append(contentsOf: bytes)
    }

    /// Appends text bytes (already UTF-8).
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= 1 << 24 {
            appendOverflow(.text(String(decoding: bytes, as: UTF8.self)))
            return
        }
        let start = text.count
        text.append(contentsOf: bytes)
        appendRaw(.text, 0, Int64(start) << 24 | Int64(bytes.count))
    }

    mutating func appendOverflow(_ value: CellValue) {
        overflow[kinds.count] = value
        appendRaw(.overflow, 0, 0)
    }

    mutating func append(_ value: CellValue) {
        switch value {
        case .missing(let mark):
            if let code = PackedCells.missingMarks.firstIndex(of: mark) {
                appendRaw(.missing, Int8(code), 0)
            } else {
                appendOverflow(value)
            }
        case .number(let d), .percent(let d):
            let kind: Kind = { if case .percent = value { return .percent } else { return .number } }()
            if let s = Int64(exactly: d.significand), let e = Int8(exactly: d.exponent) {
                appendRaw(kind, e, s)
            } else {
                appendOverflow(value)
            }
        case .date(let day): appendRaw(.date, 0, Int64(day.ordinal))
        case .period(let p):
            switch p {
            case .year(let y): appendRaw(.year, 0, Int64(y))
            case .half(let y, let h): appendRaw(.half, Int8(h), Int64(y))
            case .quarter(let y, let q): appendRaw(.quarter, Int8(q), Int64(y))
            case .month(let m): appendRaw(.month, 0, Int64(m.index))
            case .day(let d): appendOverflow(.period(.day(d)))
            }
        case .range(let r):
            appendRaw(.range, 0, Int64(r.start.ordinal) << 32 | Int64(r.dayCount))
        case .text(let s):
            var s = s
            s.withUTF8 { appendText($0) }
        }
    }

    func decimal(at i: Int) -> ExactDecimal? {
        switch Kind(rawValue: kinds[i])! {
        case .number, .percent: return ExactDecimal(significand: Int128(payload[i]), exponent: Int(aux[i]))
        case .overflow: return overflow[i]?.decimal
        default: return nil
        }
    }

    subscript(i: Int) -> CellValue {
        let p = payload[i]
        switch Kind(rawValue: kinds[i])! {
        case .missing: return .missing(PackedCells.missingMarks[Int(aux[i])])
        case .number: return .number(ExactDecimal(significand: Int128(p), exponent: Int(aux[i])))
        case .percent: return .percent(ExactDecimal(significand: Int128(p), exponent: Int(aux[i])))
        case .date: return .date(Day(ordinal: Int(p)))
        case .year: return .period(.year(Int(p)))
        case .half: return .period(.half(year: Int(p), half: Int(aux[i])))
        case .quarter: return .period(.quarter(year: Int(p), quarter: Int(aux[i])))
        case .month: return .period(.month(Month(index: Int(p))))
        case .range:
            let start = Day(ordinal: Int(p >> 32))
            return .range(DayRange(start, start.adding(days: Int(p & 0xFFFF_FFFF) - 1))!)
        case .text:
            let start = Int(p >> 24), length = Int(p & 0xFF_FFFF)
            return .text((aux[i] == 0 ? text : ownText).withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + length]), as: UTF8.self)
            })
        case .overflow: return overflow[i]!
        }
    }
}
