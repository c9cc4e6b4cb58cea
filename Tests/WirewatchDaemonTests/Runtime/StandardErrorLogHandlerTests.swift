import Foundation
import Logging
import Testing
@testable import WirewatchDaemon

@Suite struct StandardErrorLogHandlerTests {
    private let time = Date(timeIntervalSince1970: 0)

    @Test func journalLinesCarryTheSyslogPriority() {
        let line = StandardErrorLogHandler.render(
            level: .error, message: "cannot write", fields: ["file": "a b.txt"], format: .journal, time: time)
        #expect(line == "<3>cannot write file=\"a b.txt\"\n")
        #expect(StandardErrorLogHandler.priority(.info) == 6)
        #expect(StandardErrorLogHandler.priority(.warning) == 4)
        #expect(StandardErrorLogHandler.priority(.debug) == 7)
    }

    @Test func textAndJSONLines() {
        let text = StandardErrorLogHandler.render(level: .info, message: "processed x", fields: ["ms": "3"], format: .text, time: time)
        #expect(text == "1970-01-01T00:00:00.000Z info processed x ms=3\n")
        let json = StandardErrorLogHandler.render(level: .info, message: "m \"q\"", fields: ["file": "f"], format: .json, time: time)
        #expect(json == #"{"file":"f","level":"info","message":"m \"q\"","time":"1970-01-01T00:00:00.000Z"}"# + "\n")
    }

    @Test func journalIsDetectedOnlyWhenStderrIsTheNamedStream() {
        #expect(!StandardErrorLogHandler.stderrIsJournal([:]))
        #expect(!StandardErrorLogHandler.stderrIsJournal(["JOURNAL_STREAM": "1:2"]))
        var info = stat()
        fstat(2, &info)
        #expect(StandardErrorLogHandler.stderrIsJournal(["JOURNAL_STREAM": "\(info.st_dev):\(info.st_ino)"]))
    }

    @Test func levelsAreSharedAndChangeable() {
        let settings = LogSettings(format: .text, level: .info)
        var handler = StandardErrorLogHandler(settings: settings, environment: [:])
        #expect(handler.logLevel == .info)
        settings.update(format: .json, level: .error)
        #expect(handler.logLevel == .error)
        handler.logLevel = .debug
        #expect(settings.level == .debug)
        #expect(LogSettings.level("warning") == .warning)
    }
}
