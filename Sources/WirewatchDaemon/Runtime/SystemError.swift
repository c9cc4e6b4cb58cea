#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call: what was attempted, on which path, and the errno.
public struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32

    public init(_ operation: String, _ path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// The C library's message for the errno.
    public var message: String { String(cString: strerror(code)) }

    public var description: String { "\(operation) \(path): \(message)" }

    /// A key for "log once per cause": the operation's folder and the errno.
    public var cause: String { "\(operation):\(code)" }
}
