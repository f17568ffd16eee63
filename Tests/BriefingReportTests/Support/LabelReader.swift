import BriefingCore

/// Reads a printed figure back as a reader would: a label (`934`, `12.5억`,
/// `$10.0M`, `△1,250`) with the unit line above it (`(단위: 만 달러)`) gives a
/// value in base units, and the rounding the label could hide. Tests use it
/// to hold every printed number to the cells it came from.
struct ReadFigure: CustomStringConvertible {
    /// The value in base units (달러, 원, 명).
    var value: ExactDecimal
    /// Half of the last printed digit, in base units: how far a correctly
    /// rounded label may be from the true value.
    var tolerance: ExactDecimal
    var text: String

    var description: String { "\(text) = \(value) ± \(tolerance)" }

    /// Whether `truth` (base units) reads as this figure.
    func reads(_ truth: ExactDecimal) -> Bool {
        let d = truth - value
        return d.magnitude <= tolerance
    }
}

enum LabelReader {
    /// The power of ten a unit line (or a label's own unit word) says: `(단위: 만 달러)` → 4,
    /// `(US$ thousands)` → 3, none → 0.
    static func power(ofUnitLine line: String?) -> Int {
        guard let line else { return 0 }
        return UnitLineReader.units(in: line).first?.powerOfTen ?? 0
    }

    /// Every figure in a text: `2024 미국 1,000` → [2024, 1,000]; `325 (32%)` → [325]
    /// (shares are left out: they are not amounts). `unitPower` is the unit line's.
    static func figures(in text: String, unitPower: Int) -> [ReadFigure] {
        var out: [ReadFigure] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            var j = i
            func decimalPoint(_ j: Int) -> Bool { chars[j] == "." && j + 1 < chars.count && chars[j + 1].isNumber }
            while j < chars.count, chars[j].isNumber || chars[j] == "," || decimalPoint(j) {
                j += 1
            }
            let digits = String(chars[i..<j]).filter { $0 != "," }
            var sign = 1
            var k = i - 1
            if k >= 0, chars[k] == "$" || chars[k] == "₩" { k -= 1 }
            if k >= 0, ["−", "-", "△"].contains(chars[k]) { sign = -1 }
            var wordPower = 0
            var end = j
            if j < chars.count {
                switch chars[j] {
                case "만": wordPower = 4; end += 1
                case "억": wordPower = 8; end += 1
                case "조": wordPower = 12; end += 1
                case "K": wordPower = 3; end += 1
                case "M": wordPower = 6; end += 1
                case "B": wordPower = 9; end += 1
                case "T": wordPower = 12; end += 1
                default: break
                }
            }
            let isShare = end < chars.count && (chars[end] == "%")
            if !isShare, let d = ExactDecimal(digits) {
                let decimals = digits.split(separator: ".").dropFirst().first?.count ?? 0
                let p = wordPower + unitPower
                let v = (sign < 0 ? -d : d).shifted(by: p)
                let tol = ExactDecimal(significand: 5, exponent: -decimals - 1).shifted(by: p)
                out.append(ReadFigure(value: v, tolerance: tol, text: String(chars[max(0, i - 1)..<end])))
            }
            i = end
        }
        return out
    }
}
