/// What a file is, by its first bytes rather than its name: a `.xls` renamed
/// `.xlsx` or a DRM-wrapped download must say what it is.
enum ContainerKind: Equatable {
    /// A ZIP holding `xl/workbook.xml`.
    case workbook
    /// Anything else: the caller reads it as CSV text.
    case other

    /// The compound file (CFB, OLE2) signature of Excel 97–2003 and of encrypted OOXML.
    static let cfbSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether the bytes start like a ZIP or a CFB container (worth reading as a workbook).
    static func looksLikeWorkbook(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: cfbSignature) || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// Refuses what is no `.xlsx`: a CFB container (legacy or encrypted), a binary `.xlsb`, no ZIP at all.
    static func check(_ bytes: [UInt8], zip: () throws(WorkbookError) -> ZipArchive) throws(WorkbookError) -> ZipArchive {
        if bytes.starts(with: cfbSignature) { throw isEncrypted(bytes) ? .encrypted : .legacyExcel }
        let archive = try zip()
        if archive.contains("xl/workbook.bin") { throw .binaryWorkbook }
        if !archive.contains("xl/workbook.xml") {
            throw archive.contains("[Content_Types].xml") ? .missingPart("xl/workbook.xml") : .notZip
        }
        return archive
    }

    /// An encrypted OOXML package is a CFB file holding an `EncryptionInfo`
    /// stream; directory entry names are UTF-16LE, so the name is searched
    /// for as such (a legacy workbook has `Workbook` or `Book` instead).
    static func isEncrypted(_ bytes: [UInt8]) -> Bool {
        let name = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard bytes.count >= name.count else { return false }
        var i = 0
        while i + name.count <= bytes.count {
            if bytes[i] == name[0] && bytes[i..<(i + name.count)].elementsEqual(name) { return true }
            i += 1
        }
        return false
    }
}
