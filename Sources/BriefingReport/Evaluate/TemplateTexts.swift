import BriefingCore

extension Template {
    /// Every table of the document that reads its rows from data.
    public var dataTables: [TableDataSpec] {
        var out: [TableDataSpec] = []
        func blocks(_ bs: [BlockSpec]) {
            for b in bs {
                if case .table(let t) = b, let d = t.data { out.append(d) }
                if case .columns(let a, let c) = b { blocks(a); blocks(c) }
            }
        }
        if let d = document { blocks(d.blocks); d.attachments.forEach(blocks) }
        return out
    }

    /// Every text of the template that may hold placeholders, in file order.
    public var allTexts: [LocalizedText] {
        var out: [LocalizedText] = []
        func blocks(_ bs: [BlockSpec]) {
            for b in bs {
                switch b {
                case .summary(let ts): out += ts
                case .tiles(let tiles): for t in tiles { out += [t.label, t.value] + (t.compare.map { [$0] } ?? []) }
                case .text(let t), .heading(let t), .note(let t): out.append(t)
                case .table(let t):
                    out += [t.title, t.unit].compactMap { $0 } + t.columns
                    for r in t.rows { out += r.cells }
                case .columns(let a, let b): blocks(a); blocks(b)
                case .chart, .pageBreak: break
                }
            }
        }
        if let d = document {
            out += [d.title, d.date, d.department, d.officer, d.contact].compactMap { $0 }
            blocks(d.blocks)
            d.attachments.forEach(blocks)
        }
        for c in charts {
            out += [c.title, c.subtitle, c.unit, c.sourceLine, c.highlight].compactMap { $0 } + c.notes
            out += c.bars.map(\.label)
            for a in c.annotations { out += [a.category, a.text] }
            if let r = c.reference { out.append(r.label) }
        }
        return out
    }
}

/// Fills text templates with figures, and checks them before anything renders.
public struct TextFiller: Sendable {
    public let template: Template
    public let figures: [String: Figure]
    public let text: FigureText

    public init(template: Template, figures: [String: Figure], text: FigureText) {
        self.template = template
        self.figures = figures
        self.text = text
    }

    /// Every placeholder that names no measure, or a format that cannot show it.
    public static func check(_ template: Template, kinds: [String: FigureKind]) -> [TemplateError] {
        var errors: [TemplateError] = []
        for t in template.allTexts {
            for (variant, tt) in t.variants.sorted(by: { $0.key < $1.key }) {
                for p in tt.placeholders {
                    // Located only for an error: locating walks the text block and the
                    // file's lines, which was a fifth of `prepare` for a template with no problem.
                    func place() -> TemplateError.Place {
                        TextLocator.locate(t, variant: variant, offset: p.offset, lines: template.sourceLines)
                    }
                    guard let kind = kinds[p.measure] else {
                        let names = template.measures.map(\.name).joined(separator: ", ")
                        if p.measure == "@each" {
                            errors.append(TemplateError("placeholder {@each}: \(EachValue.missingMessage)", at: place()))
                        } else if p.measure.hasPrefix("@") {
                            let known = ["@period", "@previous_month", "@same_month_last_year", "@year", "@last_year"]
                            errors.append(TemplateError(known.contains(p.measure)
                                ? "placeholder {\(p.measure)} needs a report period: run it with `briefing run TEMPLATE --period YYYY-MM`"
                                : "placeholder {\(p.measure)}: texts can name "
                                    + "@period, @previous_month, @same_month_last_year, @year, @last_year, @each",
                                at: place()))
                        } else if !template.measures.contains(where: { $0.name == p.measure }) {
                            let listed = names.isEmpty ? "none" : names
                            errors.append(TemplateError("placeholder {\(p.measure)} names no measure (measures: \(listed))", at: place()))
                        }
                        continue
                    }
                    if let problem = FigureText.problem(format: p.format, kind: kind) {
                        errors.append(TemplateError("placeholder {\(p.measure) | \(p.format?.name ?? "")}: \(problem)", at: place()))
                    }
                }
            }
        }
        return errors
    }

    /// The text for `locale`, placeholders replaced by formatted figures.
    public func fill(_ t: LocalizedText) -> String {
        guard let tt = t.text(for: text.locale.rawValue) else { return "" }
        return fill(tt)
    }

    public func fill(_ tt: TextTemplate) -> String {
        var s = ""
        for part in tt.parts {
            switch part {
            case .literal(let l): s += l
            case .figure(let p):
                // check() guarantees the measure exists; stay safe regardless.
                s += figures[p.measure].map { text.text($0, format: p.format) } ?? text.formatter.notComputable
            }
        }
        return s
    }

    public func fill(_ t: LocalizedText?) -> String? { t.map { fill($0) } }
}
