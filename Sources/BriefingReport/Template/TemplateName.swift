import BriefingCore
import Foundation

/// The short name a template's outputs, manifest, lock and schedule units are
/// called by: the file's stem (`monthly.yaml` → `monthly`), or for a generic
/// file name its folder's name, which says more
/// (`templates/usa-2024/briefing.yaml` → `usa-2024`). Characters a file name
/// or unit name cannot hold become `_`.
public enum TemplateName {
    public static let generic: Set<String> = ["briefing", "report", "template", "index"]

    ///
    /// A relative path is read against the working folder, so `briefing.yaml`
    /// run inside `templates/usa-2024` is still called `usa-2024`.
    public static func of(_ path: String) -> String {
        let file = LocalPath(path).absolute(in: LocalPath(FileManager.default.currentDirectoryPath)).lexicallyNormalized
        let stem = file.stem
        let folder = file.parent.name
        let base = generic.contains(stem) && !folder.isEmpty && folder != "." && folder != "/" ? folder : stem
        let safe = String(base.map { $0 == "/" || $0 == " " || $0 == "\\" || $0.isNewline ? "_" : $0 })
        return safe.isEmpty || safe.hasPrefix(".") ? "template" + safe : safe
    }
}
