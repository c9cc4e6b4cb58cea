import Foundation
import Testing
import WirewatchDaemon

@Suite struct InboxScannerTests {
    @Test(arguments: [
        (".hidden", true), ("a.tmp", true), ("a.part", true), ("a.partial", true), ("a.crdownload", true),
        ("a.swp", true), ("a~", true), ("story.txt", false), ("feed.rss", false), ("tmp.txt", false), ("noext", false),
    ])
    func ignoredNames(name: String, ignored: Bool) {
        #expect(InboxScanner.isIgnored(name) == ignored)
    }

    @Test func reportsWhatEachEntryIsWithoutFollowingLinks() throws {
        let folder = TemporaryDirectory("scan")
        folder.write("story.txt", "text")
        folder.write(".hidden", "x")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link"), withDestinationPath: "/etc/hostname")
        mkfifo(folder.file("pipe"), 0o600)
        try FileManager.default.createDirectory(atPath: folder.file("dir"), withIntermediateDirectories: false)
        var seen: [String: String?] = [:]
        try InboxScanner(directory: folder.path).scan { entry in
            seen[entry.name] = entry.refusal
            return true
        }
        #expect(seen.count == 4)
        #expect(seen["story.txt"] == .some(nil))
        #expect(seen["link"] == .some("a symbolic link (not followed)"))
        #expect(seen["pipe"] == .some("a named pipe (FIFO)"))
        #expect(seen["dir"] == .some("a directory"))
    }

    @Test func stopsWhenAsked() throws {
        let folder = TemporaryDirectory("scan")
        for index in 0..<10 { folder.write("f\(index).txt", "x") }
        var count = 0
        try InboxScanner(directory: folder.path).scan { _ in
            count += 1
            return count < 3
        }
        #expect(count == 3)
    }
}
