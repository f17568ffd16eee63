import BriefingTestSupport
import BriefingCore
import Foundation
import Testing

@Suite("Output transaction")
struct OutputTransactionTests {
    @Test func commitWritesEveryFileAndNoTemporaries() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        var t = OutputTransaction(folder: s.file("2024-03"))
        try t.add("briefing.pdf", Array("pdf".utf8))
        try t.add("charts/exports.png", Array("png".utf8))
        let written = try t.commit()
        #expect(written.map(\.path) == ["briefing.pdf", "charts/exports.png"])
        #expect(written[0].size == 3)
        #expect(written[0].sha256 == SHA256.hex(Array("pdf".utf8)))
        #expect(s.listing() == ["2024-03/briefing.pdf", "2024-03/charts/exports.png"])
        #expect(s.read("2024-03/charts/exports.png") == "png")
    }

    /// The second output's folder cannot be created (a file is in the way), so
    /// phase 1 fails after the first output was already staged: the earlier
    /// files keep their old bytes and no temporary remains.
    @Test func failureMidwayLeavesPreviousFilesUntouched() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        try s.write("2024-03/a.txt", "old a")
        try s.write("2024-03/c.txt", "old c")
        try s.write("2024-03/blocked", "a file where a folder should be")
        let before = s.listing()
        var t = OutputTransaction(folder: s.file("2024-03"))
        try t.add("a.txt", Array("new a".utf8))
        try t.add("blocked/b.txt", Array("new b".utf8))
        try t.add("c.txt", Array("new c".utf8))
        #expect {
            try t.commit()
        } throws: { error in
            // The staging of blocked/b.txt fails: a file stands where its folder should be.
            (error as? AtomicFileError).map { "\($0)".contains("blocked") } ?? false
        }
        #expect(s.read("2024-03/a.txt") == "old a")
        #expect(s.read("2024-03/c.txt") == "old c")
        #expect(s.listing() == before)
    }

    @Test func writeFailureOnReadOnlyFolderLeavesNothing() throws {
        guard geteuid() != 0 else { return }  // root writes anyway; the test above covers the logic
        let s = try OutputScratch()
        defer { chmod(s.file("2024-03"), 0o755); s.cleanUp() }
        try s.write("2024-03/a.txt", "old a")
        chmod(s.file("2024-03"), 0o555)
        var t = OutputTransaction(folder: s.file("2024-03"))
        try t.add("a.txt", Array("new a".utf8))
        #expect(throws: AtomicFileError.self) { try t.commit() }
        #expect(s.read("2024-03/a.txt") == "old a")
        #expect(s.listing() == ["2024-03/a.txt"])
    }

    @Test(arguments: [
        ("", OutputTransactionError.invalidName("")),
        ("/etc/passwd", .invalidName("/etc/passwd")),
        ("../x.pdf", .invalidName("../x.pdf")),
        ("a/../../x", .invalidName("a/../../x")),
        (".hidden.tmp", .invalidName(".hidden.tmp")),
        ("charts//x.png", .invalidName("charts//x.png")),
    ])
    func rejectsNamesOutsideTheFolder(name: String, error: OutputTransactionError) {
        var t = OutputTransaction(folder: "/nonexistent")
        #expect(throws: error) { try t.add(name, []) }
    }

    @Test func rejectsTheSameNameTwice() throws {
        var t = OutputTransaction(folder: "/nonexistent")
        try t.add("a.pdf", [1])
        #expect(throws: OutputTransactionError.duplicateName("a.pdf")) { try t.add("a.pdf", [2]) }
    }

    /// Temporaries of a killed writer (dead pid, or a name without a pid) are
    /// removed, in subfolders too; a live writer's temporary is kept.
    @Test func staleTemporariesAreRemovedLiveOnesKept() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        let dead = try deadProcessID()
        try s.write("2024-03/.briefing.pdf.\(dead).123.tmp", "half")
        try s.write("2024-03/charts/.a.png.\(dead).9.tmp", "half")
        try s.write("2024-03/.odd.tmp", "half")
        try s.write("2024-03/.live.pdf.\(getpid()).5.tmp", "being written")
        try s.write("2024-03/briefing.pdf", "good")
        let removed = OutputTransaction.removeStaleTemporaries(under: s.file("2024-03"))
        #expect(removed.count == 3)
        #expect(s.listing() == ["2024-03/.live.pdf.\(getpid()).5.tmp", "2024-03/briefing.pdf"])
    }

    @Test func atomicWriteReplacesWholeFile() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        try AtomicFile.write("first, longer text", to: s.file("x/y.txt"))
        try AtomicFile.write("second", to: s.file("x/y.txt"))
        #expect(s.read("x/y.txt") == "second")
        #expect(s.listing() == ["x/y.txt"])
    }

    @Test func discardedStageLeavesTargetAlone() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        try s.write("t.txt", "old")
        let staged = try AtomicFile.stage(Array("new".utf8), for: s.file("t.txt"))
        #expect(s.listing().count == 2)
        staged.discard()
        #expect(s.listing() == ["t.txt"])
        #expect(s.read("t.txt") == "old")
    }
}
