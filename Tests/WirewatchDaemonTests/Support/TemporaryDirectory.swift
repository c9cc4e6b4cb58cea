import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init(_ label: String = "test") {
        path = NSTemporaryDirectory() + "wirewatch-\(label)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `contents` to `name`, optionally with an mtime `age` seconds in the past.
    @discardableResult
    func write(_ name: String, _ contents: [UInt8], age: TimeInterval = 0) -> String {
        let target = file(name)
        FileManager.default.createFile(atPath: target, contents: Data(contents))
        if age > 0 {
            try? FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: target)
        }
        return target
    }

    func write(_ name: String, _ text: String, age: TimeInterval = 0) {
        write(name, Array(text.utf8), age: age)
    }

    /// Names in a subfolder, sorted.
    func list(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: file(folder))) ?? []).sorted()
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
