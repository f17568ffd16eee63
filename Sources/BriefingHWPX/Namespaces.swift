/// The namespaces every OWPML part declares on its root, as 한글 writes them
/// (the 2011 URIs; readers match on them, not on the prefixes).
enum Namespaces {
    static let unitChar = "http://www.hancom.co.kr/hwpml/2016/HwpUnitChar"

    static let attributes: [(String, String)] = [
        ("xmlns:ha", "http://www.hancom.co.kr/hwpml/2011/app"),
        ("xmlns:hp", "http://www.hancom.co.kr/hwpml/2011/paragraph"),
        ("xmlns:hp10", "http://www.hancom.co.kr/hwpml/2016/paragraph"),
        ("xmlns:hs", "http://www.hancom.co.kr/hwpml/2011/section"),
        ("xmlns:hc", "http://www.hancom.co.kr/hwpml/2011/core"),
        ("xmlns:hh", "http://www.hancom.co.kr/hwpml/2011/head"),
        ("xmlns:hhs", "http://www.hancom.co.kr/hwpml/2011/history"),
        ("xmlns:hm", "http://www.hancom.co.kr/hwpml/2011/master-page"),
        ("xmlns:hpf", "http://www.hancom.co.kr/schema/2011/hpf"),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:opf", "http://www.idpf.org/2007/opf/"),
        ("xmlns:ooxmlchart", "http://www.hancom.co.kr/hwpml/2016/ooxmlchart"),
        ("xmlns:hwpunitchar", unitChar),
        ("xmlns:epub", "http://www.idpf.org/2007/ops"),
        ("xmlns:config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"),
    ]
}
