import Testing
@testable import BriefingCore

/// The importer's fast paths (see `CellClassifier.plainNumber`,
/// `CellClassifier.mayBeNumber`, `PeriodGrammar.dottedDay`, `CP949Table`,
/// `UTF8Automaton`)
/// must read exactly what the general code reads; these tests hold them to it
/// on every input of a small alphabet, not only on the cases someone thought of.
@Suite("Fast paths read as the general code")
struct ImportFastPathTests {
    /// A small deterministic generator (64-bit LCG, Knuth's MMIX constants).
    struct Draw {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static func withBytes<R>(_ text: String, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!, $0.count) }
    }

    static func same(_ a: Classified, _ b: Classified) -> Bool {
        a.kind == b.kind && a.aux == b.aux && a.payload == b.payload && a.monthAlsoDecimal == b.monthAlsoDecimal && a.marks == b.marks
    }

    static let numberCases = ["1,234", "1,234.5", "-0.5", "2024.03", "-2024.03", "123456789012345678", "1234567890123456789",
                              "0012", "1,23", "12.", "1,2345", ",123", "1,234,567.891", "-", "-1,000", "9,999,999", "0.000001"]

    @Test func plainNumbersReadAsTheGeneralParser() {
        var draw = Draw(state: 20240407)
        let alphabet = Array("0123456789012345678901234567890123456789,,.".utf8)
        var cases = Self.numberCases
        for _ in 0..<50_000 {
            var s = draw.next(5) == 0 ? "-" : ""
            for _ in 0..<(1 + draw.next(21)) { s.unicodeScalars.append(UnicodeScalar(alphabet[draw.next(alphabet.count)])) }
            cases.append(s)
        }
        var accepted = 0
        for text in cases {
            Self.withBytes(text) { base, n in
                guard let fast = CellClassifier.plainNumber(base, 0, n) else { return }
                accepted += 1
                let general = CellClassifier.parseNumber(base, 0, n)
                #expect(general.map { Self.same(fast, $0) } == true, "\(text)")
            }
        }
        #expect(accepted > 5_000)
    }

    /// On trimmed cells (`classify` trims before it asks).
    @Test func mayBeNumberNeverHidesANumber() {
        var draw = Draw(state: 7)
        let alphabet = Array("0123456789,.-+%() a△−".unicodeScalars)
        var cases = Self.numberCases + ["7.1%", "12 %", "(12)", "△7.1", "−3", "+3", ".5", "2024-03-24", "2024. 3. 24."]
        for _ in 0..<50_000 {
            var s = ""
            for _ in 0..<(1 + draw.next(10)) { s.unicodeScalars.append(alphabet[draw.next(alphabet.count)]) }
            // Trimmed, as `classify` hands cells on.
            while s.first == " " { s.removeFirst() }
            while s.last == " " { s.removeLast() }
            if !s.isEmpty { cases.append(s) }
        }
        for text in cases {
            Self.withBytes(text) { base, n in
                if !CellClassifier.mayBeNumber(base, 0, n) {
                    #expect(CellClassifier.parseNumber(base, 0, n) == nil, "\(text)")
                }
            }
        }
    }

    @Test func dottedDaysReadAsTheGrammar() {
        var draw = Draw(state: 3)
        var cases = ["2024. 3. 24.", "2024.3.24", "2024. 03. 24", "2024. 2. 30.", "2024. 13. 1.", "0999. 1. 1.", "2024. 3.", "2024. 3. 24..", "2024.  3.  4."]
        for _ in 0..<20_000 {
            let spaces = { (d: inout Draw) in String(repeating: " ", count: d.next(3)) }
            let month = String(draw.next(14)), day = String(draw.next(33))
            cases.append("\(1990 + draw.next(40)).\(spaces(&draw))\(month).\(spaces(&draw))\(day)\(draw.next(2) == 0 ? "." : "")")
        }
        var read = 0
        for text in cases {
            Self.withBytes(text) { base, n in
                guard let fast = PeriodGrammar.dottedDay(base, 0, n) else { return }
                read += 1
                let tokens = PeriodGrammar.tokenize(base, 0, n)
                #expect(tokens.flatMap { PeriodGrammar.day($0[...]) } == fast, "\(text)")
            }
        }
        #expect(read > 10_000)
    }

    /// Random bytes drawn mostly from UTF-8's interesting ones: the automaton
    /// says "valid" exactly when the byte-exact validator finds nothing.
    @Test func utf8AutomatonAgreesWithTheExactValidator() {
        var draw = Draw(state: 11)
        let interesting: [UInt8] = [0x41, 0x2C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        var valid = 0
        for round in 0..<100_000 {
            var bytes: [UInt8] = Array("가,".utf8).prefix(round % 4).map { $0 }
            for _ in 0..<(1 + draw.next(12)) {
                bytes.append(draw.next(4) == 0 ? UInt8(draw.next(256)) : interesting[draw.next(interesting.count)])
            }
            if round % 3 == 0 { bytes += Array("광주 북구 0123".utf8) }
            bytes.withUnsafeBufferPointer { buf in
                let exact = TextDecoder.firstInvalidUTF8Exactly(buf, from: 0, to: buf.count)
                #expect(UTF8Automaton.isValid(buf, from: 0, to: buf.count) == (exact == nil), "\(bytes)")
                if exact == nil { valid += 1 }
            }
        }
        #expect(valid > 1_000)
    }

    /// Every two-byte sequence: the table accepts what iconv accepts, with the
    /// same UTF-8. One known difference: glibc's CP949 fails on `A2 E8` (㉾,
    /// added in KS X 1001:2002) only after consuming it, so alone it "succeeds"
    /// with no output and in a file it is reported at the next byte; the table
    /// rejects it at its first byte.
    @Test func cp949TableAgreesWithIconv() throws {
        let table = try #require(CP949Table.shared)
        var mismatches: [String] = []
        var outT = [UInt8](repeating: 0, count: 16), outI = [UInt8](repeating: 0, count: 16)
        for lead in 0x80..<0x100 {
            for trail in 0..<0x100 {
                let input: [UInt8] = [UInt8(lead), UInt8(trail)]
                let t = input.withUnsafeBufferPointer { i in outT.withUnsafeMutableBufferPointer { table.convert(i, from: 0, to: 2, into: $0) } }
                let c = input.withUnsafeBufferPointer { i in outI.withUnsafeMutableBufferPointer { TextDecoder.convertWithIconv(i, from: 0, to: 2, into: $0) } }
                switch (t, c) {
                case (.success(let a), .success(let b)) where a == b && outT[..<a] == outI[..<b]: continue
                case (.failure(let a), .failure(let b)) where a.offset == b.offset: continue
                default: mismatches.append(String(lead * 256 + trail, radix: 16))
                }
            }
        }
        #expect(mismatches == ["a2e8"], "\(mismatches.prefix(10))")
    }
}
