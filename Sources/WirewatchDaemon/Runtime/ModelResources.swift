import Foundation
import WirewatchCore

/// Loads the models and lexicons from the data folder.
public enum ModelResources {
    /// The entity tagger's model file in a data folder.
    public static func modelPath(_ dataDirectory: String) -> String {
        FileOperations.join(dataDirectory, "ner.model")
    }

    /// The attribution model's file (filter and tagger) in a data folder.
    public static func quotesModelPath(_ dataDirectory: String) -> String {
        FileOperations.join(dataDirectory, "quotes.model")
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

    /// Reads the entity model, or explains why it cannot be used.
    public static func model(_ dataDirectory: String) throws(StageFailure) -> TaggerModel {
        guard let model = try read(modelPath(dataDirectory), stage: "ner") else {
            throw StageFailure(stage: "ner", reason: "no NER model at \(modelPath(dataDirectory)) (build it with `wirewatch train ner`)")
        }
        return model
    }

    /// Reads the attribution model: nil when there is none (the quote rules then work alone),
    /// an error when the file is there but damaged.
    public static func quotesModel(_ dataDirectory: String) throws(StageFailure) -> AttributionModel? {
        guard let bytes = try contents(quotesModelPath(dataDirectory), stage: "quotes") else { return nil }
        return try AttributionModel(bytes: bytes)
    }

    /// Reads word clusters (`scripts/build-word-clusters.py` output) for `wirewatch train quotes`.
    public static func wordClusters(_ path: String) throws(StageFailure) -> WordClusters {
        guard let bytes = try contents(path, stage: "quotes") else {
            throw StageFailure(stage: "quotes", reason: "cannot read word clusters \(path)")
        }
        return try WordClusters(tsv: String(decoding: bytes, as: UTF8.self))
    }

    /// Writes a model file's `bytes` to `path` durably (fsynced, renamed into place), creating
    /// its folder; returns the size.
    public static func write(_ bytes: [UInt8], to path: String) throws(SystemError) -> Int {
        let folder = (path as NSString).deletingLastPathComponent
        try FileOperations.makeDirectory(folder.isEmpty ? "." : folder, mode: 0o755)
        try FileOperations.writeDurably(bytes, directory: folder.isEmpty ? "." : folder, name: (path as NSString).lastPathComponent, mode: 0o644)
        return bytes.count
    }

    /// A tagger model file, or nil when it does not exist.
    private static func read(_ path: String, stage: String) throws(StageFailure) -> TaggerModel? {
        guard let bytes = try contents(path, stage: stage) else { return nil }
        return try TaggerModel(bytes: bytes, stage: stage)
    }

    /// A model file's bytes, or nil when it does not exist.
    private static func contents(_ path: String, stage: String) throws(StageFailure) -> [UInt8]? {
        let file: InputFile
        do throws(FileOperations.OpenFailure) {
            file = try FileOperations.openInput(path, maxBytes: 1 << 30, lock: false)
        } catch {
            if !FileManager.default.fileExists(atPath: path) { return nil }
            throw StageFailure(stage: stage, reason: "cannot open \(path): \(error)")
        }
        defer { file.lock.release() }
        // Read straight into one array: the entity model keeps it (one copy of its weights in memory).
        return try file.readAll()
    }
}
