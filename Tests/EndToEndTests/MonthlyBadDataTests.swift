import Foundation
import Testing

/// Bad data in the month being reported: the run stops with exit 1 and a
/// message that says where, and every folder rendered before stays as it was.
@Suite("Monthly sample: bad data")
struct MonthlyBadDataTests {
    /// A copy of templates/monthly-exports in a scratch folder, rendered for
    /// February and March with good data.
    struct Sample {
        let scratch: ScratchFolder
        let template: String
        let data: String
        let out: String

        init(_ label: String) throws {
            scratch = try ScratchFolder(label)
            let folder = try scratch.copy(repositoryFolder: "templates/monthly-exports")
            template = folder + "/monthly.yaml"
            data = folder + "/data/monthly.csv"
            out = scratch.sub("output")
        }

        func run(_ period: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> BriefingBinary.Result {
            try BriefingBinary.run(["run", template, "--period", period, "--out", out], environment: MonthlyRunTests.fixedClock)
        }

        /// Every file under `out` except the lock folder: relative path → bytes.
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            let e = try #require(FileManager.default.enumerator(atPath: out))
            while let rel = e.nextObject() as? String {
                if rel.hasPrefix(".locks") { continue }
                var isFolder: ObjCBool = false
                let full = out + "/" + rel
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                files[rel] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
            return files
        }

        /// monthly.csv's bytes (CP949, CRLF) with one ASCII stretch replaced.
        func edit(replacing old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: data)))
            let o = Array(old.utf8), n = Array(new.utf8)
            let at = try #require((0...(bytes.count - o.count)).first { Array(bytes[$0..<($0 + o.count)]) == o },
                                  "'\(old)' not in \(data)", sourceLocation: sourceLocation)
            try Data(bytes[..<at] + n + bytes[(at + o.count)...]).write(to: URL(fileURLWithPath: data))
        }
    }

    @Test func aMalformedCellInTheMonthStopsTheRunAtItsLineAndColumn() throws {
        let sample = try Sample("badcell")
        defer { sample.scratch.remove() }
        for period in ["2024-02", "2024-03"] {
            let r = try sample.run(period)
            try #require(r.status == 0, "\(r)")
        }
        let before = try sample.snapshot()
        #expect(before.keys.contains("2024-02/monthly.pdf") && before.keys.contains("2024-03/monthly.pdf"))

        // 2024.03's 계약액 (4th field, after "2024.03,113,3035,") mistyped.
        try sample.edit(replacing: "\r\n2024.03,113,3035,862,900\r\n", with: "\r\n2024.03,113,3035,12a,900\r\n")
        let r = try sample.run("2024-03")
        #expect(r.status == 1, "\(r)")
        // Line 16: the header, then 2023.01 … 2024.03. Column 18: after "2024.03,113,3035,".
        #expect(r.stderr.contains("\(sample.data):16:18: '12a' is not a number"), "\(r)")
        #expect(r.stderr.contains(" 16 | 2024.03,113,3035,12a,900"), "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")

        let after = try sample.snapshot()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, bytes) in before { #expect(after[path] == bytes, "\(path) changed although the run failed") }
    }

    @Test func aMonthNotInTheDataYetStopsTheRunNamingMonthAndFile() throws {
        let sample = try Sample("nomonth")
        defer { sample.scratch.remove() }
        let r0 = try sample.run("2024-02")
        try #require(r0.status == 0, "\(r0)")
        let before = try sample.snapshot()

        // The export ends with February: cut everything from the 2024.03 row on.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: sample.data)))
        let march = Array("\r\n2024.03,".utf8)
        let at = try #require((0...(bytes.count - march.count)).first { Array(bytes[$0..<($0 + march.count)]) == march })
        try Data(bytes[..<(at + 2)]).write(to: URL(fileURLWithPath: sample.data))

        let r = try sample.run("2024-03")
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("no data for 2024-03 in \(sample.data) (column '월')"), "\(r)")
        #expect(r.stderr.contains("\(sample.data):15:1:"), "the last row (2024.02, line 15): \(r)")
        #expect(!FileManager.default.fileExists(atPath: sample.out + "/2024-03/monthly.pdf"))
        #expect(try sample.snapshot() == before, "a failed run leaves February as it was")

        // February still renders from an export that ends with February.
        let feb = try sample.run("2024-02")
        #expect(feb.status == 0, "\(feb)")
    }
}
