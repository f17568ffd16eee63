/// Collects one column's cells while the file is read, then decides its type
/// from all of them.
///
/// Typing rules, each for a reason:
/// - Numbers with a money unit in the header are `amount`, with a counter unit
///   `count`, under `(%)` or written `7.1%` `percent`; else `integer` or `decimal`.
/// - `yyyy.mm` cells are months unless the column also holds decimals (or has
///   a numeric unit): then they are the decimals they look like. `2024.10`
///   stays October in a month column, never 2024.1.
/// - Whole numbers 1900–2100 under a header like 연도 / 년 / year, or next to
///   `2024년` cells, are years.
/// - A column whose cells disagree is `text`, every cell as written, and the
///   report names the first cells that broke the majority's pattern.
struct ColumnBuilder {
    static let kindCount = 11
    var packed = PackedCells()
    /// Where cells go while the file is read; `seal()` moves them into `packed`.
    var staging = CellStaging()
    /// The cells the second half of a large file staged (see `absorb`), after `staging`'s.
    var stagingTail = CellStaging()
    var counts = [Int](repeating: 0, count: kindCount)
    var decimalCount = 0
    var monthAlsoDecimal = 0
    var marks: [Int: CellMarks] = [:]
    /// The first cells of each kind: (row, line, text as written).
    var firstSeen: [[(row: Int, line: Int, text: String)]] = Array(repeating: [], count: kindCount + 1)

    init(capacity: Int) { packed.reserve(capacity) }

    /// Slots of `firstSeen` that hold their three cells already: the common
    /// cell then needs nothing but `staging`.
    var seenFull: UInt16 = 0

    /// Appends a classified cell. Text cells point into `source` until `finish`.
    @inline(__always)
    mutating func append(_ c: Classified, escaped: Bool, row: Int, line: Int,
                         source: UnsafeBufferPointer<UInt8>, fieldStart: Int, fieldEnd: Int) {
        let kind = c.kind
        if c.marks.isEmpty && !c.monthAlsoDecimal && kind != .overflow {
            let decimal = kind == .number && c.aux != 0
            let slot = decimal ? ColumnBuilder.kindCount : Int(kind.rawValue)
            if kind == .missing || seenFull & (1 << slot) != 0 {
                if kind == .text {
                    if c.textEnd - c.textStart < 1 << 24 {
                        staging.append(PackedCells.Kind.text.rawValue, escaped ? 1 : 0,
                                       Int64(c.textStart) << 24 | Int64(c.textEnd - c.textStart))
                        return
                    }
                } else {
                    if decimal { decimalCount &+= 1 }
                    staging.append(kind.rawValue, c.aux, c.payload)
                    return
                }
            }
        }
        appendInFull(c, escaped: escaped, row: row, line: line, source: source, fieldStart: fieldStart, fieldEnd: fieldEnd)
    }

    @inline(never)
    mutating func appendInFull(_ c: Classified, escaped: Bool, row: Int, line: Int,
                               source: UnsafeBufferPointer<UInt8>, fieldStart: Int, fieldEnd: Int) {
        let k = Int(c.kind.rawValue)
        var slot = k
        switch c.kind {
        case .text:
            staging.append(PackedCells.Kind.text.rawValue, escaped ? 1 : 0, Int64(c.textStart) << 24 | Int64(c.textEnd - c.textStart))
        case .overflow:
            packed.overflow[staging.count] = c.aux == 1 ? .percent(c.wide!) : .number(c.wide!)
            staging.append(PackedCells.Kind.overflow.rawValue, 0, 0)
        case .month where c.monthAlsoDecimal:
            monthAlsoDecimal += 1
            staging.append(PackedCells.Kind.month.rawValue, 1, c.payload)
        default:
            if c.kind == .number && c.aux != 0 { decimalCount += 1; slot = ColumnBuilder.kindCount }
            staging.append(c.kind.rawValue, c.aux, c.payload)
        }
        if !c.marks.isEmpty { marks[row] = c.marks }
        if c.kind != .missing && firstSeen[slot].count < 3 {
            let field = FieldSpan(start: fieldStart, end: fieldEnd, quoted: escaped, escaped: escaped)
            firstSeen[slot].append((row, line, source.string(of: field)))
            if firstSeen[slot].count == 3 { seenFull |= 1 << slot }
        }
        if c.kind == .text && c.textEnd - c.textStart >= 1 << 24 {
            // Too long to point at: keep it whole.
            staging.setLastKind(PackedCells.Kind.overflow.rawValue)
            packed.overflow[staging.count - 1] = .text(source.string(
                of: FieldSpan(start: c.textStart, end: c.textEnd, quoted: escaped, escaped: escaped)))
        }
    }

    mutating func appendMissing() {
        staging.append(PackedCells.Kind.missing.rawValue, 0, 0)
    }

    /// Moves the staged cells into `packed`, once the whole file is read.
    mutating func seal() {
        CellStaging.drain(&staging, &stagingTail, into: &packed, counts: &counts)
    }

    func count(_ k: PackedCells.Kind) -> Int { counts[Int(k.rawValue)] }

    /// What the column's type will be, and whether its cells must be rewritten as text.
    struct Decision {
        var type: ColumnType
        var asText: Bool
        var dominant: ColumnType?
    }

    static let yearHeaderWords = ["연도", "년도", "년", "year", "yr", "해", "연"]

    func decide(name: String, unit: MeasureUnit?) -> Decision {
        let number = count(.number) + overflowNumbers
        let percent = count(.percent) + overflowPercents
        let months = count(.month)
        let present = (0..<ColumnBuilder.kindCount).filter { k in
            k != Int(PackedCells.Kind.missing.rawValue) && k != Int(PackedCells.Kind.overflow.rawValue) && counts[k] > 0
        }.map { PackedCells.Kind(rawValue: UInt8($0))! }
        let hasOverflowText = packed.overflow.values.contains { if case .text = $0 { return true } else { return false } }
        var kinds = Set(present)
        if number > 0 { kinds.insert(.number) }
        if percent > 0 { kinds.insert(.percent) }
        if hasOverflowText { kinds.insert(.text) }
        // Every unit a header can carry counts something, so it makes `yyyy.mm` cells numbers.
        let numericUnit = unit != nil

        if kinds.isEmpty { return Decision(type: .empty, asText: false) }
        // Months that are also decimals, in a column of numbers: decimals.
        if kinds.contains(.month) && months == monthAlsoDecimal && (kinds.contains(.number) || numericUnit) {
            kinds.remove(.month)
            kinds.insert(.number)
        }
        if kinds == [.number] || kinds == [.percent] || kinds == [.number, .percent] {
            if kinds.contains(.percent) && kinds.contains(.number) && unit?.quantity != .percent {
                return textDecision()
            }
            if let unit {
                switch unit.quantity {
                case .money: return Decision(type: .amount, asText: false)
                case .count: return Decision(type: .count, asText: false)
                case .percent, .percentPoint: return Decision(type: .percent, asText: false)
                case .other: break
                }
            }
            if kinds == [.percent] { return Decision(type: .percent, asText: false) }
            let isInteger = decimalCount == 0 && months == 0 && !hasWideFraction
            if isInteger && unit == nil && looksLikeYears(name: name) { return Decision(type: .year, asText: false) }
            return Decision(type: isInteger ? .integer : .decimal, asText: false)
        }
        if kinds == [.year, .number] && decimalCount == 0 && integersAreYears { return Decision(type: .year, asText: false) }
        if kinds.count == 1 {
            switch kinds.first! {
            case .date: return Decision(type: .date, asText: false)
            case .month: return Decision(type: .month, asText: false)
            case .quarter: return Decision(type: .quarter, asText: false)
            case .half: return Decision(type: .half, asText: false)
            case .year: return Decision(type: .year, asText: false)
            case .range: return Decision(type: .range, asText: false)
            case .text: return Decision(type: .text, asText: false)
            default: break
            }
        }
        return textDecision()
    }

    var overflowNumbers: Int { packed.overflow.values.filter { if case .number = $0 { return true } else { return false } }.count }
    var overflowPercents: Int { packed.overflow.values.filter { if case .percent = $0 { return true } else { return false } }.count }
    var hasWideFraction: Bool { packed.overflow.values.contains { ($0.decimal?.exponent ?? 0) < 0 } }

    func textDecision() -> Decision {
        var best: (Int, ColumnType)? = nil
        for k in 0..<ColumnBuilder.kindCount
        where k != Int(PackedCells.Kind.missing.rawValue) && k != Int(PackedCells.Kind.overflow.rawValue) {
            var n = counts[k]
            var type = ColumnBuilder.typeOf(PackedCells.Kind(rawValue: UInt8(k))!)
            if k == Int(PackedCells.Kind.number.rawValue) {
                n -= decimalCount
                type = .integer
                if decimalCount > n { n = decimalCount; type = .decimal }
            }
            if n > 0 && (best == nil || n > best!.0) { best = (n, type) }
        }
        return Decision(type: .text, asText: true, dominant: best?.1)
    }

    static func typeOf(_ k: PackedCells.Kind) -> ColumnType {
        switch k {
        case .missing: return .empty
        case .number, .overflow: return .integer
        case .percent: return .percent
        case .date: return .date
        case .year: return .year
        case .half: return .half
        case .quarter: return .quarter
        case .month: return .month
        case .range: return .range
        case .text: return .text
        }
    }

    var integersAreYears: Bool {
        for i in 0..<packed.count where packed.kinds[i] == PackedCells.Kind.number.rawValue {
            if packed.aux[i] != 0 || !(1900...2100).contains(packed.payload[i]) { return false }
        }
        return overflowNumbers == 0
    }

    func looksLikeYears(name: String) -> Bool {
        let lower = name.lowercased().filter { $0 != " " }
        guard ColumnBuilder.yearHeaderWords.contains(where: { lower == $0 || lower.hasSuffix($0) && $0.count >= 2 })
                || lower.hasSuffix("년") || lower.hasSuffix("연도") else { return false }
        return integersAreYears
    }

    /// The cells that broke the dominant pattern, first ones first.
    func patternBreaks(dominant: ColumnType?) -> [PatternBreak] {
        var all: [PatternBreak] = []
        for slot in 0...ColumnBuilder.kindCount {
            let type: ColumnType
            if slot == ColumnBuilder.kindCount { type = .decimal }
            else if slot == Int(PackedCells.Kind.number.rawValue) { type = .integer }
            else { type = ColumnBuilder.typeOf(PackedCells.Kind(rawValue: UInt8(slot))!) }
            if type == dominant { continue }
            for seen in firstSeen[slot] { all.append(PatternBreak(line: seen.line, text: seen.text, looksLike: type)) }
        }
        return Array(all.sorted { $0.line < $1.line }.prefix(5))
    }
}
