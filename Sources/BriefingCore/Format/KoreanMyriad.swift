/// Myriad units 만 (10⁴), 억 (10⁸), 조 (10¹²): Korean groups large numbers by
/// four digits, so 14,500 is 1만 4,500 and 3,250,000,000 is 32억 5,000만.
enum KoreanMyriad {
    static let units: [(power: Int, name: String)] = [(12, "조"), (8, "억"), (4, "만")]

    static func name(_ power: Int) -> String {
        units.first { $0.power == power }?.name ?? ""
    }

    /// The largest myriad `|v|` reaches: 3,250,000,000 → 8 (억); 950 → 0.
    static func power(of v: ExactDecimal) -> Int {
        let m = v.magnitude
        return units.first { m >= ExactDecimal(significand: 1, exponent: $0.power) }?.power ?? 0
    }

    /// A whole number spelled in myriads, zero groups left out, each group
    /// with separators: 14500 → `1만 4,500`; 3,250,000,000 → `32억 5,000만`;
    /// 1,234,000,000,000 → `1조 2,340억`. `v` must be a non-negative integer.
    static func spelled(_ v: ExactDecimal) -> String {
        let n = v.magnitude.rounded(toScale: 0).significand
        if n == 0 { return "0" }
        // 조 is the largest unit: its count may itself run past 10⁴ (1,234조).
        let jo = n / Int128.powerOfTen(12)
        var rest = n % Int128.powerOfTen(12)
        var parts: [String] = []
        if jo > 0 { parts.append(DecimalText.grouped(ExactDecimal(significand: jo), scale: 0) + "조") }
        for (power, name) in [(8, "억"), (4, "만"), (0, "")] {
            let group = rest / Int128.powerOfTen(power)
            rest %= Int128.powerOfTen(power)
            if group > 0 { parts.append(DecimalText.grouped(ExactDecimal(significand: group), scale: 0) + name) }
        }
        return parts.joined(separator: " ")
    }
}
