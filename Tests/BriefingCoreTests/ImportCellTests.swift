import Testing
@testable import BriefingCore

private func d(_ s: String) -> ExactDecimal { ExactDecimal(s)! }
private func day(_ y: Int, _ m: Int, _ dd: Int) -> Day { Day(year: y, month: m, day: dd)! }
private func month(_ y: Int, _ m: Int) -> CellValue { .period(.month(Month(year: y, month: m)!)) }

@Suite("Cells as people write them")
struct ImportCellTests {
    static let numbers: [(String, CellValue)] = [
        ("14,500", .number(d("14500"))),
        ("1,234,567.89", .number(d("1234567.89"))),
        ("0.5", .number(d("0.5"))),
        ("-12", .number(d("-12"))),
        ("−12", .number(d("-12"))),
        ("△12", .number(d("-12"))),
        ("▽12", .number(d("-12"))),
        ("▼3.5", .number(d("-3.5"))),
        ("(12)", .number(d("-12"))),
        ("+7", .number(d("7"))),
        ("▲7", .number(d("7"))),
        (" 325 ", .number(d("325"))),
        ("7.1%", .percent(d("7.1"))),
        ("△7.1%", .percent(d("-7.1"))),
        ("666.7 %", .percent(d("666.7"))),
        ("123456789012345678901234567890", .number(d("123456789012345678901234567890"))),
    ]

    @Test("numbers, exact", arguments: numbers)
    func number(_ text: String, _ expected: CellValue) {
        #expect(CellParser.parse(text).0 == expected)
    }

    static let missing: [String] = ["", "  ", "-", "–", "—", "…", "x", "X"]

    @Test("missing is never zero", arguments: missing)
    func missingMarks(_ text: String) {
        #expect(CellParser.parse(text).0 == .missing(text.trimmingCharacters()))
    }

    static let periods: [(String, CellValue)] = [
        ("2024-03-24", .date(day(2024, 3, 24))),
        ("2024.03.24", .date(day(2024, 3, 24))),
        ("2024. 3. 24.", .date(day(2024, 3, 24))),
        ("2024. 3. 24.(일)", .date(day(2024, 3, 24))),
        ("2024년 3월 24일", .date(day(2024, 3, 24))),
        ("2024/03/24", .date(day(2024, 3, 24))),
        ("2024.03", month(2024, 3)),
        ("2024.10", month(2024, 10)),
        ("2024-03", month(2024, 3)),
        ("2024. 3.", month(2024, 3)),
        ("2024년 3월", month(2024, 3)),
        ("'24.3월", month(2024, 3)),
        ("’24. 3월", month(2024, 3)),
        ("2024 1/4분기", .period(.quarter(year: 2024, quarter: 1))),
        ("2024년 1분기", .period(.quarter(year: 2024, quarter: 1))),
        ("2024 Q1", .period(.quarter(year: 2024, quarter: 1))),
        ("2024.Q3", .period(.quarter(year: 2024, quarter: 3))),
        ("2024 상반기", .period(.half(year: 2024, half: 1))),
        ("2024년 하반기", .period(.half(year: 2024, half: 2))),
        ("2024년", .period(.year(2024))),
        ("2024-03-24~2024-03-30", .range(DayRange(day(2024, 3, 24), day(2024, 3, 30))!)),
        ("2024. 3. 24. ~ 2024. 3. 30.", .range(DayRange(day(2024, 3, 24), day(2024, 3, 30))!)),
        ("2024. 3. 24.~3. 30.", .range(DayRange(day(2024, 3, 24), day(2024, 3, 30))!)),
        ("2024. 3. 26.(화) ~ 28.(목)", .range(DayRange(day(2024, 3, 26), day(2024, 3, 28))!)),
    ]

    @Test("dates, months, quarters, halves, years and ranges", arguments: periods)
    func period(_ text: String, _ expected: CellValue) {
        #expect(CellParser.parse(text).0 == expected)
    }

    static let texts: [String] = [
        "동남아", "OKTA LA", "1,2", "12a", "2023-02-29", "2024-13", "NULL", "2024 3", "(2020=100)", "1.2.3", "--", "Group",
    ]

    @Test("everything else is text, as written", arguments: texts)
    func text(_ text: String) {
        #expect(CellParser.parse(text).0 == .text(text))
    }

    static let marked: [(String, CellValue, CellMarks)] = [
        ("123 p)", .number(d("123")), .provisional),
        ("123p", .number(d("123")), .provisional),
        ("2025.11 p)", month(2025, 11), .provisional),
        ("1,234 r)", .number(d("1234")), .revised),
        ("7.1% p)", .percent(d("7.1")), .provisional),
    ]

    @Test("provisional and revised marks are kept, not lost", arguments: marked)
    func marks(_ text: String, _ value: CellValue, _ marks: CellMarks) {
        let (v, m) = CellParser.parse(text)
        #expect(v == value)
        #expect(m == marks)
    }
}

@Suite("Headers with units")
struct ImportHeaderTests {
    static let cases: [(String, String, Quantity?, Int)] = [
        ("목표(만달러)", "목표", .money(.usd), 4),
        ("수출액 (천달러)", "수출액", .money(.usd), 3),
        ("실계약 (만 달러)", "실계약", .money(.usd), 4),
        ("예산(백만원)", "예산", .money(.krw), 6),
        ("사업비(억원)", "사업비", .money(.krw), 8),
        ("금액(원)", "금액", .money(.krw), 0),
        ("금액(천원)", "금액", .money(.krw), 3),
        ("수출(달러)", "수출", .money(.usd), 0),
        ("수출(US$)", "수출", .money(.usd), 0),
        ("MOU(건)", "MOU", .count(noun: "건"), 0),
        ("참가인원(명)", "참가인원", .count(noun: "명"), 0),
        ("기업(개)", "기업", .count(noun: "개"), 0),
        ("참가국(개국)", "참가국", .count(noun: "개국"), 0),
        ("논문(편)", "논문", .count(noun: "편"), 0),
        ("증감률(%)", "증감률", .percent, 0),
        ("증감(%p)", "증감", .percentPoint, 0),
        ("물동량(톤)", "물동량", .other("톤"), 0),
        ("  지역  ", "지역", nil, 0),
        ("생산지수(2020=100)", "생산지수(2020=100)", nil, 0),
        ("지역별(1)", "지역별(1)", nil, 0),
        ("매출(단위: 억원)", "매출", .money(.krw), 8),
    ]

    @Test("the unit in the last parentheses is split off", arguments: cases)
    func header(_ text: String, _ name: String, _ quantity: Quantity?, _ power: Int) {
        let (n, unit) = HeaderParser.parse(text)
        #expect(n == name)
        #expect(unit?.quantity == quantity)
        if quantity != nil { #expect(unit?.powerOfTen == power) }
    }

    @Test("unit notes above the header", arguments: [("(단위: 만달러)", 4), ("단위: 천원", 3), ("（단위 : 억원）", 8)])
    func note(_ text: String, _ power: Int) {
        #expect(HeaderParser.unitNote(text)?.powerOfTen == power)
    }

    @Test func notANote() {
        #expect(HeaderParser.unitNote("지역") == nil)
    }
}

extension String {
    func trimmingCharacters() -> String { trimmingSpaces }
}

@Suite("UTF-8 validation")
struct ImportUTF8Tests {
    static let cases: [([UInt8], Int?)] = [
        (Array("지역,금액".utf8), nil),
        (Array("a😀b".utf8), nil),
        ([0x61, 0xED, 0xA0, 0x80], 1),        // a surrogate
        ([0x61, 0xE0, 0x80, 0x80], 1),        // overlong
        ([0x61, 0xEA, 0xB0], 1),              // truncated 가
        ([0x61, 0xEA, 0x41, 0x80], 1),        // bad continuation
        ([0xC0, 0x80], 0),                    // overlong NUL
        ([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xA9], 8),  // after an ASCII word
    ]

    @Test("first invalid byte", arguments: cases)
    func invalid(_ bytes: [UInt8], _ offset: Int?) {
        #expect(TextDecoder.firstInvalidUTF8(bytes, from: 0) == offset)
    }
}
