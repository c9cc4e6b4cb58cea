#if canImport(Glibc)
import Glibc
#endif
import Foundation
import WirewatchCore

/// Checks that a configuration can run: folders exist (created when missing, with their
/// modes), are folders, are writable, and share one file system (inputs move between them
/// by rename); the data folder exists when it is named; the pipeline's stages fit together.
public struct Validator: Sendable {
    public let configuration: Configuration
    public let dataDirectory: String

    public init(configuration: Configuration, dataDirectory: String) {
        self.configuration = configuration
        self.dataDirectory = dataDirectory
    }

    /// Problems found; empty when the configuration is usable.
    public func problems() -> [String] {
        var problems: [String] = []
        var devices: [(String, UInt64)] = []
        for folder in configuration.folders.all {
            do throws(SystemError) {
                try FileOperations.makeDirectory(folder.path, mode: mode_t(folder.mode))
                try FileOperations.checkWritable(folder.path)
                var info = stat()
                if stat(folder.path, &info) == 0 { devices.append((folder.key, UInt64(info.st_dev))) }
            } catch {
                problems.append("\(folder.key) \(folder.path): \(error.message)")
            }
        }
        let moving = devices.filter { $0.0 != "outbox_dir" }
        if let first = moving.first, let other = moving.first(where: { $0.1 != first.1 }) {
            problems.append(
                "\(first.0) and \(other.0) are on different file systems; inputs move between them by rename, which needs one file system")
        }
        if configuration.dataDir != nil {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: dataDirectory, isDirectory: &isDirectory) || !isDirectory.boolValue {
                problems.append("data_dir \(dataDirectory): not a folder")
            }
        }
        do throws(StageFailure) {
            _ = try PipelinePlan.standard()
        } catch {
            problems.append("pipeline: \(error.reason)")
        }
        return problems
    }
}
