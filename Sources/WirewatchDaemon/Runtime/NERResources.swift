import Foundation
import WirewatchCore

/// Loads the NER model and lexicons from the data folder.
public enum NERResources {
    /// The model file's path in a data folder.
    public static func modelPath(_ dataDirectory: String) -> String {
        FileOperations.join(dataDirectory, "ner.model")
    }

    /// Reads the lexicons in `<data>/lexicons/` (missing files are empty lexicons).
    public static func lexicons(_ dataDirectory: String) -> Lexicons {
        var files: [String: String] = [:]
        let folder = FileOperations.join(dataDirectory, "lexicons")
        for name in Lexicons.fileNames {
            if let data = FileManager.default.contents(atPath: FileOperations.join(folder, name)) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return Lexicons(files: files)
    }

    /// Reads the model, or explains why it cannot be used.
    public static func model(_ dataDirectory: String) throws(StageFailure) -> NERModel {
        let path = modelPath(dataDirectory)
        let file: InputFile
        do throws(FileOperations.OpenFailure) {
            file = try FileOperations.openInput(path, maxBytes: 1 << 30, lock: false)
        } catch {
            throw StageFailure(stage: "ner", reason: "no NER model at \(path) (build it with `wirewatch train ner`)")
        }
        defer { file.lock.release() }
        // Read straight into the array the model keeps: one copy of the weights in memory.
        return try NERModel(bytes: try file.readAll())
    }
}
