import BriefingCore

/// libFuzzer entry point: an upload as `POST /api/inspect` receives it. The
/// input's first line is the Content-Type header's value (its boundary and
/// parameters), the rest the body; every part found is then read as a table
/// the way the server reads the `file` field, so a crash anywhere between
/// the socket and the table is found here.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMultipart(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let newline = bytes.firstIndex(of: 0x0A) ?? bytes.count
    let contentType = String(decoding: bytes[..<newline], as: UTF8.self)
    let body = Array(bytes[min(newline + 1, bytes.count)...])
    _ = MultipartForm.boundary(contentType: contentType)
    guard let form = try? MultipartForm(body: body, contentType: contentType) else { return 0 }
    for part in form.parts {
        _ = part.text
        if part.name == "file" {
            _ = try? TableFile.read(bytes: Array(part.body), name: part.filename ?? "upload.csv",
                                    options: ImportOptions(maxProblems: 5))
        }
    }
    return 0
}
