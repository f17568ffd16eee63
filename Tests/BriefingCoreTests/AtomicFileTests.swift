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
