import BriefingLayout

extension SectionWriter {
    /// A chart as a picture, centred in a paragraph of its own, at the size
    /// the PDF places it (shrunk to the column when wider). The PNG is drawn
    /// at print resolution (`HWPXWriter.pictureScale`); the chart's alt text
    /// is the picture's description (`hp:shapeComment`), which 한글 reads
    /// aloud and shows as the object's 설명.
    mutating func figure(_ scene: Scene, caption: String?, alt: String, width: HWPUnit) throws -> String {
        images.append(try picture(scene))
        let item = "image\(images.count)"
        var w = HWPUnit(points: scene.size.width), h = HWPUnit(points: scene.size.height)
        if w > width {
            h = HWPUnit(Int((Double(h.value) * Double(width.value) / Double(w.value)).rounded()))
            w = width
        }
        let objectID = id()
        func pt(_ name: String, _ x: HWPUnit, _ y: HWPUnit) -> String { XML.element(name, ["x": x.text, "y": y.text]) }
        let identity = ["e1": "1", "e2": "0", "e3": "0", "e4": "0", "e5": "1", "e6": "0"] as KeyValuePairs
        let zero = HWPUnit(0)
        let pic = XML.element("hp:pic", [
            "id": objectID, "zOrder": "0", "numberingType": "PICTURE", "textWrap": "TOP_AND_BOTTOM", "textFlow": "BOTH_SIDES",
            "lock": "0", "dropcapstyle": "None", "href": "", "groupLevel": "0", "instid": objectID, "reverse": "0",
        ], content: XML.element("hp:offset", ["x": "0", "y": "0"])
            + XML.element("hp:orgSz", ["width": w.text, "height": h.text])
            + XML.element("hp:curSz", ["width": w.text, "height": h.text])
            + XML.element("hp:flip", ["horizontal": "0", "vertical": "0"])
            + XML.element("hp:rotationInfo", ["angle": "0", "centerX": String(w.value / 2), "centerY": String(h.value / 2),
                                              "rotateimage": "1"])
            + XML.element("hp:renderingInfo", content: XML.element("hc:transMatrix", identity)
                          + XML.element("hc:scaMatrix", identity) + XML.element("hc:rotMatrix", identity))
            + XML.element("hp:imgRect", content: pt("hc:pt0", zero, zero) + pt("hc:pt1", w, zero)
                          + pt("hc:pt2", w, h) + pt("hc:pt3", zero, h))
            + XML.element("hp:imgClip", ["left": "0", "right": w.text, "top": "0", "bottom": h.text])
            + XML.element("hp:inMargin", ["left": "0", "right": "0", "top": "0", "bottom": "0"])
            + XML.element("hp:imgDim", ["dimwidth": w.text, "dimheight": h.text])
            + XML.element("hc:img", ["binaryItemIDRef": item, "bright": "0", "contrast": "0", "effect": "REAL_PIC", "alpha": "0"])
            + XML.element("hp:effects")
            + XML.element("hp:sz", ["width": w.text, "widthRelTo": "ABSOLUTE", "height": h.text, "heightRelTo": "ABSOLUTE",
                                    "protect": "0"])
            + Self.position(inline: true)
            + XML.element("hp:outMargin", ["left": "0", "right": "0", "top": "0", "bottom": "0"])
            + XML.element("hp:shapeComment", content: XML.escape(alt)))
        var out = paragraph(.figure, Self.objectRun(pic))
        if let caption { out += paragraph(.cellCenter, Self.run(.table, caption)) }
        return out
    }
}
