import BriefingCore

/// libFuzzer entry point: one cell's text → a typed value (numbers with
/// separators and marks, missing marks, percents, Korean dates, periods and
/// ranges — `CellClassifier` and `PeriodGrammar`), and the same text read as a
/// header (`목표(만달러)` → name and unit) and as a `(단위: …)` note.
///
/// The value is displayed as `inspect` displays it, so a value the grammar
/// builds but cannot show (a day out of range, an empty range) fails here.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCell(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (value, _) = CellParser.parse(text)
    _ = InspectionReport.display(value)
    _ = InspectionReport.valueJSON(value)
    _ = HeaderParser.parse(text)
    _ = HeaderParser.unitNote(text)
    return 0
}
