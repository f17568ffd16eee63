import Testing
@testable import BriefingCore

/// Tables built by hand, as the importer would hand them over.
enum Fixture {
    static let manUSD = MeasureUnit(.money(.usd), powerOfTen: 4, written: "만달러")
    static let usd = MeasureUnit(.money(.usd), powerOfTen: 0, written: "달러")
    static let won = MeasureUnit(.money(.krw), powerOfTen: 0, written: "원")
    static let eokWon = MeasureUnit(.money(.krw), powerOfTen: 8, written: "억원")
    static let people = MeasureUnit(.count(noun: "명"), written: "명")

    static func d(_ s: String) -> ExactDecimal { ExactDecimal(s)! }
    static func n(_ s: String) -> CellValue { s == "-" || s.isEmpty ? .missing(s) : .number(ExactDecimal(s)!) }

    static func numbers(_ name: String, _ unit: MeasureUnit?, _ cells: [String], position: Int) -> Column {
        Column(name: name, header: unit.map { "\(name)(\($0.written))" } ?? name, unit: unit,
               type: unit?.isMoney == true ? .amount : .decimal, position: position, cells: cells.map(n))
    }

    static func text(_ name: String, _ cells: [String], position: Int) -> Column {
        Column(name: name, type: .text, position: position, cells: cells.map { .text($0) })
    }

    /// The press article's figures (2024-04-07): the 2023 row has no split of
    /// its total (missing cells), only 합계.
    ///
    /// ```
    /// 1 연도,권역,목표(만달러),실계약(만달러),약정계약(만달러),합계(만달러)
    /// 2 2023,동남아,-,-,-,934
    /// 3 2024,미국,150,325,675,1000
    /// ```
    static var missions: Table {
        Table(source: "missions.csv", columns: [
            Column(name: "연도", type: .year, position: 0, cells: [.period(.year(2023)), .period(.year(2024))]),
            text("권역", ["동남아", "미국"], position: 1),
            numbers("목표", manUSD, ["-", "150"], position: 2),
            numbers("실계약", manUSD, ["-", "325"], position: 3),
            numbers("약정계약", manUSD, ["-", "675"], position: 4),
            numbers("합계", manUSD, ["934", "1000"], position: 5),
        ], rowLines: [2, 3])
    }

    /// A general table from columns of strings: `-` and "" are missing.
    static func table(_ source: String = "t.csv", key: [String], keyName: String = "권역",
                      values: [String], unit: MeasureUnit? = manUSD, valueName: String = "금액") -> Table {
        Table(source: source, columns: [text(keyName, key, position: 0), numbers(valueName, unit, values, position: 1)],
              rowLines: Array(2..<(2 + key.count)))
    }
}

/// A small deterministic generator (SplitMix64) so property tests are
/// reproducible without a package dependency.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
