#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// An exclusive `flock` on an input in `processing/`, held while the input is processed.
///
/// A second daemon sharing the folders skips a locked file instead of processing it twice;
/// the kernel drops the lock when a crashed process dies, so leftovers are taken up again.
public final class InputLock: Sendable {
    private let descriptor: Mutex<Int32>

    init(descriptor: Int32) {
        self.descriptor = Mutex(descriptor)
    }

    /// Calls `body` with the open descriptor, or returns nil once released.
    func withDescriptor<T>(_ body: (Int32) -> T) -> T? {
        descriptor.withLock { fd in fd >= 0 ? body(fd) : nil }
    }

    /// Closes the file, which releases the lock. Safe to call more than once.
    public func release() {
        descriptor.withLock { fd in
            if fd >= 0 {
                close(fd)
                fd = -1
            }
        }
    }

    deinit { release() }
}
