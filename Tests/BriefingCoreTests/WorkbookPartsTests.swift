import Testing
@testable import BriefingCore

/// The small pieces under the workbook reader: serials, number formats, exact number text, references, XML.
@Suite struct WorkbookPartsTests {
    @Test(arguments: [
        (1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"), (45366, "2024-03-15"), (45351, "2024-02-29"),
    ])
    func serials1900(serial: Int, day: String) {
        #expect(ExcelSerial.day(serial, date1904: false)?.description == day)
    }

    @Test func serial60IsTheDayThatNeverWas() {
        #expect(ExcelSerial.day(60, date1904: false) == nil)
        #expect(ExcelSerial.day(0, date1904: true)?.description == "1904-01-01")
        #expect(ExcelSerial.day(43904, date1904: true)?.description == "2024-03-15")
    }

    @Test(arguments: [
        (14, nil, NumberFormat.date), (22, nil, .dateTime), (20, nil, .time), (45, nil, .time), (46, nil, .duration), (33, nil, .time), (9, nil, .percent), (10, nil, .percent),
        (3, nil, .number), (49, nil, .text), (0, nil, .number),
        (164, "yyyy\"년\" m\"월\" d\"일\"", .date), (165, "[$-ko-KR]yyyy.mm.dd", .date), (166, "0.0%", .percent),
        (167, "#,##0", .number), (168, "#,##0\"원\"", .number), (169, "0.0\"%p\"", .number), (170, "[Red]#,##0;[Blue]-#,##0", .number),
        (171, "[h]:mm", .duration), (174, "yyyy-mm-dd hh:mm", .dateTime), (175, "h\"시\" mm\"분\"", .time), (176, "mmm-yy", .date), (172, "\"일자\"0", .number), (173, "General", .number),
    ] as [(Int, String?, NumberFormat)])
    func numberFormats(id: Int, code: String?, expected: NumberFormat) {
        #expect(NumberFormat(id: id, code: code) == expected)
    }

    @Test(arguments: [
        ("0.1", "0.1"), ("14500", "14500"), ("-3.250", "-3.25"), ("1.5E-3", "0.0015"), ("2E+3", "2000"),
        ("1.0000000000000001E-3", "0.001"), ("9.9990000000000006", "9.999"), ("0.99999999999999994", "1"), ("123456789012345678", "123456789012346000"), ("-0", "0"), ("12.", "12"),
    ])
    func exactNumberText(v: String, plain: String) {
        #expect(ExcelNumberText.plain(v) == plain)
    }

    @Test(arguments: [("0.125", "12.5%"), ("-0.0625", "-6.25%"), ("1", "100%"), ("0.001", "0.1%")])
    func percentText(v: String, shown: String) {
        #expect(ExcelNumberText.percent(v) == shown)
    }

    @Test func references() {
        #expect(CellReference.parse("C12")! == (12, 3))
        #expect(CellReference.parse("AA1")! == (1, 27))
        #expect(CellReference.parse("12") == nil)
        #expect(CellReference.columnName(703) == "AAA")
        #expect(CellReference.qualified(sheet: "2024년", row: 12, column: 3) == "2024년!C12")
        #expect(CellReference.qualified(sheet: "My data", row: 1, column: 1) == "'My data'!A1")
    }

    @Test func xmlEntitiesAreDecoded() throws {
        var x = XMLScanner(Array("<t a=\"&quot;1&quot;\">A &amp; B &lt;주&gt; &#44032;&#xAC00;&apos;</t>".utf8), part: "p")
        guard case .start(let tag) = try x.next() else { Issue.record("no start tag"); return }
        #expect(tag.attribute("a") == "\"1\"")
        #expect(try x.text(of: tag) == "A & B <주> 가가'")
    }

    @Test func xmlRefusesDoctypeAndUnknownEntities() {
        var x = XMLScanner(Array("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>".utf8), part: "xl/a.xml")
        #expect(throws: WorkbookError.doctype(part: "xl/a.xml")) { while try x.next() != nil {} }
        var y = XMLScanner(Array("<a>&e;</a>".utf8), part: "xl/a.xml")
        #expect(throws: WorkbookError.malformedXML(part: "xl/a.xml", detail: "the undeclared entity &e;")) {
            while try y.next() != nil {}
        }
    }
}

extension XMLScanner {
    /// The text inside the element whose start tag was just read (nested tags' text joined).
    mutating func text(of tag: Tag) throws(WorkbookError) -> String {
        if tag.selfClosing { return "" }
        var depth = 1
        var out = ""
        while let e = try next() {
            switch e {
            case .start(let t) where !t.selfClosing: depth += 1
            case .end: depth -= 1; if depth == 0 { return out }
            case .text(let s): out += s
            default: break
            }
        }
        throw .malformedXML(part: part, detail: "<\(tag.name)> is never closed")
    }
}
