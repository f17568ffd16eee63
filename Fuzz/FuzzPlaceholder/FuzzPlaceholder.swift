import BriefingReport

/// libFuzzer entry point: text with figures (`목표 대비 {achievement |
/// percent:1} 달성`) → `TextTemplate`, with its syntax error shown as the
/// template reader shows it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlaceholder(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try TextTemplate.parse(text)
    } catch {
        _ = String(describing: error)
    }
    return 0
}
