import BriefingCore
import Foundation
import Testing

/// A fresh folder under /tmp for one test, removed by `cleanUp()`.
struct OutputScratch {
    let path: String

    init(_ name: String = #function) throws {
        let base = NSTemporaryDirectory() + "briefing-output-tests-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    func file(_ name: String) -> String { LocalPath(path).appending(name).text }

    func write(_ name: String, _ text: String) throws {
        let p = file(name)
        try FileManager.default.createDirectory(atPath: LocalPath(p).parent.text, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: p))
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file below the folder, relative, sorted (hidden ones included).
    func listing() -> [String] {
        let e = FileManager.default.enumerator(atPath: path)
        var out: [String] = []
        while let next = e?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: file(next), isDirectory: &isFolder)
            if !isFolder.boolValue { out.append(next) }
        }
        return out.sorted()
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}

