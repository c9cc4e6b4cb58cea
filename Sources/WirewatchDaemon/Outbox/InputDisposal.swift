import Foundation

/// Where an input goes when Wirewatch is done with it: `archive/`, deletion, or `failed/`
/// with a sidecar. Names already taken in `archive/` or `failed/` are never overwritten.
public struct InputDisposal: Sendable {
    public let folders: Folders

    public init(folders: Folders) {
        self.folders = folders
    }

    /// Archives or deletes a processed input, durably. Returns the archived name, or nil when deleted.
    @discardableResult
    public func complete(_ path: String, name: String, afterSuccess: AfterSuccess) throws(SystemError) -> String? {
        switch afterSuccess {
        case .archive:
            let archived = try FileOperations.moveWithoutReplacing(path, into: folders.archive, name: name)
            try FileOperations.syncDirectory(folders.archive)
            try FileOperations.syncDirectory(folders.processing)
            return archived
        case .delete:
            if path.withCString({ unlinkPath($0) }) != 0 { throw SystemError("delete", path) }
            try FileOperations.syncDirectory(folders.processing)
            return nil
        }
    }

    /// Moves an input (a file, or a link, FIFO, directory… as the entry itself) to `failed/`
    /// and writes its sidecar. Returns the name it has in `failed/`.
    @discardableResult
    public func fail(_ path: String, name: String, sidecar: ErrorSidecar) throws(SystemError) -> String {
        // Sidecars end in .error.json: an input with that ending is renamed so the two never collide.
        let baseName = name.hasSuffix(".error.json") ? name + ".input" : name
        var failedName = try FileOperations.moveWithoutReplacing(path, into: folders.failed, name: baseName)
        var attempt = 1
        while FileManager.default.fileExists(atPath: FileOperations.join(folders.failed, failedName + ".error.json")) {
            // A stale sidecar of the same name: take a fresh name for the input as well.
            let fresh = try FileOperations.moveWithoutReplacing(
                FileOperations.join(folders.failed, failedName), into: folders.failed,
                name: FileOperations.suffixed(baseName, attempt))
            failedName = fresh
            attempt += 1
        }
        try FileOperations.writeDurably(sidecar.json, directory: folders.failed, name: failedName + ".error.json")
        try FileOperations.syncDirectory(folders.failed)
        return failedName
    }
}
