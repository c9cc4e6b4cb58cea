#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `unlink(2)`, named apart so that types with a `remove` method can call it.
@discardableResult
func unlinkPath(_ path: UnsafePointer<CChar>) -> Int32 {
    unlink(path)
}
