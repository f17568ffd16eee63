/// Excel's day numbers (serials) as days.
///
/// The 1900 system counts 1900-01-01 as 1 and, copying Lotus 1-2-3, holds a
/// 1900-02-29 that never was: serial 60. So serials from 61 on are one day
/// ahead of a plain count from 1899-12-31 (serial 61 is 1900-03-01). The 1904
/// system (old Mac Excel, `date1904="1"`) counts 1904-01-01 as 0 and has no gap.
///
/// ```
/// ExcelSerial.day(45366, date1904: false)  // 2024-03-15
/// ExcelSerial.day(60, date1904: false)     // nil: 1900-02-29 does not exist
/// ExcelSerial.day(0, date1904: true)       // 1904-01-01
/// ```
enum ExcelSerial {
    /// 1899-12-30 and 1904-01-01 as days after 1970-01-01.
    static let base1900 = Day(year: 1899, month: 12, day: 30)!.ordinal
    static let base1904 = Day(year: 1904, month: 1, day: 1)!.ordinal

    /// The day of a serial's whole part (a time of day is dropped); nil for
    /// serial 60 of the 1900 system and for negative serials.
    static func day(_ serial: Int, date1904: Bool) -> Day? {
        guard serial >= 0 else { return nil }
        if date1904 { return Day(ordinal: base1904 + serial) }
        if serial == 60 { return nil }
        // Before the phantom day, count from 1899-12-31; from 61, from 1899-12-30.
        return Day(ordinal: base1900 + serial + (serial < 60 ? 1 : 0))
    }

    /// The whole part of an exact decimal text such as `45366` or `45366.5`.
    static func wholePart(_ text: [UInt8]) -> Int? {
        let whole = text.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false).first ?? []
        guard whole.count <= 9 else { return nil }
        return Int(String(decoding: whole, as: UTF8.self))
    }
}
