import BriefingCore
import BriefingTestSupport

/// libFuzzer entry point for workbooks, which arrive from other people's PCs.
/// The first byte picks what the rest is:
/// - even: a whole file, read as `inspect` reads it (container checks, ZIP
///   directory, inflate, every part);
/// - odd: one part's XML, packed with fixed, valid other parts into a stored
///   (uncompressed) ZIP, so the mutations reach the XML scanner and the cell
///   model instead of dying in DEFLATE: bits 1–2 say which part (the sheet,
///   the shared strings, the styles, the workbook list).
/// A result is printed as `inspect` prints it; an error as the CLI shows it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let mode = input.first else { return 0 }
    let rest = Array(input.dropFirst())
    let file = mode & 1 == 0 ? rest : FuzzParts.workbook(replacing: Int(mode >> 1 & 3), with: rest)
    do {
        let book = try Workbook(bytes: file, file: "fuzz.xlsx")
        _ = try? book.overview()
        for sheet in book.sheets {
            let result = try WorkbookImporter.read(book: book, sheet: sheet)
            _ = InspectionReport.text(result)
            InspectionReport.writeJSON(result) { _ = $0 }
        }
    } catch {
        _ = error.description
    }
    return 0
}

/// A minimal workbook, one part replaced by the fuzzer's bytes.
enum FuzzParts {
    static let parts: [(name: String, text: String)] = [
        ("xl/worksheets/sheet1.xml", """
        <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>금액(만달러)</t></is></c></row>\
        <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45383</v></c></row>\
        <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="2"><v>0.071</v></c></row></sheetData>\
        <mergeCells count="0"/></worksheet>
        """),
        ("xl/sharedStrings.xml", "<sst><si><t>지역</t></si><si><r><t>미</t></r><r><t>국</t></r></si></sst>"),
        ("xl/styles.xml", """
        <styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;년&quot; m&quot;월&quot;"/></numFmts>\
        <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>
        """),
        ("xl/workbook.xml", "<workbook><workbookPr/><sheets><sheet name=\"실적\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", """
        <Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/></Relationships>
        """),
    ]

    static func workbook(replacing index: Int, with part: [UInt8]) -> [UInt8] {
        StoredZip.archive(parts.enumerated().map { i, p in (p.name, i == index ? part : Array(p.text.utf8)) })
    }
}
