import BriefingCore
import BriefingLayout

extension PageStyle {
    /// The Korean-report defaults, with what the template's `style:` changes,
    /// and the page's own words (붙임, 단위) in `locale`. Pure: a test reads
    /// it without a font or a renderer.
    ///
    /// ```swift
    /// // style: {body-size: 13, margins: {left: 25}}
    /// let page = PageStyle.briefing(document, locale: .ko)
    /// page.bodyFont.size       // 13, and the headline one point larger: 14
    /// page.margins.left        // 70.87 (25 mm in points)
    /// ```
    static func briefing(_ d: DocumentSpec, locale: ReportLocale) -> PageStyle {
        let st = d.style
        let defaults = FontFamilies.nanum
        let fonts = FontFamilies(gothic: st.gothic ?? defaults.gothic, myeongjo: st.myeongjo ?? defaults.myeongjo,
                                 display: st.display ?? defaults.display)
        var margins = PageMargins.standard
        if let v = st.marginTop { margins.top = mm(v) }
        if let v = st.marginLeft { margins.left = mm(v) }
        if let v = st.marginBottom { margins.bottom = mm(v) }
        if let v = st.marginRight { margins.right = mm(v) }
        var page = PageStyle(orientation: d.orientation, margins: margins,
                             fonts: fonts, lineSpacing: st.lineSpacing ?? 1.6)
        if let t = st.titleSize { page.titleFont.size = t }
        if let b = st.bodySize {
            page.bodyFont.size = b
            page.subDetailFont.size = b - 1
            page.headlineFont.size = b + 1
        }
        if let n = st.noteSize { page.noteFont.size = n }
        page.labels = locale == .ko ? .korean : .english
        return page
    }
}
