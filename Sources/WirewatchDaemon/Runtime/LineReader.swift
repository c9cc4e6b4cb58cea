#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a file descriptor in 64 KiB chunks, without holding more than one line
/// and one chunk in memory.
public final class LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var head = 0
    private var atEnd = false
    /// Set when a read failed; the lines before it were returned.
    public private(set) var error: SystemError?

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its newline, or nil at the end of the input.
    public func next() -> [UInt8]? {
        while true {
            if let newline = buffer[head...].firstIndex(of: 0x0A) {
                let line = Array(buffer[head..<newline])
                head = newline + 1
                return line
            }
            if atEnd {
                guard head < buffer.count else { return nil }
                let line = Array(buffer[head...])
                head = buffer.count
                return line
            }
            if head > 0 {
                buffer.removeFirst(head)
                head = 0
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                error = SystemError("read", "input")
                atEnd = true
            } else if count == 0 {
                atEnd = true
            } else {
                buffer.append(contentsOf: chunk[0..<count])
            }
        }
    }
}
