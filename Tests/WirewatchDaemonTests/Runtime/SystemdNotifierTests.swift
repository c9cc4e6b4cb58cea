import Foundation
import Testing
import WirewatchDaemon

@Suite struct SystemdNotifierTests {
    /// Binds a datagram socket like systemd's and returns its descriptor.
    private func listen(_ path: String, abstract: Bool) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if abstract { bytes.insert(0, at: 0) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in for (i, b) in bytes.enumerated() { raw[i] = b } }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (abstract ? 0 : 1))
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    private func receive(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
    }

    @Test func sendsToAPathSocket() {
        let folder = TemporaryDirectory("notify")
        let path = folder.file("notify.sock")
        let fd = listen(path, abstract: false)
        defer { close(fd) }
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": path])
        #expect(notifier.notify("READY=1\nSTATUS=ok"))
        #expect(receive(fd) == "READY=1\nSTATUS=ok")
    }

    @Test func sendsToAnAbstractSocket() {
        let name = "wirewatch-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = listen(name, abstract: true)
        defer { close(fd) }
        #expect(SystemdNotifier(environment: ["NOTIFY_SOCKET": "@" + name]).notify("WATCHDOG=1"))
        #expect(receive(fd) == "WATCHDOG=1")
    }

    @Test func withoutSystemdNothingIsSent() {
        let notifier = SystemdNotifier(environment: [:])
        #expect(!notifier.notify("READY=1"))
        #expect(notifier.watchdogMicroseconds == nil)
    }

    @Test func watchdogIntervalIsReadForThisProcessOnly() {
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "10000000"]).watchdogMicroseconds == 10_000_000)
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "10000000", "WATCHDOG_PID": "\(getpid())"]).watchdogMicroseconds == 10_000_000)
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "10000000", "WATCHDOG_PID": "1"]).watchdogMicroseconds == nil)
    }
}
