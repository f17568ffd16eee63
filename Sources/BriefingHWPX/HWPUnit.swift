import BriefingLayout

/// HWPUNIT, the length unit of OWPML: 1/7200 inch, so one point is 100.
/// Font heights are in the same unit (a 15 pt font has `height="1500"`).
///
/// ```swift
/// HWPUnit(points: 595.28).value   // 59528 — the width of A4
/// HWPUnit(points: mm(20)).value   // 5669
/// ```
struct HWPUnit: Sendable, Hashable, Comparable {
    var value: Int

    init(_ value: Int) { self.value = value }
    init(points: Double) { value = Int((points * 100).rounded()) }

    var text: String { String(value) }

    static func < (a: HWPUnit, b: HWPUnit) -> Bool { a.value < b.value }
    static func + (a: HWPUnit, b: HWPUnit) -> HWPUnit { HWPUnit(a.value + b.value) }
    static func - (a: HWPUnit, b: HWPUnit) -> HWPUnit { HWPUnit(a.value - b.value) }
}
