/// One sheet as `xl/workbook.xml` lists it.
public struct SheetInfo: Sendable, Equatable {
    public var name: String
    public var visible: Bool
    /// The part holding its cells, through `xl/_rels/workbook.xml.rels`.
    var part: String
}

/// What the small parts of a workbook say: its sheets, its date system, its
/// shared strings and each cell style's number format.
struct WorkbookParts {
    var sheets: [SheetInfo] = []
    /// `<workbookPr date1904="1">`: serial 0 is 1904-01-01 (old Mac Excel), not 1899-12-31.
    var date1904 = false
    var sharedStrings = SharedStrings()
    /// Each `cellXfs` entry's number format, by the cell's `s` index.
    var styleFormats: [NumberFormat] = []

    init(_ zip: ZipArchive) throws(WorkbookError) {
        let rels = try Self.relationships(zip)
        var x = XMLScanner(try zip.read("xl/workbook.xml"), part: "xl/workbook.xml")
        while let e = try x.next() {
            guard case .start(let tag) = e else { continue }
            switch tag.name {
            case "workbookPr":
                let v = tag.attribute("date1904")
                date1904 = v == "1" || v == "true"
            case "sheet":
                guard let name = tag.attribute("name"), let id = tag.attribute("id"), let target = rels[id] else { continue }
                let state = tag.attribute("state") ?? "visible"
                sheets.append(SheetInfo(name: name, visible: state == "visible", part: target))
            default: break
            }
        }
        if zip.contains("xl/sharedStrings.xml") { sharedStrings = try SharedStrings(zip.scanner("xl/sharedStrings.xml")) }
        if zip.contains("xl/styles.xml") { styleFormats = try Self.styles(zip.read("xl/styles.xml")) }
    }

    /// `rId3` → `xl/worksheets/sheet1.xml`; targets are relative to `xl/` unless absolute.
    static func relationships(_ zip: ZipArchive) throws(WorkbookError) -> [String: String] {
        let part = "xl/_rels/workbook.xml.rels"
        var x = XMLScanner(try zip.read(part), part: part)
        var out: [String: String] = [:]
        while let e = try x.next() {
            guard case .start(let tag) = e, tag.name == "Relationship", let id = tag.attribute("Id"),
                  let target = tag.attribute("Target") else { continue }
            out[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return out
    }

    /// `cellXfs` in order, each resolved to its number format (custom `numFmts` by id, or built-in).
    static func styles(_ bytes: [UInt8]) throws(WorkbookError) -> [NumberFormat] {
        var x = XMLScanner(bytes, part: "xl/styles.xml")
        var custom: [Int: String] = [:]
        var formats: [NumberFormat] = []
        var inCellXfs = false
        while let e = try x.next() {
            switch e {
            case .start(let tag) where tag.name == "numFmt":
                if let id = tag.attribute("numFmtId").flatMap({ Int($0) }), let code = tag.attribute("formatCode") { custom[id] = code }
            case .start(let tag) where tag.name == "cellXfs":
                inCellXfs = !tag.selfClosing
            case .end("cellXfs"):
                inCellXfs = false
            case .start(let tag) where tag.name == "xf" && inCellXfs:
                let id = tag.attribute("numFmtId").flatMap { Int($0) } ?? 0
                formats.append(NumberFormat(id: id, code: custom[id]))
            default: break
            }
        }
        return formats
    }
}
