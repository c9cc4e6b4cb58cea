import Foundation
import Testing

/// `wirewatch once` as a process, on every kind of input the inbox may hold.
@Suite struct OnceEndToEndTests {
    @Test func everyInputEndsWhereItShould() throws {
        let state = StateFolder()
        state.write("complete.txt", Array("date: 2024-02-08\ntitle: Complete\n\nA complete article. It has two sentences.\n".utf8))
        state.write("one-line.txt", Array("A one-line article without a final newline.".utf8))
        state.write("one-byte.txt", [UInt8(ascii: "x")])
        state.write(".hidden.txt", Array("hidden files are never taken".utf8))
        state.write("download.part", Array("temporary names are never taken".utf8))
        state.write("empty.txt", [])
        state.write("garbage.bin", (0..<3000).map { UInt8(truncatingIfNeeded: ($0 &* 7919) ^ ($0 >> 3)) })
        state.write("big.txt", [UInt8](repeating: UInt8(ascii: "a"), count: 5000))
        // "Café «déjà vu» £5" in Latin-1 / Windows-1252.
        state.write("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0xAB, 0x64, 0xE9, 0x6A, 0xE0, 0x20, 0x76, 0x75, 0xBB, 0x20, 0xA3, 0x35, 0x2E])
        let utf16 = "Zürich — “UTF-16” text."
        state.write("utf16.txt", [0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let outside = state.file("outside.txt")
        FileManager.default.createFile(atPath: outside, contents: Data("secret outside the inbox".utf8))
        try FileManager.default.createSymbolicLink(atPath: state.file("inbox/link.txt"), withDestinationPath: outside)
        mkfifo(state.file("inbox/pipe"), 0o600)
        try FileManager.default.createDirectory(atPath: state.file("inbox/folder"), withIntermediateDirectories: false)

        // A file still being written: appended to while `once` runs.
        let writing = state.file("inbox/writing.txt")
        FileManager.default.createFile(atPath: writing, contents: Data("Growing ".utf8))
        let stopWriting = Stop()
        let writer = Thread {
            while !stopWriting.isSet {
                if let handle = FileHandle(forWritingAtPath: writing) {
                    handle.seekToEndOfFile()
                    handle.write(Data("more ".utf8))
                    try? handle.close()
                }
                usleep(100_000)
            }
        }
        writer.start()
        defer { stopWriting.set() }

        let result = try Binary.run([
            "once", "--state-dir", state.path, "--set", "settle_ms=500", "--set", "poll_interval_ms=50",
            "--set", "max_file_bytes=4096", "--set", "log_format=json",
        ])
        stopWriting.set()
        #expect(result.status == 1, "stderr: \(result.stderr)")

        #expect(state.list("inbox") == [".hidden.txt", "download.part", "writing.txt"])
        #expect(state.list("processing") == [])
        #expect(state.list("archive") == ["complete.txt", "latin1.txt", "one-byte.txt", "one-line.txt", "utf16.txt"])
        let failed = state.list("failed").filter { !$0.hasSuffix(".error.json") }
        #expect(failed == ["big.txt", "empty.txt", "folder", "garbage.bin", "link.txt", "pipe"])
        for name in failed {
            let sidecar = state.json("failed/\(name).error.json")
            #expect(sidecar["file"] as? String == name)
            #expect(sidecar["version"] as? String == "0.1.0")
            #expect((sidecar["time"] as? String)?.hasSuffix("Z") == true)
        }
        let reasons = Dictionary(uniqueKeysWithValues: failed.map { ($0, state.json("failed/\($0).error.json")) })
        #expect(reasons["empty.txt"]?["reason"] as? String == "empty file")
        #expect((reasons["big.txt"]?["reason"] as? String)?.contains("max_file_bytes") == true)
        #expect((reasons["garbage.bin"]?["reason"] as? String)?.hasPrefix("not text") == true)
        #expect(reasons["link.txt"]?["stage"] as? String == "inbox")
        #expect((reasons["pipe"]?["reason"] as? String)?.contains("FIFO") == true)
        #expect((reasons["folder"]?["reason"] as? String)?.contains("directory") == true)
        // The link was moved as a link; its target outside the inbox was not touched.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: state.file("failed/link.txt")) == outside)
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "secret outside the inbox")

        let records = state.records()
        #expect(records.keys.sorted() == ["complete.txt", "latin1.txt", "one-byte.txt", "one-line.txt", "utf16.txt"])
        let complete = try #require(records["complete.txt"]?.first)
        #expect(complete["title"] as? String == "Complete")
        #expect(complete["published"] as? String == "2024-02-08")
        #expect((complete["sentences"] as? [Any])?.count == 2)
        let latin1 = try #require(records["latin1.txt"]?.first)
        #expect(latin1["text"] as? String == "Café «déjà vu» £5.")
        #expect((latin1["source"] as? [String: Any])?["encoding"] as? String == "windows-1252")
        let utf16Record = try #require(records["utf16.txt"]?.first)
        #expect(utf16Record["text"] as? String == utf16)
        #expect((utf16Record["source"] as? [String: Any])?["encoding"] as? String == "utf-16le")
        #expect(records["one-byte.txt"]?.first?["text"] as? String == "x")
        #expect(records.values.allSatisfy { $0.count == 1 })
        // One JSON log line per processed file, naming it.
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains("\"message\":\"processed ") }.count == 5)
        #expect(lines.allSatisfy { $0.hasPrefix("{") })
    }

    @Test func deleteAfterSuccessAndLeftoversFromACrash() throws {
        let state = StateFolder()
        try FileManager.default.createDirectory(atPath: state.file("processing"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: state.file("processing/crashed.txt"), contents: Data("Left by a crash.".utf8))
        state.drop("new.txt", "A new article.")
        let result = try Binary.run(["once", "--state-dir", state.path, "--set", "settle_ms=0", "--set", "after_success=delete"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(state.list("processing") == [])
        #expect(state.list("archive") == [])
        #expect(state.records().keys.sorted() == ["crashed.txt", "new.txt"])
    }
}

/// Nothing the daemon keeps grows with the number of inputs: with a small stack, releasing
/// a chain that grew one link per input (a closure re-wrapped on every read) overflowed it.
@Suite struct ManyInputsEndToEndTests {
    @Test func thousandsOfInputsWithASmallStack() throws {
        let state = StateFolder()
        for index in 0..<5000 {
            state.write("n-\(index).txt", Array("Note \(index) from the city desk.".utf8), age: 0)
        }
        let command = "ulimit -s 256 && exec '\(Binary.path)' once --state-dir '\(state.path)' --set settle_ms=0 --set log_level=error --set after_success=delete"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = Binary.environment()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(state.list("outbox").count == 5000)
        #expect(state.list("inbox").isEmpty)
    }
}

/// A flag shared with a writer thread.
final class Stop: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

/// Feeds through the daemon: one record per item, hostile XML and huge files refused.
@Suite struct FeedEndToEndTests {
    @Test func feedsBecomeOneRecordPerItemAndHostileInputsFail() throws {
        let state = StateFolder()
        var items = ""
        for index in 0..<5 {
            items += "<item><title>Item \(index)</title><link>/story/\(index)</link><description>Story number \(index) &amp; more.</description></item>"
        }
        state.write("news.xml", Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>https://example.org/</link>\(items)</channel></rss>".utf8))
        state.write("notes.json", Array(#"{"version": "https://jsonfeed.org/version/1.1", "title": "N", "items": [{"id": "1", "content_text": "One."}, {"id": "2", "content_text": "Two."}]}"#.utf8))
        state.write("laughs.rss", Array("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss version=\"2.0\"><channel><item><title>&b;</title></item></channel></rss>".utf8))
        state.write("subscriptions.opml", Array("<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"x\"/></body></opml>".utf8))
        state.write("page.html", Array("<!DOCTYPE html><html><body><p>Not a feed</p></body></html>".utf8))
        // A 2 GB sparse file: refused by size, without being read.
        let huge = state.file("inbox/huge.rss")
        FileManager.default.createFile(atPath: huge, contents: Data("<rss>".utf8))
        truncate(huge, 2 * 1024 * 1024 * 1024)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-10)], ofItemAtPath: huge)

        let started = Date()
        let result = try Binary.run(["once", "--state-dir", state.path, "--set", "settle_ms=0"])
        #expect(result.status == 1)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(state.list("archive") == ["news.xml", "notes.json"])
        let failed = Dictionary(
            uniqueKeysWithValues: state.list("failed").filter { !$0.hasSuffix(".error.json") }.map {
                ($0, state.json("failed/\($0).error.json")["reason"] as? String ?? "")
            })
        #expect(failed["laughs.rss"] == "entity declarations are not accepted")
        #expect(failed["subscriptions.opml"] == "an OPML subscription list, not a feed")
        #expect(failed["page.html"] == "an HTML page, not a feed")
        #expect(failed["huge.rss"]?.contains("max_file_bytes") == true)
        let records = state.records()
        let news = try #require(records["news.xml"]).sorted { ($0["source"] as? [String: Any])?["item"] as? Int ?? 0 < ($1["source"] as? [String: Any])?["item"] as? Int ?? 0 }
        #expect(news.count == 5)
        #expect(news.map { $0["title"] as? String } == (0..<5).map { "Item \($0)" })
        #expect(news.map { $0["url"] as? String } == (0..<5).map { "https://example.org/story/\($0)" })
        #expect(news.first?["text"] as? String == "Story number 0 & more.")
        #expect(records["notes.json"]?.count == 2)
        #expect(state.list("outbox").filter { $0.hasPrefix("news.3.") }.count == 1)
    }
}
