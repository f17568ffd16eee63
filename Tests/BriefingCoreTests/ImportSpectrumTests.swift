import Foundation
import Testing
@testable import BriefingCore

/// The public csv-spectrum corpus, read where it lives (`../shared/conformance`).
/// Skipped with a notice when a clone has no `../shared`; CI fails instead
/// (`ConformanceCorpusTests`).
@Suite("csv-spectrum conformance", .enabled(if: ImportFixtures.conformancePresent, ImportFixtures.conformanceAbsentNotice))
struct ImportSpectrumTests {
    static let root = ImportFixtures.conformance.appendingPathComponent("csv-spectrum")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("csvs").path)) ?? []
        // location_coordinates.json does not match its CSV upstream (see SOURCE.md); tested below.
        return names.filter { $0.hasSuffix(".csv") && $0 != "location_coordinates.csv" }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The records as the JSON would have them: header keys to raw strings.
    static func objects(_ records: [[String]]) -> [[String: String]] {
        guard let header = records.first else { return [] }
        return records.dropFirst().map { row in
            Dictionary(uniqueKeysWithValues: zip(header, row).map { ($0, $1) })
        }
    }

    static func expected(_ url: URL) throws -> [[String: String]] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [[String: String]]
    }

    @Test func corpusIsThere() {
        #expect(ImportSpectrumTests.cases.count == 11)
    }

    @Test("every case parses to its JSON", arguments: cases)
    func spectrum(_ name: String) throws {
        let bytes = try ImportFixtures.bytes(Self.root.appendingPathComponent("csvs/\(name).csv"))
        let records = try CSVImporter.records(bytes: bytes, name: "\(name).csv")
        #expect(Self.objects(records) == (try Self.expected(Self.root.appendingPathComponent("json/\(name).json"))))
    }

    @Test func newlinesCROnly() throws {
        let bytes = try ImportFixtures.bytes(Self.root.appendingPathComponent("not-in-head/csvs/newlines_cr.csv"))
        let records = try CSVImporter.records(bytes: bytes, name: "newlines_cr.csv")
        #expect(Self.objects(records) == (try Self.expected(Self.root.appendingPathComponent("not-in-head/json/newlines_cr.json"))))
        let typed = try CSVImporter.read(bytes: bytes, name: "newlines_cr.csv")
        #expect(typed.lineEnding == .cr)
        #expect(typed.table.rowLines == [2, 3, 5])
    }

    /// Latin-1 `©` (0xA9) is neither UTF-8 nor CP949: an error at its place, never garbled.
    @Test func latin1IsAnErrorAtTheByte() throws {
        let bytes = try ImportFixtures.bytes(Self.root.appendingPathComponent("not-in-head/csvs/latin1.csv"))
        expectProblems([(3, 5, "found \"\\xA9\", expected text in UTF-8 or CP949")]) {
            _ = try CSVImporter.read(bytes: bytes, name: "latin1.csv")
        }
        expectProblems([(3, 5, "found \"\\xA9\", expected UTF-8 text")]) {
            _ = try CSVImporter.records(bytes: bytes, name: "latin1.csv", options: ImportOptions(encoding: .utf8))
        }
    }

    /// Policy: `NULL` is a word like any other, quoted or not; only an empty
    /// field is empty. (Upstream's JSON reads unquoted NULL as empty.)
    @Test func nullIsText() throws {
        let bytes = try ImportFixtures.bytes(Self.root.appendingPathComponent("not-in-head/csvs/null.csv"))
        #expect(try CSVImporter.records(bytes: bytes, name: "null.csv") == [["a", "b", "c"], ["1", "", "2"], ["3", "NULL", "4"], ["5", "NULL", "6"]])
        let b = try CSVImporter.read(bytes: bytes, name: "null.csv").table.columns[1]
        #expect(Array(b) == [.missing(""), .text("NULL"), .text("NULL")])
    }

    /// Its U+FFFD characters count as one column each; the quote inside the
    /// unquoted field is an error at its exact place (it would be "37�36'37.8\"N").
    @Test func locationCoordinatesReplacementCharacter() throws {
        let bytes = try ImportFixtures.bytes(Self.root.appendingPathComponent("csvs/location_coordinates.csv"))
        expectProblems([(2, 22, "found \"\\\"\" inside an unquoted field"), (2, 35, "found \"\\\"\" inside an unquoted field")]) {
            _ = try CSVImporter.records(bytes: bytes, name: "location_coordinates.csv")
        }
        do {
            _ = try CSVImporter.read(bytes: bytes, name: "location_coordinates.csv")
        } catch {
            #expect(error.diagnostics.first?.sourceLine?.contains("37\u{FFFD}36'37.8\"N") == true)
        }
    }
}

/// Under CI the shared corpus is required: a skipped conformance suite there
/// would pass without testing anything.
@Suite("Shared conformance corpus")
struct ConformanceCorpusTests {
    @Test("CI=true requires ../shared/conformance", .enabled(if: ImportFixtures.runningInCI, "runs only when CI=true"))
    func presentInCI() {
        #expect(ImportFixtures.conformancePresent, "CI=true, but \(ImportFixtures.conformance.path) is missing")
    }
}
