/// The small fixed parts of an HWPX package (OWPML, KS X 6101): the
/// version, the container that names the root file, the OPF package with
/// the metadata and the manifest of every part, and the application
/// settings. Written as 한글 writes them, so 한글 and python-hwpx open them.
enum PackageParts {
    static let mimetype = "application/hwp+zip"

    static let version = XML.declaration + XML.element("hv:HCFVersion", [
        "xmlns:hv": "http://www.hancom.co.kr/hwpml/2011/version", "tagetApplication": "WORDPROCESSOR",
        "major": "5", "minor": "1", "micro": "1", "buildNumber": "0", "os": "1", "xmlVersion": "1.5",
        "application": "briefing", "appVersion": "0.1.0",
    ])

    static let container = XML.declaration + XML.element("ocf:container", [
        "xmlns:ocf": "urn:oasis:names:tc:opendocument:xmlns:container", "xmlns:hpf": "http://www.hancom.co.kr/schema/2011/hpf",
    ], content: XML.element("ocf:rootfiles", content:
        XML.element("ocf:rootfile", ["full-path": "Contents/content.hpf", "media-type": "application/hwpml-package+xml"])
        + XML.element("ocf:rootfile", ["full-path": "Preview/PrvText.txt", "media-type": "text/plain"])))

    static let manifest = XML.declaration
        + XML.element("odf:manifest", ["xmlns:odf": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"])

    static let settings = XML.declaration + XML.element("ha:HWPApplicationSetting", [
        "xmlns:ha": "http://www.hancom.co.kr/hwpml/2011/app", "xmlns:config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    ], content: XML.element("ha:CaretPosition", ["listIDRef": "0", "paraIDRef": "0", "pos": "0"]))

    /// `Contents/content.hpf`: metadata, every part with its media type, and
    /// the reading order (header, then the section). `images` are the
    /// BinData items (`image1` … ).
    static func content(_ m: HWPXMetadata, images: Int) -> String {
        func meta(_ name: String, _ value: String) -> String {
            XML.element("opf:meta", ["name": name, "content": "text"], content: XML.escape(value))
        }
        let metadata = XML.element("opf:title", content: XML.escape(m.title))
            + XML.element("opf:language", content: XML.escape(m.language))
            + meta("creator", m.department) + meta("subject", m.title) + meta("description", "")
            + meta("lastsaveby", m.department) + meta("date", m.date) + meta("keyword", "")
        var items = XML.element("opf:item", ["id": "header", "href": "Contents/header.xml", "media-type": "application/xml"])
            + XML.element("opf:item", ["id": "section0", "href": "Contents/section0.xml", "media-type": "application/xml"])
            + XML.element("opf:item", ["id": "settings", "href": "settings.xml", "media-type": "application/xml"])
        for n in stride(from: 1, through: images, by: 1) {
            items += XML.element("opf:item", ["id": "image\(n)", "href": "BinData/image\(n).png", "media-type": "image/png",
                                              "isEmbeded": "1"])
        }
        let spine = XML.element("opf:itemref", ["idref": "header", "linear": "yes"])
            + XML.element("opf:itemref", ["idref": "section0", "linear": "yes"])
        return XML.declaration + XML.element("opf:package", Namespaces.attributes + [
            ("version", ""), ("unique-identifier", ""), ("id", ""),
        ], content: XML.element("opf:metadata", content: metadata) + XML.element("opf:manifest", content: items)
            + XML.element("opf:spine", content: spine))
    }
}
