import BriefingCore
import BriefingReport
import Foundation

/// The templates under `--templates`: every `*.yaml` in it and in its
/// folders one level down, each under the name its run folder uses
/// (`TemplateName`: `usa-2024/briefing.yaml` is `usa-2024`). A request names
/// a template only by that name, looked up here: no path from a request is
/// ever opened, and a file whose real path leaves the folder (a symlink out)
/// is not listed.
struct TemplateCatalog: Sendable {
    struct Entry: Sendable {
        var name: String
        var path: String
    }

    let root: String

    func entries() -> [Entry] {
        let fm = FileManager.default
        guard let realRoot = realPath(root) else { return [] }
        var files: [String] = []
        let top = (try? fm.contentsOfDirectory(atPath: root).sorted()) ?? []
        for item in top where !item.hasPrefix(".") {
            let path = LocalPath(root).appending(item).text
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                let inner = (try? fm.contentsOfDirectory(atPath: path).sorted()) ?? []
                files += inner.filter { !$0.hasPrefix(".") && Self.isYAML($0) }.map { LocalPath(path).appending($0).text }
            } else if Self.isYAML(item) {
                files.append(path)
            }
        }
        var seen: Set<String> = []
        var out: [Entry] = []
        for f in files {
            guard let real = realPath(f), real.hasPrefix(realRoot + "/") else { continue }
            let name = TemplateName.of(f)
            if seen.insert(name).inserted { out.append(Entry(name: name, path: f)) }
        }
        return out
    }

    func entry(named name: String) -> Entry? { entries().first { $0.name == name } }

    static func isYAML(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }
}

/// The canonical path with every symlink resolved, or nil if it does not exist.
func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
}
