import BriefingCore
import BriefingLayout

/// `check`'s twin of rendering: once the figures are known, every chart's
/// spec and the document's blocks are built for every locale the template
/// writes, without laying anything out. Whatever the template → spec mapping
/// can fail on (a unit that contradicts the labels, a reference in another
/// unit, a bar that is not an amount, a text line without a 개조식 symbol)
/// fails here, at its place, so `render` and `run` never meet a template
/// error `check` did not report. Written tables' cells are held to their
/// unit note here too (a unit's scale comes from the data's headers).
enum DryRun {
    static func problems(_ report: PreparedReport, rehearse: Bool = true) -> [TemplateError] {
        var errors: [TemplateError] = []
        func attempt(_ body: () throws -> Void) {
            do { try body() } catch let e as TemplateError { errors.append(e) } catch {
                // Data problems (a missing column) are reported by the checks before this one.
            }
        }
        for locale in locales(report.template) {
            errors += writtenTables(report, locale: locale)
            guard rehearse else { continue }
            let filler = TextFiller(template: report.template, figures: report.figures,
                                    text: FigureText(formatter: FigureFormatter(locale: locale)))
            let builder = ChartBuilder(report: report, filler: filler)
            for c in report.template.charts {
                attempt { _ = try builder.spec(c, size: .landscape16x9) }
            }
            if let d = report.template.document {
                attempt {
                    _ = try DocumentBuilder(report: report, filler: filler).spec(page: PageStyle.briefing(d, locale: locale)) { _, width in
                        // The charts were built above; the page needs only their place.
                        ChartPlacement(full: Scene(size: Size(width, width / 2)), alt: "")
                    }
                }
            }
        }
        var seen: Set<String> = []
        return errors.filter { seen.insert($0.description).inserted }
    }

    /// The template's own locale, and every locale a text is written for.
    static func locales(_ t: Template) -> [ReportLocale] {
        let named = Set(t.allTexts.flatMap(\.variants.keys))
        return ReportLocale.allCases.filter { $0 == t.locale || named.contains($0.rawValue) }
    }

    /// A table whose unit note names a unit: `{x | short}` (`1,000만`) says the
    /// scale a second time, and `{x | number}` must print in the note's scale.
    static func writtenTables(_ report: PreparedReport, locale: ReportLocale) -> [TemplateError] {
        var errors: [TemplateError] = []
        for table in report.template.writtenTables {
            guard let unitText = table.unit, let note = unitText.text(for: locale.rawValue) else { continue }
            let said = UnitLineReader.units(in: note.source)
            guard !said.isEmpty else { continue }
            for cell in table.rows.flatMap(\.cells) {
                let variant = cell.variants[locale.rawValue] != nil ? locale.rawValue : (cell.variants["*"] != nil ? "*" : nil)
                guard let variant, let text = cell.variants[variant] else { continue }
                for p in text.placeholders {
                    guard case .amount(let a)? = report.figures[p.measure]?.value,
                          let problem = problem(p, amount: a, said: said, note: note.source) else { continue }
                    errors.append(TemplateError(problem, at: TextLocator.locate(cell, variant: variant, offset: p.offset,
                                                                               lines: report.template.sourceLines)))
                }
            }
        }
        return errors
    }

    static func problem(_ p: Placeholder, amount a: Amount, said: [MeasureUnit], note: String) -> String? {
        let sameKind = said.filter { $0.quantity == a.unit.quantity || ($0.isMoney && $0.currency == a.unit.currency) }
        switch p.format {
        case .short?:
            guard !sameKind.isEmpty else { return nil }
            return "{\(p.measure) | short} writes a scale word (만, 억) under the table's unit \(note); use {\(p.measure) | number}"
        case .number?:
            guard let u = sameKind.first, u.powerOfTen != a.unit.powerOfTen else { return nil }
            return "unit says \(u.written) but {\(p.measure) | number} is counted in \(a.unit.written)"
        default:
            return nil
        }
    }
}

extension Template {
    /// Every table of the document written out row by row (not from data).
    var writtenTables: [TableSpec] {
        var out: [TableSpec] = []
        func blocks(_ bs: [BlockSpec]) {
            for b in bs {
                if case .table(let t) = b, t.data == nil { out.append(t) }
                if case .columns(let a, let c) = b { blocks(a); blocks(c) }
            }
        }
        if let d = document { blocks(d.blocks); d.attachments.forEach(blocks) }
        return out
    }
}
