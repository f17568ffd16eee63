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
        var n = v.rounded(toScale: 0).significand
        var parts: [String] = []
        let base: Int128 = 10_000
        var groups: [Int128] = []
        while n > 0 { groups.append(n % base); n /= base }
        if groups.isEmpty { return "0" }
        for i in stride(from: groups.count - 1, through: 0, by: -1) where groups[i] != 0 {
            let digits = DecimalText.grouped(ExactDecimal(significand: groups[i]), scale: 0)
            // Above 조, the count of 조 itself is spelled out with separators.
            let unit = i == 0 ? "" : (i <= 3 ? name(i * 4) : "")
            parts.append(digits + unit)
        }
        return parts.joined(separator: " ")
    }
}
