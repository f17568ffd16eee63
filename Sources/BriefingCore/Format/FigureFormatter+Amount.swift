/// Amount rendering: the scale (만/억/조 or M/B/T), the digits, the unit word.
extension FigureFormatter {
    /// An amount's magnitude as text, and its sign after rounding.
    struct Rendered {
        var negative: Bool
        var isZero: Bool
        var body: String
    }

    func render(_ a: Amount, precision: Precision, withUnit: Bool) -> Rendered {
        switch a.unit.quantity {
        case .money(let currency):
            return locale == .ko
                ? koreanMoney(a, currency: currency, precision: precision, withUnit: withUnit)
                : englishMoney(a.baseValue, currency: currency, precision: precision, withSymbol: withUnit)
        case .count(let noun):
            let v = a.baseValue
            let text = count(v.magnitude, noun: withUnit ? noun : "")
            let r = v.rounded(toScale: 2)
            return Rendered(negative: r.isNegative, isZero: r.isZero, body: text)
        case .percent:
            let s = digits(precision)
            let v = a.baseValue.rounded(toScale: s)
            return Rendered(negative: v.isNegative, isZero: v.isZero,
                            body: DecimalText.grouped(v, scale: s) + (withUnit ? "%" : ""))
        case .percentPoint:
            let s = digits(precision)
            let v = a.baseValue.rounded(toScale: s)
            return Rendered(negative: v.isNegative, isZero: v.isZero,
                            body: DecimalText.grouped(v, scale: s) + (withUnit ? (locale == .ko ? "%p" : " pp") : ""))
        case .other(let name):
            // Plain numbers keep the column's own scale (a `(톤)` or `(천톤)` column).
            let v = a.value
            let text: String, r: ExactDecimal
            switch precision {
            case .auto: (text, r) = (DecimalText.groupedTrimmed(v, maxScale: 2), v.rounded(toScale: 2))
            case .digits(let n): (text, r) = (DecimalText.grouped(v, scale: n), v.rounded(toScale: Swift.max(0, n)))
            }
            let unitText = a.unit.written.isEmpty ? name : a.unit.written
            return Rendered(negative: r.isNegative, isZero: r.isZero,
                            body: withUnit && !unitText.isEmpty ? text + " " + unitText : text)
        }
    }

    /// `1,000만 달러`, `32.5억 원`, `32억 5,000만 원` (split), `0.5달러`.
    func koreanMoney(_ a: Amount, currency: Currency, precision: Precision, withUnit: Bool) -> Rendered {
        let base = a.baseValue
        let word = currency == .usd ? "달러" : "원"
        var power: Int
        switch options.scale {
        case .fixed(let p): power = p
        case .auto: power = KoreanMyriad.power(of: base)
        case .followUnit:
            let floor = [4, 8, 12].contains(a.unit.powerOfTen) ? a.unit.powerOfTen : 0
            power = Swift.max(floor, KoreanMyriad.power(of: base))
        }

        func number(in power: Int) -> (text: String, rounded: ExactDecimal) {
            let v = base.shifted(by: -power)
            switch precision {
            case .digits(let n):
                return (DecimalText.grouped(v, scale: n), v.rounded(toScale: Swift.max(0, n)))
            case .auto:
                // 만: the whole count of 만 from 10만 up (66만, 934만, 1,000만),
                // one decimal below (3.5만); 억/조: one decimal (32.5억, 1.2조);
                // below 만, or less than one of the unit: up to two decimals.
                let m = v.magnitude
                let scale = (power == 0 || m < .one) ? 2 : (power == 4 && m >= ExactDecimal(10) ? 0 : 1)
                return (DecimalText.groupedTrimmed(v, maxScale: scale), v.rounded(toScale: scale))
            }
        }

        var (text, rounded) = number(in: power)
        // 9,999.6만 rounds to 10,000만: say 1억 instead (unless the scale is fixed).
        if case .fixed = options.scale {} else {
            while power < 12, rounded.magnitude >= ExactDecimal(10_000) {
                power = power == 0 ? 4 : power + 4
                (text, rounded) = number(in: power)
            }
        }

        if options.koreanAmountStyle == .split, precision == .auto, power >= 8 {
            let whole = base.magnitude.rounded(toScale: -4)
            text = KoreanMyriad.spelled(whole)
            return Rendered(negative: base.isNegative && !whole.isZero, isZero: whole.isZero,
                            body: withUnit ? text + " " + word : text)
        }
        let myriad = KoreanMyriad.name(power)
        var body = text + myriad
        if withUnit { body += myriad.isEmpty ? word : " " + word }
        return Rendered(negative: rounded.isNegative, isZero: rounded.isZero, body: body)
    }

    /// `$10.0M`, `$9.34M`, `₩3.25B`, `$950,000`, `$0.50`.
    func englishMoney(_ base: ExactDecimal, currency: Currency, precision: Precision, withSymbol: Bool) -> Rendered {
        let symbol = withSymbol ? (currency == .usd ? "$" : "₩") : ""
        let suffixes: [(power: Int, name: String)] = [(12, "T"), (9, "B"), (6, "M")]
        var power = suffixes.first { base.magnitude >= ExactDecimal(significand: 1, exponent: $0.power) }?.power ?? 0

        func number(in power: Int) -> (text: String, rounded: ExactDecimal) {
            let v = base.shifted(by: -power)
            switch precision {
            case .digits(let n):
                return (DecimalText.grouped(v, scale: n), v.rounded(toScale: Swift.max(0, n)))
            case .auto where power == 0:
                let scale = v.normalized.exponent >= 0 ? 0 : 2
                return (DecimalText.grouped(v, scale: scale), v.rounded(toScale: scale))
            case .auto:
                // Three significant digits; recount once if rounding adds a digit (9.995 → 10.0).
                var scale = Swift.max(0, 3 - DecimalText.integerDigits(v))
                var r = v.rounded(toScale: scale)
                let again = Swift.max(0, 3 - DecimalText.integerDigits(r))
                if again < scale { scale = again; r = v.rounded(toScale: scale) }
                return (DecimalText.grouped(r, scale: scale), r)
            }
        }

        var (text, rounded) = number(in: power)
        while power < 12, power > 0 || precision == .auto, rounded.magnitude >= ExactDecimal(power == 0 ? 1_000_000 : 1000) {
            power = power == 0 ? 6 : power + 3
            (text, rounded) = number(in: power)
        }
        let name = suffixes.first { $0.power == power }?.name ?? ""
        return Rendered(negative: rounded.isNegative, isZero: rounded.isZero, body: symbol + text + name)
    }
}
