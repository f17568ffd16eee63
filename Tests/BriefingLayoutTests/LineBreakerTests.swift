import Testing
@testable import BriefingLayout

@Suite("Korean line breaking between words (keep-all)")
struct LineBreakerTests {
    let breaker = LineBreaker(measurer: ApproximateTextMeasurer())
    let font = FontSpec(family: "NanumGothic", size: 10)

    @Test("breaks only at spaces when every word fits")
    func breaksBetweenWords() {
        // Each Hangul syllable is 10 pt here, a space 3 pt.
        let lines = breaker.lines("광융합 기업 수출 계약 달성", font: font, width: 80)
        #expect(lines == ["광융합 기업 수출", "계약 달성"])
        for line in lines { #expect(!line.hasPrefix(" ") && !line.hasSuffix(" ")) }
    }

    @Test("a number with its unit stays whole")
    func numbersStayWhole() {
        let lines = breaker.lines("총 1,000만 달러", font: font, width: 50)
        #expect(lines.contains("1,000만"))
    }

    @Test("a word wider than the line is broken inside, and only then")
    func longWordBreaks() {
        let lines = breaker.lines("가나다라마바사아자차", font: font, width: 35)
        #expect(lines == ["가나다", "라마바", "사아자", "차"])
    }

    @Test("explicit newlines always break; blank lines survive")
    func newlines() {
        #expect(breaker.lines("첫째\n\n둘째", font: font, width: 500) == ["첫째", "", "둘째"])
    }
}
