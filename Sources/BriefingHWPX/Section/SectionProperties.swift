import BriefingLayout

/// The section's page setup (`hp:secPr`), written into the first run of the
/// first paragraph as 한글 does: A4 in the page's orientation with the PDF's
/// margins, and the page number `- 1 -` centred at the foot of every page
/// (`hp:pageNum` with `-` on each side, 한글's own 쪽 번호 — it counts pages
/// 한글 lays out, which a typed number could not).
///
/// 한글 puts the footer inside the bottom margin, so the PDF's bottom margin
/// (where its page number sits) is split: half footer, half margin below it.
struct SectionProperties {
    let page: PageStyle

    func xml() -> String {
        let paper = PageStyle(orientation: .portrait).size
        let m = page.margins
        let footer = HWPUnit(points: m.bottom / 2)
        let pagePr = XML.element("hp:pagePr", [
            // 한글's names: WIDELY is portrait (세로), NARROWLY landscape (가로); the paper stays 210 × 297.
            "landscape": page.orientation == .portrait ? "WIDELY" : "NARROWLY",
            "width": HWPUnit(points: paper.width).text, "height": HWPUnit(points: paper.height).text, "gutterType": "LEFT_ONLY",
        ], content: XML.element("hp:margin", [
            "header": "0", "footer": footer.text, "gutter": "0",
            "left": HWPUnit(points: m.left).text, "right": HWPUnit(points: m.right).text,
            "top": HWPUnit(points: m.top).text, "bottom": (HWPUnit(points: m.bottom) - footer).text,
        ]))
        let secPr = XML.element("hp:secPr", [
            "id": "", "textDirection": "HORIZONTAL", "spaceColumns": "1134", "tabStop": "8000", "tabStopVal": "4000",
            "tabStopUnit": "HWPUNIT", "outlineShapeIDRef": "0", "memoShapeIDRef": "0", "textVerticalWidthHead": "0",
            "masterPageCnt": "0",
        ], content: XML.element("hp:grid", ["lineGrid": "0", "charGrid": "0", "wonggojiFormat": "0"])
            + XML.element("hp:startNum", ["pageStartsOn": "BOTH", "page": "0", "pic": "0", "tbl": "0", "equation": "0"])
            + XML.element("hp:visibility", ["hideFirstHeader": "0", "hideFirstFooter": "0", "hideFirstMasterPage": "0",
                                            "border": "SHOW_ALL", "fill": "SHOW_ALL", "hideFirstPageNum": "0",
                                            "hideFirstEmptyLine": "0", "showLineNumber": "0"])
            + XML.element("hp:lineNumberShape", ["restartType": "0", "countBy": "0", "distance": "0", "startNumber": "0"])
            + pagePr + notes() + pageBorders())
        let columns = XML.element("hp:ctrl", content: XML.element("hp:colPr", [
            "id": "", "type": "NEWSPAPER", "layout": "LEFT", "colCount": "1", "sameSz": "1", "sameGap": "0"]))
        let pageNumber = XML.element("hp:ctrl", content: XML.element("hp:pageNum", [
            "pos": "BOTTOM_CENTER", "formatType": "DIGIT", "sideChar": "-"]))
        return secPr + columns + pageNumber
    }

    func notes() -> String {
        func pr(_ name: String, place: String, length: String, betweenNotes: String) -> String {
            XML.element(name, content: XML.element("hp:autoNumFormat", ["type": "DIGIT", "userChar": "", "prefixChar": "",
                                                                         "suffixChar": ")", "supscript": "0"])
                + XML.element("hp:noteLine", ["length": length, "type": "SOLID", "width": "0.12 mm", "color": "#000000"])
                + XML.element("hp:noteSpacing", ["betweenNotes": betweenNotes, "belowLine": "567", "aboveLine": "850"])
                + XML.element("hp:numbering", ["type": "CONTINUOUS", "newNum": "1"])
                + XML.element("hp:placement", ["place": place, "beneathText": "0"]))
        }
        return pr("hp:footNotePr", place: "EACH_COLUMN", length: "-1", betweenNotes: "283")
            + pr("hp:endNotePr", place: "END_OF_DOCUMENT", length: "14692344", betweenNotes: "0")
    }

    func pageBorders() -> String {
        ["BOTH", "EVEN", "ODD"].map { type in
            XML.element("hp:pageBorderFill", ["type": type, "borderFillIDRef": BorderFill.none.id, "textBorder": "PAPER",
                                              "headerInside": "0", "footerInside": "0", "fillArea": "PAPER"],
                        content: XML.element("hp:offset", ["left": "1417", "right": "1417", "top": "1417", "bottom": "1417"]))
        }.joined()
    }
}
