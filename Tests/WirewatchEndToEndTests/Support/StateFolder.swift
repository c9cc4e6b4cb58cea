import Foundation

/// A temporary state folder for one end-to-end test, removed afterwards.
final class StateFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "wirewatch-e2e-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path + "/inbox", withIntermediateDirectories: true)
    }

    func file(_ relative: String) -> String { path + "/" + relative }

    func list(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: file(folder))) ?? []).sorted()
    }

    /// Writes an inbox file directly (mtime now).
    func write(_ name: String, _ bytes: [UInt8], age: TimeInterval = 5) {
        let path = file("inbox/" + name)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        if age > 0 {
            try? FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: path)
        }
    }

    /// Drops a file into the inbox atomically (write hidden, rename).
    func drop(_ name: String, _ text: String) {
        let temporary = file("inbox/.\(name).tmp")
        FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8))
        rename(temporary, file("inbox/" + name))
    }

    /// The parsed JSON of a file.
    func json(_ relative: String) -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: file(relative)) else { return [:] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// Records in the outbox, by input file name.
    func records() -> [String: [[String: Any]]] {
        var byFile: [String: [[String: Any]]] = [:]
        for name in list("outbox") where name.hasSuffix(".json") {
            let record = json("outbox/" + name)
            let source = record["source"] as? [String: Any]
            byFile[source?["file"] as? String ?? "?", default: []].append(record)
        }
        return byFile
    }

    @discardableResult
    func wait(seconds: Double = 20, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
