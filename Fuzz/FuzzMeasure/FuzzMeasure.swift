import BriefingReport

/// libFuzzer entry point: a measure's text (`sum(missions.실계약 where 연도 =
/// 2024)`) → `MeasureExpression`, with its syntax error shown as the
/// template reader shows it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMeasure(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try MeasureExpressionParser.parse(text)
    } catch {
        _ = String(describing: error)
    }
    return 0
}
