import Foundation

/// Finds the folder of models and lexicons when `data_dir` is not set.
///
/// Installed: `<prefix>/share/wirewatch` next to `<prefix>/bin/wirewatch`. From a checkout:
/// the repository's `data/` folder, found by walking up from the executable (`.build/…`) to
/// the folder holding `Package.swift`. Otherwise `/usr/share/wirewatch`.
public enum DataDirectory {
    public static func resolve(configured: String?, executable: String) -> String {
        if let configured { return configured }
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        let installed = binary.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/wirewatch").path
        if FileManager.default.fileExists(atPath: installed) { return installed }
        var folder = binary.deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder.appendingPathComponent("data").path
            }
            folder = folder.deletingLastPathComponent()
        }
        return "/usr/share/wirewatch"
    }
}
