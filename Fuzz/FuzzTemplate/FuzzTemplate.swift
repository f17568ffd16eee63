import BriefingReport

/// libFuzzer entry point: YAML text → `Template`, as `briefing check` reads a
/// template someone edited by hand. An error is rendered the way the CLI
/// shows it (`file:line:column:` with the source line and a caret).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try TemplateReader.parse(text, path: "fuzz.yaml")
    } catch {
        _ = String(describing: error)
    }
    return 0
}
