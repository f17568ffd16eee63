import BriefingLayout

/// `Preview/PrvText.txt`: the briefing's text, a line a paragraph, as 한글
/// writes it for file browsers and search indexers to show without parsing
/// OWPML. 한글 keeps about the first 1,000 characters; so does this.
enum PreviewText {
    static let limit = 1024

    static func of(_ spec: BriefingSpec) -> String {
        var lines = [spec.header.title, [spec.header.date, spec.header.department].filter { !$0.isEmpty }.joined(separator: "  ")]
        func add(_ blocks: [Block]) {
            for b in blocks {
                switch b {
                case .summary(let s): lines += s
                case .kpiTiles(let tiles): lines += tiles.map { [$0.label, $0.value, $0.comparison ?? ""].joined(separator: " ") }
                case .bullets(let bs): lines += bs.map { $0.level.symbol + " " + $0.text }
                case .footnote(let t): lines.append("* " + t)
                case .note(let t): lines.append("※ " + t)
                case .source(let t), .heading(let t, _): lines.append(t)
                case .table(let t): lines += ([t.columns.map(\.title)] + t.rows.map(\.cells)).map { $0.joined(separator: "\t") }
                case .figure(_, _, let alt), .flexibleFigure(_, _, _, let alt): lines.append(alt)
                case .columns(let a, let c): add(a); add(c)
                case .spacer, .pageBreak: break
                }
            }
        }
        add(spec.blocks)
        spec.attachments.forEach(add)
        return String(lines.joined(separator: "\r\n").prefix(limit))
    }
}
