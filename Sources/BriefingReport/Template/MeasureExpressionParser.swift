import BriefingCore

/// Recursive-descent parser for `MeasureExpression` (grammar on the type).
public struct MeasureExpressionParser {
    private var tokens: [ExpressionToken]
    private var index = 0

    /// Parses `source`; errors carry the character offset of the problem.
    public static func parse(_ source: String) throws -> MeasureExpression {
        do {
            var p = MeasureExpressionParser(tokens: try ExpressionLexer.tokens(source))
            let e = try p.expression()
            guard case .end = p.peek.kind else { throw p.unexpected("an operator (+ - * /) or the end of the measure") }
            return e
        } catch let e as ExpressionSyntaxError {
            throw e
        }
    }

    /// Parses a filter as written after `where` (`연도 = 2024 and 지역 in
    /// [미국, 동남아]`): the one `where` grammar of measures, chart and table
    /// data and `briefing chart --where`. Offsets are into `source` itself.
    public static func parseConditions(_ source: String) throws -> [Condition] {
        var p = MeasureExpressionParser(tokens: try ExpressionLexer.tokens(source))
        let list = try p.conditions()
        guard case .end = p.peek.kind else { throw p.unexpected("'and' and another condition, or the end of the filter") }
        return list
    }

    private init(tokens: [ExpressionToken]) { self.tokens = tokens }

    private var peek: ExpressionToken { tokens[index] }
    private mutating func advance() -> ExpressionToken { defer { index += 1 }; return tokens[index] }

    private func isSymbol(_ s: String) -> Bool { peek.kind == .symbol(s) }
    private func isWord(_ w: String) -> Bool { peek.kind == .name(w) }

    private func describe(_ t: ExpressionToken) -> String {
        switch t.kind {
        case .number(let d): return "'\(d)'"
        case .name(let n): return "'\(n)'"
        case .text(let s): return "\"\(s)\""
        case .period(let p): return "'@\(p)'"
        case .symbol(let s): return "'\(s)'"
        case .end: return "the end of the measure"
        }
    }

    private func unexpected(_ expected: String) -> ExpressionSyntaxError {
        ExpressionSyntaxError(message: "found \(describe(peek)), expected \(expected)", offset: peek.offset)
    }

    private mutating func expect(_ s: String) throws {
        guard isSymbol(s) else { throw unexpected("'\(s)'") }
        index += 1
    }

    mutating func expression() throws -> MeasureExpression {
        var lhs = try term()
        while isSymbol("+") || isSymbol("-") {
            let t = advance()
            let op: BinaryOperator = t.kind == .symbol("+") ? .add : .subtract
            lhs = .binary(op, lhs, try term(), at: lhs.offset)
        }
        return lhs
    }

    mutating func term() throws -> MeasureExpression {
        var lhs = try unary()
        while isSymbol("*") || isSymbol("/") {
            let t = advance()
            let op: BinaryOperator = t.kind == .symbol("*") ? .multiply : .divide
            lhs = .binary(op, lhs, try unary(), at: lhs.offset)
        }
        return lhs
    }

    mutating func unary() throws -> MeasureExpression {
        if isSymbol("-") {
            let t = advance()
            return .negate(try unary(), at: t.offset)
        }
        return try primary()
    }

    mutating func primary() throws -> MeasureExpression {
        let t = peek
        switch t.kind {
        case .number(let d):
            index += 1
            return .number(d, at: t.offset)
        case .symbol("("):
            index += 1
            let e = try expression()
            try expect(")")
            return e
        case .name(let name):
            index += 1
            guard isSymbol("(") else { return .measure(name, at: t.offset) }
            index += 1
            if let agg = AggregateFunction(rawValue: name) {
                let a = try aggregate(agg, at: t.offset)
                try expect(")")
                return .aggregate(a)
            }
            guard let fn = MeasureFunction(rawValue: name) else {
                let known = (AggregateFunction.allCases.map(\.rawValue) + MeasureFunction.allCases.map(\.rawValue)).joined(separator: ", ")
                throw ExpressionSyntaxError(message: "unknown function '\(name)' (known: \(known))", offset: t.offset)
            }
            var args = [try expression()]
            while isSymbol(",") { index += 1; args.append(try expression()) }
            try expect(")")
            guard args.count == 2 else {
                throw ExpressionSyntaxError(message: "\(name) takes 2 arguments, found \(args.count)", offset: t.offset)
            }
            return .call(function: fn, arguments: args, at: t.offset)
        default:
            throw unexpected("a number, a measure name or a function such as sum(…)")
        }
    }

    private mutating func name(_ what: String) throws -> (String, Int) {
        let t = peek
        guard case .name(let n) = t.kind, n != "where", n != "and" else { throw unexpected(what) }
        index += 1
        return (n, t.offset)
    }

    mutating func aggregate(_ function: AggregateFunction, at offset: Int) throws -> Aggregate {
        let (input, _) = try name("an input name such as missions")
        var columns: [ColumnReference] = []
        if isSymbol(".") {
            index += 1
            let (col, colAt) = try name("a column name after '\(input).'")
            columns.append(ColumnReference(input: input, column: col, offset: colAt))
            while isSymbol("+") {
                index += 1
                let (inp, inpAt) = try name("another column such as \(input).실계약")
                guard inp == input else {
                    throw ExpressionSyntaxError(message: "columns added in one \(function.rawValue)(…) must come from one input; "
                                                    + "found '\(inp)' after '\(input)'",
                                                offset: inpAt)
                }
                try expect(".")
                let (c, cAt) = try name("a column name after '\(inp).'")
                columns.append(ColumnReference(input: inp, column: c, offset: cAt))
            }
        } else if function != .count {
            throw unexpected("'.' and a column name: \(function.rawValue)(\(input).column …)")
        }
        var conditions: [Condition] = []
        if isWord("where") {
            index += 1
            conditions = try self.conditions()
        }
        return Aggregate(function: function, input: input, columns: columns, conditions: conditions, offset: offset)
    }

    /// `condition (and condition)*`.
    mutating func conditions() throws -> [Condition] {
        var list = [try condition()]
        while isWord("and") { index += 1; list.append(try condition()) }
        return list
    }

    mutating func condition() throws -> Condition {
        let (column, at) = try name("a column name to filter on")
        if isSymbol("=") {
            index += 1
            return Condition(column: column, op: .equals, values: [try literal()], offset: at)
        }
        guard isWord("in") else { throw unexpected("'=' or 'in' after '\(column)'") }
        index += 1
        if case .period(let p) = peek.kind, p != "each" {
            return Condition(column: column, op: .isIn, values: [try literal()], offset: at)
        }
        try expect("[")
        var values = [try literal()]
        while isSymbol(",") { index += 1; values.append(try literal()) }
        try expect("]")
        return Condition(column: column, op: .isIn, values: values, offset: at)
    }

    mutating func literal() throws -> Literal {
        let t = peek
        switch t.kind {
        case .number(let d): index += 1; return .number(d)
        case .text(let s): index += 1; return .text(s)
        case .name(let s) where s != "and": index += 1; return .text(s)
        case .symbol("-"):
            index += 1
            guard case .number(let d) = peek.kind else { throw unexpected("a number after '-'") }
            index += 1
            return .number(-d)
        case .period(let p):
            index += 1
            if p == "each" { return .each }
            guard let r = PeriodReference(rawValue: p) else {
                let known = (PeriodReference.allCases.map { "@" + $0.rawValue } + ["@each"]).joined(separator: ", ")
                throw ExpressionSyntaxError(message: "unknown period '@\(p)' (known: \(known))", offset: t.offset)
            }
            return .period(r)
        default:
            throw unexpected("a value such as 2024, 미국 or \"text\"")
        }
    }
}
