import BriefingCore

/// A measure as a template writes it, parsed once into a tree.
///
/// The grammar (documented in the README, "Measures"):
///
/// ```
/// expression := term (("+" | "-") term)*
/// term       := unary (("*" | "/") unary)*
/// unary      := "-" unary | primary
/// primary    := NUMBER | MEASURE | "(" expression ")"
///             | AGGREGATE "(" columns [where] ")"      sum, mean, min, max, count, value
///             | FUNCTION "(" expression ("," expression)* ")"   change, achievement, share, points
/// columns    := INPUT "." COLUMN ("+" INPUT "." COLUMN)*  |  INPUT        (count only)
/// where      := "where" condition ("and" condition)*
/// condition  := COLUMN "=" literal  |  COLUMN "in" ("[" literal ("," literal)* "]" | PERIOD)
/// literal    := NUMBER | "text" | word | PERIOD | @each
/// PERIOD     := @period | @previous_month | @same_month_last_year | @ytd | @last_ytd | @year | @last_year
///             | @last_13_months
/// ```
///
/// `sum(missions.실계약 + missions.약정계약 where 연도 = 2024)` adds both
/// columns of every 2024 row; `total_2024 / target_2024` is a ratio;
/// `change(total_2024, total_2023)` is a difference with its percentage.
/// A name with spaces is written in backticks: ``kosis.`2024 수출액` ``.
public indirect enum MeasureExpression: Sendable, Hashable {
    case number(ExactDecimal, at: Int)
    case measure(String, at: Int)
    case aggregate(Aggregate)
    case call(function: MeasureFunction, arguments: [MeasureExpression], at: Int)
    case binary(BinaryOperator, MeasureExpression, MeasureExpression, at: Int)
    case negate(MeasureExpression, at: Int)

    /// Character offset of the expression's start within the source text.
    public var offset: Int {
        switch self {
        case .number(_, let at), .measure(_, let at), .call(_, _, let at), .binary(_, _, _, let at), .negate(_, let at): return at
        case .aggregate(let a): return a.offset
        }
    }

    /// Names of other measures this one uses.
    public var measureReferences: [(name: String, offset: Int)] {
        switch self {
        case .number, .aggregate: return []
        case .measure(let n, let at): return [(n, at)]
        case .call(_, let args, _): return args.flatMap(\.measureReferences)
        case .binary(_, let a, let b, _): return a.measureReferences + b.measureReferences
        case .negate(let e, _): return e.measureReferences
        }
    }
}

public enum BinaryOperator: String, Sendable, Hashable { case add = "+", subtract = "-", multiply = "*", divide = "/" }

public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case sum, mean, min, max, count
    /// Exactly one cell: the filter must leave one row.
    case value
}

public enum MeasureFunction: String, Sendable, Hashable, CaseIterable {
    /// `change(current, previous)`: difference and percentage change.
    case change
    /// `achievement(actual, target)`: actual ÷ target.
    case achievement
    /// `share(part, whole)`: part ÷ whole.
    case share
    /// `points(current, previous)`: percentage-point difference of two percents.
    case points
}

public struct ColumnReference: Sendable, Hashable {
    public var input: String
    public var column: String
    public var offset: Int
}

public struct Aggregate: Sendable, Hashable {
    public var function: AggregateFunction
    public var input: String
    /// Empty for `count(input …)`, which counts rows.
    public var columns: [ColumnReference]
    public var conditions: [Condition]
    public var offset: Int
}

public struct Condition: Sendable, Hashable {
    public enum Operator: Sendable, Hashable { case equals, isIn }
    public var column: String
    public var op: Operator
    public var values: [Literal]
    public var offset: Int
}

public enum Literal: Sendable, Hashable {
    case text(String)
    case number(ExactDecimal)
    case period(PeriodReference)
    /// `@each`: the value the sheet is rendered for (`render --each 기업명`).
    case each
}

/// The report's period, as a monthly template names it.
public enum PeriodReference: String, Sendable, Hashable, CaseIterable {
    case period, previous_month, same_month_last_year, ytd, last_ytd, year, last_year
    /// The same month last year … the report month: a monthly trend chart's span.
    case last_13_months
}

// MARK: - Tokens

struct ExpressionToken: Equatable {
    enum Kind: Equatable {
        case number(ExactDecimal), name(String), text(String), period(String)
        case symbol(String)
        case end
    }
    var kind: Kind
    var offset: Int
}

/// A syntax error in a measure or a text template, at a character offset
/// that the template reader turns into a file column.
public struct ExpressionSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int
}

enum ExpressionLexer {
    static func tokens(_ source: String) throws(ExpressionSyntaxError) -> [ExpressionToken] {
        let chars = Array(source)
        var i = 0
        var out: [ExpressionToken] = []
        func isNameChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "%" }
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            let start = i
            if c.isASCII && c.isNumber {
                var s = ""
                while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "." { s.append(chars[i]); i += 1 }
                // A number glued to letters (`2024년`) is a word, not a number.
                if i < chars.count, isNameChar(chars[i]) {
                    while i < chars.count, isNameChar(chars[i]) { s.append(chars[i]); i += 1 }
                    out.append(.init(kind: .name(s), offset: start))
                    continue
                }
                guard let d = ExactDecimal(s) else { throw ExpressionSyntaxError(message: "'\(s)' is not a number", offset: start) }
                out.append(.init(kind: .number(d), offset: start))
            } else if c == "\"" || c == "'" || c == "`" {
                let quote = c
                i += 1
                var s = ""
                while i < chars.count, chars[i] != quote { s.append(chars[i]); i += 1 }
                guard i < chars.count else { throw ExpressionSyntaxError(message: "\(quote) is never closed", offset: start) }
                i += 1
                out.append(.init(kind: quote == "`" ? .name(s) : .text(s), offset: start))
            } else if c == "@" {
                i += 1
                var s = ""
                while i < chars.count, isNameChar(chars[i]) { s.append(chars[i]); i += 1 }
                out.append(.init(kind: .period(s), offset: start))
            } else if "+-*/()[],=.".contains(c) {
                out.append(.init(kind: .symbol(String(c)), offset: start)); i += 1
            } else if isNameChar(c) {
                var s = ""
                while i < chars.count, isNameChar(chars[i]) { s.append(chars[i]); i += 1 }
                out.append(.init(kind: .name(s), offset: start))
            } else {
                throw ExpressionSyntaxError(message: "unexpected character '\(c)'", offset: start)
            }
        }
        out.append(.init(kind: .end, offset: chars.count))
        return out
    }
}
