import Foundation
import Testing
@testable import BriefingCore

@Suite("Atomic writes")
struct AtomicFileTests {
    @Test("a write replaces the file whole and leaves no temporary behind")
    func replaces() throws {
        let dir = NSTemporaryDirectory() + "atomic-\(UUID().uuidString)"
        let path = dir + "/a.txt"
        try AtomicFile.write("old", to: path)
        try AtomicFile.write("new content", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new content")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.txt"])
    }

    @Test("a failed write leaves the previous file as it was")
    func failedWriteKeepsOld() throws {
        let dir = NSTemporaryDirectory() + "atomic-\(UUID().uuidString)"
        try AtomicFile.write("good", to: dir + "/a.txt")
        // A directory where the file should be makes rename fail.
        try FileManager.default.createDirectory(atPath: dir + "/b.txt", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/b.txt/x", withIntermediateDirectories: true)
        #expect {
            try AtomicFile.write("x", to: dir + "/b.txt")
        } throws: { error in
            if case .cannotRename(_, let target, _)? = error as? AtomicFileError { return target == dir + "/b.txt" }
            return false
        }
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "good")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.txt", "b.txt"])
    }
}

/// `makeFolder` and `write` on every shape of path a user types after `--out`
/// (the relative ones are run by the end-to-end tests, which set the binary's
/// working folder instead of this process's).
@Suite("Atomic writes: folders")
struct AtomicFileFolderTests {
    @Test(arguments: ["o", "x/y/z", "한글 폴더/월 보고", "a b/c", "o/./p", "trailing/"])
    func writesIntoNewNestedFolders(folder: String) throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        let target = LocalPath(s.file(folder)).appending("f.txt").text
        try AtomicFile.write("hello", to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "hello")
        #expect(try FileManager.default.contentsOfDirectory(atPath: LocalPath(target).parent.text) == ["f.txt"])
    }

    @Test func writesThroughASymlinkedFolder() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        try FileManager.default.createDirectory(atPath: s.file("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: s.file("link"), withDestinationPath: s.file("real"))
        try AtomicFile.write("via link", to: s.file("link/new/f.txt"))
        #expect(s.read("real/new/f.txt") == "via link")
    }

    /// A regular file where a folder must be fails for root too (chmod does
    /// not stop root), naming the file in the way.
    @Test func aFileInTheWayIsNamed() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        try s.write("file", "not a folder")
        #expect(throws: AtomicFileError.notAFolder(s.file("file"))) {
            try AtomicFile.write("x", to: s.file("file/sub/f.txt"))
        }
        #expect(AtomicFileError.notAFolder("out").description == "cannot create a folder at out: a file is in the way")
        #expect(AtomicFileError.notAFolder("out").errorNumber == ENOTDIR)
        #expect(s.listing() == ["file"])
    }

    @Test func anExistingFolderIsLeftAsItIs() throws {
        let s = try OutputScratch()
        defer { s.cleanUp() }
        try s.write("o/old.txt", "old")
        try AtomicFile.makeFolder(s.file("o"))
        try AtomicFile.makeFolder(s.file("o") + "/")
        #expect(s.listing() == ["o/old.txt"])
    }
}
