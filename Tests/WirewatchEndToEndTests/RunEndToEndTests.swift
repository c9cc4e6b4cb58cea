import Foundation
import Testing

/// `wirewatch run` as a process: crash safety, signals, reload and systemd notification.
@Suite(.serialized) struct RunEndToEndTests {
    private func runArguments(_ state: StateFolder, _ extra: [String] = []) -> [String] {
        ["run", "--state-dir", state.path, "--set", "settle_ms=0", "--set", "poll_interval_ms=20", "--set", "log_level=warning"]
            + extra
    }

    /// Kill -9 in the middle of 500 files, restart: every input ends with exactly one record
    /// and in `archive/`, nothing is lost or duplicated, no temporary file is left behind.
    @Test func killNineInTheMiddleLosesNothing() throws {
        let state = StateFolder()
        let count = 500
        for index in 0..<count {
            state.write("article-\(index).txt", Array("Article \(index) of the crash test. It reports that \(index * 7) people attended.".utf8))
        }
        let (first, _, _) = try Binary.start(runArguments(state))
        #expect(state.wait { state.list("archive").count >= 60 })
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let archivedAtKill = state.list("archive").count
        #expect(archivedAtKill < count, "the kill came too late to test anything")

        let (second, _, _) = try Binary.start(runArguments(state))
        let drained = state.wait(seconds: 60) {
            state.list("archive").count == count && state.list("processing").isEmpty && state.list("inbox").isEmpty
        }
        #expect(drained, "archive \(state.list("archive").count), processing \(state.list("processing").count), inbox \(state.list("inbox").count)")
        kill(second.processIdentifier, SIGTERM)
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)

        let outbox = state.list("outbox")
        #expect(outbox.allSatisfy { $0.hasSuffix(".json") && !$0.hasPrefix(".") })
        #expect(outbox.count == count)
        var perInput: [String: Int] = [:]
        for name in outbox { perInput[String(name.prefix { $0 != "." }), default: 0] += 1 }
        #expect(perInput.count == count)
        #expect(perInput.values.allSatisfy { $0 == 1 })
        #expect(Set(state.list("archive")) == Set((0..<count).map { "article-\($0).txt" }))
        #expect(state.list("failed") == [])
    }

    /// Two daemons on one inbox: every input is taken by exactly one of them.
    @Test func twoDaemonsNeverTakeTheSameFile() throws {
        let state = StateFolder()
        let count = 300
        for index in 0..<count {
            state.write("shared-\(index).txt", Array("Shared article \(index). Both daemons see it.".utf8))
        }
        let (first, _, _) = try Binary.start(runArguments(state))
        let (second, _, _) = try Binary.start(runArguments(state))
        let drained = state.wait(seconds: 60) { state.list("archive").count >= count && state.list("processing").isEmpty }
        #expect(drained)
        for process in [first, second] {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        #expect(Set(state.list("archive")) == Set((0..<count).map { "shared-\($0).txt" }))
        #expect(state.list("outbox").count == count)
        #expect(state.list("failed") == [])
    }

    /// A backlog is claimed as soon as there is room, not one poll at a time.
    @Test func aBacklogDrainsFasterThanThePollInterval() throws {
        let state = StateFolder()
        for index in 0..<40 {
            state.write("backlog-\(index).txt", Array("Backlog article \(index).".utf8))
        }
        let started = Date()
        let (process, _, _) = try Binary.start([
            "run", "--state-dir", state.path, "--set", "settle_ms=0", "--set", "poll_interval_ms=3000",
            "--set", "max_in_flight=2", "--set", "log_level=warning",
        ])
        // Four files a poll would take 30 s; claiming on each finished input takes well under 3 s.
        let drained = state.wait(seconds: 20) { state.list("archive").count == 40 }
        let elapsed = Date().timeIntervalSince(started)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(drained)
        #expect(elapsed < 6, "took \(elapsed) s")
    }

    @Test func signalsAndSystemdNotification() throws {
        let state = StateFolder()
        let socketPath = state.file("notify.sock")
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in socketPath.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        func receive() -> String {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(fd, &buffer, buffer.count, 0)
            return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : "<nothing>"
        }

        let config = state.file("wirewatch.json")
        FileManager.default.createFile(atPath: config, contents: Data(#"{"after_success": "archive"}"#.utf8))
        let (process, _, _) = try Binary.start(
            ["run", "--config", config, "--state-dir", state.path, "--set", "settle_ms=0", "--set", "poll_interval_ms=20"],
            environment: ["NOTIFY_SOCKET": socketPath, "WATCHDOG_USEC": "2000000"])
        var messages: [String] = []
        #expect(state.wait {
            messages.append(receive())
            return messages.last?.contains("READY=1") == true
        })
        state.drop("first.txt", "The first article.")
        #expect(state.wait { state.list("archive") == ["first.txt"] })
        #expect(state.wait {
            messages.append(receive())
            return messages.contains { $0.contains("WATCHDOG=1") } && messages.contains { $0.hasPrefix("STATUS=1 files") }
        })

        // SIGHUP reloads the file: inputs are now deleted after success.
        FileManager.default.createFile(atPath: config, contents: Data(#"{"after_success": "delete"}"#.utf8))
        kill(process.processIdentifier, SIGHUP)
        #expect(state.wait {
            messages.append(receive())
            return messages.contains { $0.contains("RELOADING=1") }
        })
        state.drop("second.txt", "The second article.")
        #expect(state.wait { state.records()["second.txt"] != nil })
        #expect(state.wait { state.list("inbox").isEmpty && state.list("processing").isEmpty })
        #expect(state.list("archive") == ["first.txt"])

        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(state.wait {
            messages.append(receive())
            return messages.contains { $0.contains("STOPPING=1") }
        })
    }
}
