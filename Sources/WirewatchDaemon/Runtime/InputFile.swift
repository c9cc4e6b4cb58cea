#if canImport(Glibc)
import Glibc
#endif
import Foundation
import WirewatchCore

/// An opened input: its descriptor (held, with its lock, by `lock`), size and mtime.
///
/// Reads with `pread` from offset 0, in 64 KiB chunks, so the parser can read the file twice
/// (hash, then parse) and never holds more than a chunk of it.
public struct InputFile: Sendable {
    public let path: String
    public let lock: InputLock
    /// Size in bytes when opened.
    public let size: Int
    public let modified: Date

    /// Chunk size for reading, in bytes.
    static let chunkSize = 65536

    /// Calls `body` with each chunk in order until it returns false or the file ends.
    public func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws(StageFailure) -> Bool) throws(StageFailure) {
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        var offset = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                lock.withDescriptor { fd -> Int in
                    while true {
                        let result = pread(fd, raw.baseAddress, raw.count, off_t(offset))
                        if result < 0 && errno == EINTR { continue }
                        return result
                    }
                } ?? -1
            }
            if count < 0 {
                throw StageFailure(stage: "read", reason: SystemError("read", path).description)
            }
            if count == 0 { return }
            offset += count
            let more = try buffer.withUnsafeBufferPointer { (all: UnsafeBufferPointer<UInt8>) throws(StageFailure) -> Bool in
                try body(UnsafeBufferPointer(rebasing: all[0..<count]))
            }
            if !more { return }
        }
    }

    /// The whole file.
    public func readAll() throws(StageFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        try forEachChunk { chunk throws(StageFailure) in
            bytes.append(contentsOf: chunk)
            return true
        }
        return bytes
    }
}
