import BriefingCore

/// libFuzzer entry point: bytes → `Table`, as `briefing inspect` reads a file
/// someone sent. Each input is read twice:
/// - as it is, so detection picks the path (UTF-8 with or without a BOM,
///   CP949 when it is not UTF-8, UTF-16 by its BOM; comma, tab or semicolon);
/// - with options taken from its first byte (a forced encoding, delimiter,
///   header rows, `--ragged`) over the rest, so forced paths are reached too.
///
/// A result is printed the way `inspect` prints it (text and JSON) and an
/// error the way the CLI shows it (with the caret line): a crash there is a
/// crash on the user's input as much as one in the reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    read(bytes, options: ImportOptions())
    if let first = bytes.first {
        read(Array(bytes.dropFirst()), options: options(from: first))
    }
    return 0
}

/// Bits 0–1 the encoding (detect, UTF-8, CP949, UTF-16), 2–3 the header rows
/// (detect, 1, 2), 4 `--ragged`, 5–6 the delimiter (detect, `,`, tab, `;`).
func options(from byte: UInt8) -> ImportOptions {
    let encodings: [TextEncoding?] = [nil, .utf8, .cp949, .utf16]
    let headerRows: [Int?] = [nil, 1, 2, nil]
    let delimiters: [UInt8?] = [nil, 0x2C, 0x09, 0x3B]
    return ImportOptions(encoding: encodings[Int(byte & 3)], delimiter: delimiters[Int(byte >> 5 & 3)],
                         headerRows: headerRows[Int(byte >> 2 & 3)], allowRagged: byte & 0x10 != 0, maxProblems: 5)
}

func read(_ bytes: [UInt8], options: ImportOptions) {
    do {
        let result = try CSVImporter.read(bytes: bytes, name: "fuzz.csv", options: options)
        _ = InspectionReport.text(result)
        InspectionReport.writeJSON(result) { _ = $0 }
    } catch {
        _ = error.description
    }
    do {
        _ = try CSVImporter.records(bytes: bytes, name: "fuzz.csv", options: options)
    } catch {
        _ = error.description
    }
}
