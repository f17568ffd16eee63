import BriefingLayout

/// `Contents/header.xml`: the fonts, character shapes, paragraph shapes,
/// borders and fills and the one style (바탕글) the section refers to by id.
/// Everything comes from the page style, so the HWPX and the PDF share
/// fonts, sizes and colours; the shapes are the same for every briefing
/// (ids are enum cases), which keeps the ids stable from run to run.
struct HeaderPart {
    let page: PageStyle

    static let languages = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]

    func xml() -> String {
        let refList = fontfaces() + borderFills() + charProperties() + tabProperties() + paraProperties() + styles()
        let head = XML.element("hh:beginNum", ["page": "1", "footnote": "1", "endnote": "1", "pic": "1", "tbl": "1", "equation": "1"])
            + XML.element("hh:refList", content: refList)
            + XML.element("hh:compatibleDocument", ["targetProgram": "HWP201X"], content: XML.element("hh:layoutCompatibility"))
            + XML.element("hh:docOption", content: XML.element("hh:linkinfo", ["path": "", "pageInherit": "0", "footnoteInherit": "0"]))
        return XML.declaration + XML.element("hh:head", Namespaces.attributes + [("version", "1.5"), ("secCnt", "1")], content: head)
    }

    func fontfaces() -> String {
        let fonts = FontFace.allCases.map { face in
            XML.element("hh:font", ["id": String(face.rawValue), "face": face.family(page.fonts), "type": "TTF", "isEmbedded": "0"],
                        content: XML.element("hh:substFont", ["face": face.substitute, "type": "TTF", "isEmbedded": "0",
                                                              "binaryItemIDRef": ""])
                            + XML.element("hh:typeInfo", ["familyType": face.familyType, "weight": "6", "proportion": "4",
                                                          "contrast": "0", "strokeVariation": "1", "armStyle": "1",
                                                          "letterform": "1", "midline": "1", "xHeight": "1"]))
        }.joined()
        let faces = Self.languages.map { lang in
            XML.element("hh:fontface", ["lang": lang, "fontCnt": String(FontFace.allCases.count)], content: fonts)
        }.joined()
        return XML.element("hh:fontfaces", ["itemCnt": String(Self.languages.count)], content: faces)
    }

    func borderFills() -> String {
        let items = BorderFill.allCases.map { b -> String in
            let (l, r, t, bottom) = b.sides(page.palette)
            func side(_ name: String, _ s: BorderFill.Side) -> String {
                XML.element(name, ["type": s.width == nil ? "NONE" : "SOLID", "width": s.width ?? "0.1 mm",
                                   "color": s.color.hex.uppercased()])
            }
            var content = XML.element("hh:slash", ["type": "NONE", "Crooked": "0", "isCounter": "0"])
                + XML.element("hh:backSlash", ["type": "NONE", "Crooked": "0", "isCounter": "0"])
                + side("hh:leftBorder", l) + side("hh:rightBorder", r) + side("hh:topBorder", t) + side("hh:bottomBorder", bottom)
                + XML.element("hh:diagonal", ["type": "NONE", "width": "0.1 mm", "color": "#000000"])
            if let fill = b.fill(page.palette) {
                content += XML.element("hc:fillBrush", content: XML.element("hc:winBrush", [
                    "faceColor": fill.hex.uppercased(), "hatchColor": "#000000", "alpha": "0"]))
            }
            return XML.element("hh:borderFill", ["id": b.id, "threeD": "0", "shadow": "0", "centerLine": "NONE",
                                                 "breakCellSeparateLine": "0"], content: content)
        }
        return XML.element("hh:borderFills", ["itemCnt": String(items.count)], content: items.joined())
    }

    func charProperties() -> String {
        let items = CharShape.allCases.map { c -> String in
            let font = c.font(page)
            let face = String(FontFace.of(font, in: page.fonts).rawValue)
            func perLanguage(_ name: String, _ v: String) -> String {
                XML.element(name, ["hangul": v, "latin": v, "hanja": v, "japanese": v, "other": v, "symbol": v, "user": v])
            }
            var content = perLanguage("hh:fontRef", face) + perLanguage("hh:ratio", "100") + perLanguage("hh:spacing", "0")
                + perLanguage("hh:relSz", "100") + perLanguage("hh:offset", "0")
            if font.weight >= .bold { content += XML.element("hh:bold") }
            content += XML.element("hh:underline", ["type": "NONE", "shape": "SOLID", "color": "#000000"])
                + XML.element("hh:strikeout", ["shape": "NONE", "color": "#000000"])
                + XML.element("hh:outline", ["type": "NONE"])
                + XML.element("hh:shadow", ["type": "NONE", "color": "#C0C0C0", "offsetX": "10", "offsetY": "10"])
            return XML.element("hh:charPr", ["id": c.id, "height": HWPUnit(points: font.size).text,
                                             "textColor": c.color(page).hex.uppercased(), "shadeColor": "none",
                                             "useFontSpace": "0", "useKerning": "0", "symMark": "NONE",
                                             "borderFillIDRef": BorderFill.none.id], content: content)
        }
        return XML.element("hh:charProperties", ["itemCnt": String(items.count)], content: items.joined())
    }

    func tabProperties() -> String {
        XML.element("hh:tabProperties", ["itemCnt": "1"],
                    content: XML.element("hh:tabPr", ["id": "0", "autoTabLeft": "0", "autoTabRight": "0"]))
    }

    func paraProperties() -> String {
        let items = ParaShape.allCases.map(paraPr)
        return XML.element("hh:paraProperties", ["itemCnt": String(items.count)], content: items.joined())
    }

    /// Margins are written as 한글 writes them: in HWPUNIT for readers that
    /// know the 2016 unit namespace, doubled for older ones (`hp:switch`).
    func paraPr(_ s: ParaShape) -> String {
        let (left, firstLine) = s.indents(page)
        func margin(scale: Int) -> String {
            func v(_ name: String, _ points: Double) -> String {
                XML.element(name, ["value": String(HWPUnit(points: points).value * scale), "unit": "HWPUNIT"])
            }
            return XML.element("hh:margin", content: v("hc:intent", firstLine) + v("hc:left", left) + v("hc:right", 0)
                               + v("hc:prev", s.spaceBefore(page)) + v("hc:next", 0))
                + XML.element("hh:lineSpacing", ["type": "PERCENT", "value": String(s.lineSpacing(page)), "unit": "HWPUNIT"])
        }
        let content = XML.element("hh:align", ["horizontal": s.alignment.rawValue, "vertical": "BASELINE"])
            + XML.element("hh:heading", ["type": "NONE", "idRef": "0", "level": "0"])
            + XML.element("hh:breakSetting", ["breakLatinWord": "KEEP_WORD", "breakNonLatinWord": "KEEP_WORD",
                                              "widowOrphan": "0", "keepWithNext": s.keepWithNext ? "1" : "0",
                                              "keepLines": "0", "pageBreakBefore": "0", "lineWrap": "BREAK"])
            + XML.element("hh:autoSpacing", ["eAsianEng": "0", "eAsianNum": "0"])
            + XML.element("hp:switch", content: XML.element("hp:case", ["hp:required-namespace": Namespaces.unitChar],
                                                              content: margin(scale: 1))
                          + XML.element("hp:default", content: margin(scale: 2)))
            + XML.element("hh:border", ["borderFillIDRef": BorderFill.none.id, "offsetLeft": "0", "offsetRight": "0",
                                        "offsetTop": "0", "offsetBottom": "0", "connect": "0", "ignoreMargin": "0"])
        return XML.element("hh:paraPr", ["id": s.id, "tabPrIDRef": "0", "condense": "0", "fontLineHeight": "0",
                                         "snapToGrid": "0", "suppressLineNumbers": "0", "checked": "0", "textDir": "LTR"],
                           content: content)
    }

    func styles() -> String {
        let normal = XML.element("hh:style", ["id": "0", "type": "PARA", "name": "바탕글", "engName": "Normal",
                                              "paraPrIDRef": ParaShape.body.id, "charPrIDRef": CharShape.body.id,
                                              "nextStyleIDRef": "0", "langID": "1042", "lockForm": "0"])
        return XML.element("hh:styles", ["itemCnt": "1"], content: normal)
    }
}
