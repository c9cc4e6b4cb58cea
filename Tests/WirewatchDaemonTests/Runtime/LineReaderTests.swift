import Foundation
import Testing
import WirewatchDaemon

@Suite struct LineReaderTests {
    @Test func readsLinesAcrossChunksWithOrWithoutAFinalNewline() {
        let folder = TemporaryDirectory("lines")
        let long = String(repeating: "x", count: 200_000)
        for ending in ["", "\n"] {
            folder.write("in", "a\n\n\(long)\nlast" + ending)
            let fd = open(folder.file("in"), O_RDONLY)
            defer { close(fd) }
            let reader = LineReader(descriptor: fd)
            var lines: [String] = []
            while let line = reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
            #expect(lines == ["a", "", long, "last"])
            #expect(reader.error == nil)
        }
    }
}
