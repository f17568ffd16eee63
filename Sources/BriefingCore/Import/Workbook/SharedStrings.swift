/// The workbook's shared-string table (`xl/sharedStrings.xml`) as one block
/// of UTF-8 with the end of each string: a cell `t="s"` is an index into it.
/// One allocation however many strings, so a sheet that names 100,000
/// companies costs their bytes, not 100,000 `String`s.
struct SharedStrings {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []

    var count: Int { ends.count }

    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    func string(_ i: Int) -> String { String(decoding: bytes[range(i)], as: UTF8.self) }

    func append(_ i: Int, to out: inout [UInt8]) { out += bytes[range(i)] }

    /// Each `<si>`'s text: a plain `<t>`, or rich-text runs `<r><t>…</t></r>`
    /// joined; phonetic hints (`<rPh>`, furigana) are not part of the text;
    /// `_x000D_` escapes decoded.
    init(_ scanner: XMLScanner) throws(WorkbookError) {
        var x = scanner
        var text: [UInt8] = []
        var inItem = false, inText = false
        while let e = try x.nextRaw() {
            switch e.kind {
            case .start where x.named(e, "si"):
                text.removeAll(keepingCapacity: true)
                if e.selfClosing { ends.append(bytes.count) } else { inItem = true }
            case .start where x.named(e, "t"):
                inText = inItem && !e.selfClosing
            case .start where x.named(e, "rPh"):
                try x.skipRaw(e)
            case .end where x.named(e, "t"):
                inText = false
            case .end where x.named(e, "si"):
                ExcelEscapes.unescape(text, into: &bytes)
                ends.append(bytes.count)
                inItem = false
            case .text where inText:
                if e.cdata { text += x.bytes[e.body] } else { try x.decode(e.body, into: &text) }
            default: break
            }
        }
    }

    init() {}
}
