#if canImport(Glibc)
import Glibc
#endif

/// Sends sd_notify messages (`READY=1`, `STATUS=…`, `WATCHDOG=1`, `STOPPING=1`) to systemd.
///
/// The protocol is one datagram to the AF_UNIX socket named by `$NOTIFY_SOCKET` (a path, or an
/// abstract name when it starts with `@`); no libsystemd is needed. Without the variable
/// every call does nothing, so the daemon runs the same outside systemd.
public struct SystemdNotifier: Sendable {
    public let socketPath: String?
    /// Watchdog interval in microseconds, when systemd asked for pings and they are for us.
    public let watchdogMicroseconds: UInt64?

    public init(environment: [String: String]) {
        let path = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        socketPath = path
        if let text = environment["WATCHDOG_USEC"], let usec = UInt64(text), usec > 0,
            environment["WATCHDOG_PID"].flatMap(Int32.init).map({ $0 == getpid() }) ?? true
        {
            watchdogMicroseconds = usec
        } else {
            watchdogMicroseconds = nil
        }
    }

    /// Sends `message` (newline-separated assignments). Returns false when it could not be sent.
    @discardableResult
    public func notify(_ message: String) -> Bool {
        guard let socketPath else { return false }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(socketPath.utf8)
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 }  // abstract namespace
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in pathBytes.enumerated() { raw[index] = byte }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + pathBytes.count + (pathBytes.first == 0 ? 0 : 1))
        let payload = Array(message.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                payload.withUnsafeBytes { bytes in
                    sendto(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL), socketAddress, length)
                }
            }
        }
        return sent == payload.count
    }
}
