import BriefingCore

/// Checks a template's measures against the data it reads, then computes them
/// exactly.
///
/// Checking comes first and reports every problem at its place in the YAML
/// (`report.yaml:14:9: column '실계약' not in missions.csv (columns: …)`), so a
/// bad template never renders half a briefing. Computing uses the Analytics
/// stage; nothing is rounded here.
public struct TemplateEvaluator: Sendable {
    public let template: Template
    /// Tables by input name, columns already renamed.
    public let tables: [String: Table]
    /// The report's period, for `@period`, `@ytd` … (monthly runs only).
    public let period: PeriodContext?
    /// The sheet's value for `@each` (`render --each`), or nil.
    public let each: CellValue?

    public init(template: Template, tables: [String: Table], period: PeriodContext? = nil, each: CellValue? = nil) {
        self.template = template
        self.tables = tables
        self.period = period
        self.each = each
    }

    // MARK: Checking

    /// Every problem in the measures, in file order; empty when all is well.
    public func check() -> [TemplateError] {
        var errors: [TemplateError] = []
        var kinds: [String: FigureKind] = [:]
        for m in ordered().measures {
            do { kinds[m.name] = try kind(of: m.expression, in: m, known: kinds) } catch let e as TemplateError {
                errors.append(e)
            } catch {
                errors.append(m.source.error("\(error)", offset: m.expressionOffset))
            }
        }
        errors.append(contentsOf: ordered().cycles)
        return errors
    }

    /// Kinds of all measures (after a clean `check()`).
    public func kinds() throws -> [String: FigureKind] {
        var kinds: [String: FigureKind] = [:]
        for m in ordered().measures { kinds[m.name] = try kind(of: m.expression, in: m, known: kinds) }
        return kinds
    }

    /// Measures ordered so that each comes after the ones it uses; cycles reported.
    func ordered() -> (measures: [MeasureDefinition], cycles: [TemplateError]) {
        let byName = Dictionary(template.measures.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var out: [MeasureDefinition] = []
        var cycles: [TemplateError] = []
        func visit(_ m: MeasureDefinition, path: [String]) {
            if state[m.name] == 2 { return }
            if state[m.name] == 1 {
                let loop = (path + [m.name]).joined(separator: " → ")
                cycles.append(m.source.error("measure '\(m.name)' uses itself: \(loop)", offset: m.expressionOffset))
                return
            }
            state[m.name] = 1
            for (ref, _) in m.expression.measureReferences { if let d = byName[ref] { visit(d, path: path + [m.name]) } }
            state[m.name] = 2
            out.append(m)
        }
        for m in template.measures { visit(m, path: []) }
        return (out, cycles)
    }

    func error(_ m: MeasureDefinition, _ offset: Int, _ message: String) -> TemplateError {
        m.source.error(message, offset: m.expressionOffset + offset)
    }

    func table(_ input: String, _ m: MeasureDefinition, _ offset: Int) throws -> Table {
        guard let t = tables[input] else {
            let known = template.inputs.map(\.name).joined(separator: ", ")
            throw error(m, offset, "no input '\(input)' (inputs under data: are \(known.isEmpty ? "none" : known))")
        }
        return t
    }

    func column(_ name: String, of input: String, _ t: Table, _ m: MeasureDefinition, _ offset: Int) throws -> Column {
        guard let c = t.column(named: name) else {
            let sharing = t.columns(sharingAlias: name)
            if !sharing.isEmpty { throw error(m, offset, Table.ambiguousAliasMessage(name, file: fileName(t), columns: sharing)) }
            throw m.source.error(.unknownColumn(name, file: fileName(t), columns: t.columnNames), offset: m.expressionOffset + offset)
        }
        return c
    }

    func fileName(_ t: Table) -> String { t.source.split(separator: "/").last.map(String.init) ?? t.source }

    func kind(of e: MeasureExpression, in m: MeasureDefinition, known: [String: FigureKind]) throws -> FigureKind {
        switch e {
        case .number:
            return .amount(nil)
        case .measure(let name, let at):
            guard template.measures.contains(where: { $0.name == name }) else {
                let names = template.measures.map(\.name).joined(separator: ", ")
                throw error(m, at, "no measure '\(name)' (measures: \(names))")
            }
            guard let k = known[name] else { throw error(m, at, "measure '\(name)' cannot be computed (see its own error)") }
            return k
        case .aggregate(let a):
            let t = try table(a.input, m, a.offset + a.function.rawValue.count + 1)
            for c in a.conditions {
                _ = try column(c.column, of: a.input, t, m, c.offset)
                for v in c.values {
                    if case .period(let p) = v, period == nil {
                        throw error(m, c.offset,
                                    "@\(p.rawValue) needs a report period: run it with `briefing run TEMPLATE --period YYYY-MM`")
                    }
                    if case .each = v, each == nil { throw error(m, c.offset, EachValue.missingMessage) }
                }
            }
            if a.function == .count { return .count }
            var quantity: Quantity?
            for ref in a.columns {
                let c = try column(ref.column, of: a.input, t, m, ref.offset)
                if a.function == .value, a.columns.count == 1, !c.type.isNumeric, c.type != .empty {
                    return .cell(c.type)
                }
                guard c.type.isNumeric || c.type == .empty else {
                    throw error(m, ref.offset, "cannot \(a.function.rawValue) column '\(ref.column)' of \(fileName(t)): "
                                    + "its cells are \(c.type.rawValue), not numbers")
                }
                let q = c.unit?.quantity ?? (c.type == .percent ? .percent : nil)
                if let quantity, let q, quantity != q {
                    throw error(m, ref.offset, "cannot add '\(ref.column)' (\(c.unit?.written ?? "")) "
                                    + "to \(a.columns[0].column) (\(describe(quantity))): different units")
                }
                quantity = quantity ?? q
            }
            return .amount(quantity)
        case .negate(let x, _):
            return try kind(of: x, in: m, known: known)
        case .binary(let op, let l, let r, let at):
            let a = try kind(of: l, in: m, known: known), b = try kind(of: r, in: m, known: known)
            switch (op, a, b) {
            case (.add, .amount(let x), .amount(let y)), (.subtract, .amount(let x), .amount(let y)):
                if let x, let y, x != y {
                    throw error(m, at, "cannot \(op == .add ? "add" : "subtract") \(describe(y)) and \(describe(x))")
                }
                return .amount(x ?? y)
            case (.add, .ratio, .ratio), (.subtract, .ratio, .ratio): return .ratio
            case (.add, .count, .count), (.subtract, .count, .count): return .count
            case (.multiply, .amount(let x), .amount(let y)):
                if x != nil && y != nil { throw error(m, at, "cannot multiply two amounts with units") }
                return .amount(x ?? y)
            case (.divide, .amount(let x), .amount(let y)):
                if let y, x != y { throw error(m, at, "cannot divide \(x.map(describe) ?? "a number") by \(describe(y))") }
                return y == nil ? .amount(x) : .ratio
            case (.divide, .count, .count): return .ratio
            default:
                throw error(m, at, "cannot apply '\(op.rawValue)' to a \(a) and a \(b)")
            }
        case .call(let f, let args, let at):
            let a = try kind(of: args[0], in: m, known: known), b = try kind(of: args[1], in: m, known: known)
            switch (f, a, b) {
            case (.change, .amount(let x), .amount(let y)):
                if let x, let y, x != y {
                    throw error(m, at, "change(…) compares like with like; found \(describe(x)) and \(describe(y))")
                }
                return .change(x ?? y)
            case (.achievement, .amount(let x), .amount(let y)), (.share, .amount(let x), .amount(let y)):
                if let x, let y, x != y {
                    throw error(m, at, "\(f.rawValue)(…) compares like with like; found \(describe(x)) and \(describe(y))")
                }
                return .ratio
            case (.share, .count, .count), (.achievement, .count, .count): return .ratio
            case (.points, .ratio, .ratio): return .points
            case (.points, .amount(.percent), .amount(.percent)): return .points
            default:
                throw error(m, at, "\(f.rawValue)(…) needs two amounts of the same kind, found a \(a) and a \(b)")
            }
        }
    }

    func describe(_ q: Quantity) -> String {
        switch q {
        case .money(let c): return "money in \(c.rawValue)"
        case .count(let noun): return "a count of \(noun)"
        case .percent: return "a percentage"
        case .percentPoint: return "percentage points"
        case .other(let s): return s
        }
    }

    // MARK: Computing

    /// Computes every measure. Call `check()` first: this throws the first problem only.
    public func evaluate() throws -> [String: Figure] {
        let (measures, cycles) = ordered()
        if let c = cycles.first { throw c }
        var figures: [String: Figure] = [:]
        for m in measures {
            _ = try kind(of: m.expression, in: m, known: try partialKinds(figures))
            var f = try value(of: m.expression, in: m, figures: figures)
            f.name = m.name
            figures[m.name] = f
        }
        return figures
    }

    func partialKinds(_ figures: [String: Figure]) throws -> [String: FigureKind] {
        var k: [String: FigureKind] = [:]
        for m in ordered().measures where figures[m.name] != nil { k[m.name] = try kind(of: m.expression, in: m, known: k) }
        return k
    }

    func filters(_ a: Aggregate, _ m: MeasureDefinition) throws -> [RowFilter] {
        do {
            return try Condition.rowFilters(a.conditions, period: period, each: each)
        } catch let e as ExpressionSyntaxError {
            throw error(m, e.offset, e.message)
        }
    }

    func value(of e: MeasureExpression, in m: MeasureDefinition, figures: [String: Figure]) throws -> Figure {
        let policy: MissingPolicy = m.missing == .fail ? .fail : .skip
        do {
            switch e {
            case .number(let d, _):
                return Figure(name: "", value: .amount(Amount(d, Amount.plainUnit)), sources: [], skipped: [], working: d.description)
            case .measure(let name, _):
                var f = figures[name]!
                f.working = name
                return f
            case .aggregate(let a):
                let t = tables[a.input]!
                let measures = Measures(t, missing: policy)
                let fs = try filters(a, m)
                let cols = a.columns.map(\.column)
                let operand = cols.isEmpty ? a.input : cols.map { "\(a.input).\($0)" }.joined(separator: " + ")
                let condition = fs.map(\.description).joined(separator: " and ")
                let working = "\(a.function.rawValue)(\(operand)\(fs.isEmpty ? "" : " where " + condition))"
                switch a.function {
                case .sum:
                    let r = try measures.sum(of: cols, where: fs)
                    return Figure(name: "", value: r.value.map { .amount($0) }, sources: r.sources,
                                  skipped: r.skippedMissing, working: working)
                case .count:
                    let r = cols.isEmpty ? try measures.count(where: fs) : try measures.count(cols[0], where: fs)
                    return Figure(name: "", value: r.value.map { .count($0) }, sources: r.sources,
                                  skipped: r.skippedMissing, working: working)
                case .mean:
                    let r = try measures.mean(cols[0], where: fs)
                    return Figure(name: "", value: r.value.map { .mean($0) }, sources: r.sources,
                                  skipped: r.skippedMissing, working: working)
                case .min, .max:
                    let r = a.function == .min ? try measures.min(cols[0], where: fs) : try measures.max(cols[0], where: fs)
                    return Figure(name: "", value: r.value.map { .amount($0.amount) }, sources: r.sources,
                                  skipped: r.skippedMissing, working: working)
                case .value:
                    let rows = try measures.rows(where: fs)
                    guard rows.count == 1 else {
                        let scope = fs.isEmpty ? "" : "where " + condition
                        throw error(m, a.offset, "value(…) needs exactly one row, found \(rows.count) in \(fileName(t)) \(scope)")
                    }
                    let row = rows[0]
                    if cols.count == 1, let c = t.column(named: cols[0]), !c.type.isNumeric {
                        let ref = measures.ref(row: row, column: c.name)
                        if case .missing = c[row] {
                            if policy == .fail { throw AnalyticsError.missingValue(ref, mark: RowFilter.label(c[row])) }
                            return Figure(name: "", value: nil, sources: [], skipped: [ref], working: working)
                        }
                        return Figure(name: "", value: .cell(c[row]), sources: [ref], skipped: [], working: working)
                    }
                    let r = try measures.sum(of: cols, where: fs)
                    return Figure(name: "", value: r.value.map { .amount($0) }, sources: r.sources,
                                  skipped: r.skippedMissing, working: working)
                }
            case .negate(let x, _):
                var f = try value(of: x, in: m, figures: figures)
                f.value = f.value.flatMap(negate)
                f.working = "−(\(f.working))"
                return f
            case .binary(let op, let l, let r, let at):
                let a = try value(of: l, in: m, figures: figures), b = try value(of: r, in: m, figures: figures)
                let v = try combine(op, a.value, b.value, m, at)
                return merged(a, b, v, "\(a.working) \(op.rawValue) \(b.working)")
            case .call(let fn, let args, _):
                let a = try value(of: args[0], in: m, figures: figures), b = try value(of: args[1], in: m, figures: figures)
                let v = call(fn, a.value, b.value)
                return merged(a, b, v, "\(fn.rawValue)(\(a.working), \(b.working))")
            }
        } catch let e as AnalyticsError {
            throw error(m, e.offsetHint, e.description)
        }
    }

    func merged(_ a: Figure, _ b: Figure, _ v: FigureValue?, _ working: String) -> Figure {
        Figure(name: "", value: v, sources: a.sources + b.sources, skipped: a.skipped + b.skipped, working: working)
    }

    func negate(_ v: FigureValue) -> FigureValue? {
        switch v {
        case .amount(let a): return .amount(Amount(-a.value, a.unit))
        case .ratio(let r): return .ratio(Ratio(-r.numerator, r.denominator)!)
        case .points(let p): return .points(-p)
        case .count(let c): return .count(-c)
        default: return nil
        }
    }

    func combine(_ op: BinaryOperator, _ x: FigureValue?, _ y: FigureValue?, _ m: MeasureDefinition, _ at: Int) throws -> FigureValue? {
        guard let x, let y else { return nil }
        switch (op, x, y) {
        case (.add, .amount(let a), .amount(let b)):
            return a.adding(b).map { .amount($0) } ?? .amount(Amount(a.value + b.value, a.unit.isPlain ? b.unit : a.unit))
        case (.subtract, .amount(let a), .amount(let b)):
            return a.subtracting(b).map { .amount($0) } ?? .amount(Amount(a.value - b.value, a.unit.isPlain ? b.unit : a.unit))
        case (.multiply, .amount(let a), .amount(let b)):
            return .amount(Amount(a.value * b.value, a.unit.isPlain ? b.unit : a.unit))
        case (.divide, .amount(let a), .amount(let b)):
            if b.unit.isPlain {
                // An amount divided by a plain number stays an amount, but only
                // when the quotient is an exact decimal: never a silent rounding.
                guard let r = Ratio(a.value, b.value) else { return nil }
                let q = r.rounded(toScale: 12)
                guard Ratio(q, .one) == r else { throw error(m, at, "\(a.value) ÷ \(b.value) has no exact decimal value") }
                return .amount(Amount(q.normalized, a.unit))
            }
            return a.ratio(to: b).map { .ratio($0) }
        case (.add, .count(let a), .count(let b)): return .count(a + b)
        case (.subtract, .count(let a), .count(let b)): return .count(a - b)
        case (.divide, .count(let a), .count(let b)): return Ratio(ExactDecimal(a), ExactDecimal(b)).map { .ratio($0) }
        case (.add, .ratio(let a), .ratio(let b)): return .ratio(a.adding(b))
        case (.subtract, .ratio(let a), .ratio(let b)): return .ratio(a.subtracting(b))
        default:
            throw error(m, at, "cannot apply '\(op.rawValue)' to these figures")
        }
    }

    func call(_ f: MeasureFunction, _ x: FigureValue?, _ y: FigureValue?) -> FigureValue? {
        guard let x, let y else { return nil }
        switch (f, x, y) {
        case (.change, .amount(let c), .amount(let b)):
            let r = try? Measures.change(from: Measured(value: b, working: ""), to: Measured(value: c, working: ""))
            return r?.value.map { .change($0) }
        case (.achievement, .amount(let a), .amount(let b)), (.share, .amount(let a), .amount(let b)):
            return a.ratio(to: b).map { .ratio($0) }
        case (.achievement, .count(let a), .count(let b)), (.share, .count(let a), .count(let b)):
            return Ratio(ExactDecimal(a), ExactDecimal(b)).map { .ratio($0) }
        case (.points, .ratio(let a), .ratio(let b)):
            return .points(a.subtracting(b).multiplied(by: .hundred).rounded(toScale: 12))
        case (.points, .amount(let a), .amount(let b)):
            return .points(a.value - b.value)
        default:
            return nil
        }
    }
}

extension MeasureUnit {
    var isPlain: Bool { if case .other("") = quantity { return powerOfTen == 0 }; return false }
}

extension AnalyticsError {
    /// Analytics errors name cells, not template places; point at the measure's start.
    var offsetHint: Int { 0 }
}
