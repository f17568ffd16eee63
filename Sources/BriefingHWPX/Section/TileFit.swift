import BriefingLayout

/// The size of the KPI tiles' big figures: the page's (22 pt) unless the
/// widest figure would wrap in its tile, then smaller for every tile alike,
/// as the PDF does — `1,000만 달러` broken over two lines reads as two numbers.
///
/// 한글 measures its own glyphs, so widths here are estimates: a Hangul
/// syllable 1 em, a digit, Latin letter or sign 0.6 em, a space 0.3 em.
enum TileFit {
    static func valueSize(_ spec: BriefingSpec) -> Double {
        let page = spec.page
        var size = page.kpiValueFont.size
        func visit(_ blocks: [Block], width: Double) {
            for b in blocks {
                switch b {
                case .kpiTiles(let tiles) where !tiles.isEmpty:
                    let n = Double(tiles.count)
                    let inner = (width - page.gutter * (n + 1)) / n - 8 - 4
                    for t in tiles { size = min(size, inner / ems(t.value)) }
                case .columns(let a, let c):
                    let half = (width - page.gutter) / 2
                    visit(a, width: half); visit(c, width: half)
                default: break
                }
            }
        }
        visit(spec.blocks, width: page.contentRect.width)
        spec.attachments.forEach { visit($0, width: page.contentRect.width) }
        return max(12, (size * 2).rounded(.down) / 2)
    }

    static func ems(_ s: String) -> Double {
        s.unicodeScalars.reduce(0) { sum, c in
            sum + (c.value >= 0x1100 ? 1 : c == " " ? 0.3 : 0.6)
        }
    }
}
