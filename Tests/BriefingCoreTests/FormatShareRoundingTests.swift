import Testing
@testable import BriefingCore

@Suite struct FormatShareRoundingTests {
    let thirds = [Ratio(1, 3)!, Ratio(1, 3)!, Ratio(1, 3)!]

    @Test func independentRoundingGetsTheFootnote() {
        let r = ShareRounding.percents(thirds)
        #expect(r.parts == [ExactDecimal("33.3")!, ExactDecimal("33.3")!, ExactDecimal("33.3")!])
        #expect(r.total == ExactDecimal("100.0")!)
        #expect(!r.addsUp)
        #expect(r.footnote(.ko) == "※ 반올림으로 합계가 일치하지 않을 수 있음")
        #expect(r.footnote(.en) == "※ Figures may not add up to totals because of rounding.")
    }

    @Test func largestRemainderAddsUp() {
        let r = ShareRounding.percents(thirds, method: .largestRemainder)
        #expect(r.parts == [ExactDecimal("33.4")!, ExactDecimal("33.3")!, ExactDecimal("33.3")!])
        #expect(r.footnote(.ko) == nil)
        // Largest remainder goes to the largest fraction, not the first.
        let s = ShareRounding.percents([Ratio(1, 8)!, Ratio(2, 8)!, Ratio(5, 8)!], scale: 0, method: .largestRemainder)
        #expect(s.parts == [13, 25, 62])
    }

    @Test func noFootnoteWhenRoundingHappensToAddUp() {
        let r = ShareRounding.percents([Ratio(1, 4)!, Ratio(3, 4)!])
        #expect(r.parts == [ExactDecimal("25.0")!, ExactDecimal("75.0")!])
        #expect(r.footnote(.ko) == nil)
    }

    @Test func amountPartsAgainstTheirTotal() {
        // 32.54억 + 32.54억 + 32.54억 = 97.62억: shown 32.5 ×3 = 97.5 vs 97.6.
        let parts = [ExactDecimal("32.54")!, ExactDecimal("32.54")!, ExactDecimal("32.54")!]
        let r = ShareRounding.round(parts, scale: 1)
        #expect(r.total == ExactDecimal("97.6")!)
        #expect(r.footnote(.ko) != nil)
        #expect(ShareRounding.round(parts, scale: 1, method: .largestRemainder).addsUp)
    }
}

@Suite struct FormatParserTests {
    static let cases: [(text: String, value: String, quantity: Quantity)] = [
        ("1,000만 달러", "10000000", .money(.usd)),
        ("32억 5,000만 원", "3250000000", .money(.krw)),
        ("9.3억 원", "930000000", .money(.krw)),
        ("1.2조 원", "1200000000000", .money(.krw)),
        ("1조 2,340억 원", "1234000000000", .money(.krw)),
        ("0.5달러", "0.5", .money(.usd)),
        ("△66만 달러", "-660000", .money(.usd)),
        ("−934만 달러", "-9340000", .money(.usd)),
        ("+66만 달러", "660000", .money(.usd)),
        ("1만 4,500명", "14500", .count(noun: "명")),
        ("14,500명", "14500", .count(noun: "명")),
        ("$9.34M", "9340000", .money(.usd)),
        ("₩3.25B", "3250000000", .money(.krw)),
        ("US$10,000,000", "10000000", .money(.usd)),
        ("666.7%", "666.7", .percent),
        ("+3.2%p", "3.2", .percentPoint),
        ("1,000만", "10000000", .other("")),
        ("1억 2천만 달러", "120000000", .money(.usd)),
        ("5천 원", "5000", .money(.krw)),
    ]

    @Test(arguments: cases)
    func parses(_ c: (text: String, value: String, quantity: Quantity)) throws {
        let p = try KoreanAmountParser.parse(c.text)
        #expect(p.value == ExactDecimal(c.value)!)
        #expect(p.quantity == c.quantity)
    }

    @Test(arguments: ["", "만 달러", "5,000만 32억 원", "12a만 원", "$5 원", "10 달러 남짓"])
    func rejects(_ text: String) {
        #expect(throws: KoreanAmountParser.Failure.self) { try KoreanAmountParser.parse(text) }
    }

    @Test func reportsWhereReadingStopped() {
        #expect(throws: KoreanAmountParser.Failure.unexpected(text: "5,000만 32억 원", offset: 7)) {
            try KoreanAmountParser.parse("5,000만 32억 원")
        }
    }

    /// Formatting then parsing gives the value rounded to the shown precision.
    @Test(arguments: [41, 42, 43, 44, 45, 46] as [UInt64])
    func formatThenParseRoundTrips(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let styles: [FormatOptions] = [FormatOptions(), FormatOptions(koreanAmountStyle: .split), FormatOptions(scale: .auto)]
        for _ in 0..<300 {
            let digits = Int.random(in: 1...15, using: &rng)
            var sig: Int128 = 0
            for _ in 0..<digits { sig = sig * 10 + Int128(Int.random(in: 0...9, using: &rng)) }
            if Bool.random(using: &rng) { sig = -sig }
            let v = ExactDecimal(significand: sig, exponent: Int.random(in: -2...0, using: &rng))
            let unit = [Fixture.won, Fixture.usd, Fixture.manUSD, Fixture.eokWon].randomElement(using: &rng)!
            let a = Amount(v, unit)
            let options = styles.randomElement(using: &rng)!
            let text = FigureFormatter(locale: .ko, options: options).amount(a)
            let parsed = try KoreanAmountParser.parse(text)
            #expect(parsed.quantity == unit.quantity, "\(text)")
            // The shown precision: the place value of the text's last digit.
            let shownScale = Self.placeOfLastDigit(text)
            #expect(parsed.value == a.baseValue.rounded(toScale: shownScale), "\(a.baseValue) → \(text)")
        }
    }

    /// `32.5억` → −7 (hundred-millions × 0.1); `1,000만` → −4; `0.5달러` → 1.
    static func placeOfLastDigit(_ text: String) -> Int {
        let powers: [Character: Int] = ["조": 12, "억": 8, "만": 4]
        var lastGroupPower = 0, fraction = 0, inFraction = false, sawGroup = false
        for ch in text {
            if ch.isNumber { if inFraction { fraction += 1 }; sawGroup = true; continue }
            if ch == "." { inFraction = true; fraction = 0; continue }
            if ch == "," { continue }
            if sawGroup {
                lastGroupPower = powers[ch] ?? 0
                if powers[ch] == nil { break }
                sawGroup = false
                inFraction = false
                if fraction > 0 { lastGroupPower -= fraction; fraction = 0; break }
            }
        }
        return -(lastGroupPower - fraction)
    }
}

@Suite struct FormatShareTextTests {
    @Test func sharesAsTableText() {
        let thirds = [Ratio(1, 3)!, Ratio(1, 3)!, Ratio(1, 3)!]
        let ko = FigureFormatter(locale: .ko)
        let plain = ko.shares(thirds)
        #expect(plain == ShareTexts(parts: ["33.3%", "33.3%", "33.3%"], total: "100.0%",
                                    footnote: "※ 반올림으로 합계가 일치하지 않을 수 있음"))
        let lr = ko.shares(thirds, method: .largestRemainder)
        #expect(lr == ShareTexts(parts: ["33.4%", "33.3%", "33.3%"], total: "100.0%", footnote: nil))
        #expect(FigureFormatter(locale: .en).shares([Ratio(1, 2)!, Ratio(1, 2)!], precision: .digits(0)).parts == ["50%", "50%"])
    }
}
