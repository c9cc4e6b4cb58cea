import Foundation
import Testing

/// The other commands of the real binary: process, annotate, validate, help and version.
@Suite struct CommandLineEndToEndTests {
    @Test func processPrintsJSONLinesAndTouchesNoFolders() throws {
        let state = StateFolder()
        let a = state.file("a.txt")
        let b = state.file("b.txt")
        FileManager.default.createFile(atPath: a, contents: Data("date 2024-02-08 First article. Two sentences.".utf8))
        FileManager.default.createFile(atPath: b, contents: Data("Second article.".utf8))
        let result = try Binary.run(["process", a, b, "--set", "emit_tokens=true"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["published"] as? String == "2024-02-08")
        #expect(first["text"] as? String == "First article. Two sentences.")
        #expect((first["tokens"] as? [Any])?.count == 6)
        #expect(state.list(".").sorted() == ["a.txt", "b.txt", "inbox"])

        let missing = try Binary.run(["process", state.file("missing.txt"), a])
        #expect(missing.status == 1)
        #expect(missing.stdout.split(separator: "\n").count == 1)
        #expect(missing.stderr.contains("missing.txt"))
    }

    @Test func annotateStreamsRecordsForLines() throws {
        let input = #"{"id": "a1", "text": "The council met on Monday.", "published": "2024-03-04"}"# + "\n"
            + #"{"id": 2, "text": "Second text.", "title": "T"}"# + "\n"
        let result = try Binary.run(["annotate"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.count == 2)
        #expect((lines[0]["source"] as? [String: Any])?["id"] as? String == "a1")
        #expect((lines[1]["source"] as? [String: Any])?["id"] as? String == "2")
        #expect(lines[1]["title"] as? String == "T")

        let state = StateFolder()
        FileManager.default.createFile(atPath: state.file("in.jsonl"), contents: Data(input.utf8))
        let toFile = try Binary.run(["annotate", "--in", state.file("in.jsonl"), "--out", state.file("out.jsonl")])
        #expect(toFile.status == 0)
        let written = try String(contentsOfFile: state.file("out.jsonl"), encoding: .utf8)
        #expect(written.split(separator: "\n").count == 2)
    }

    @Test func validateChecksConfigurationAndFolders() throws {
        let state = StateFolder()
        let good = try Binary.run(["validate", "--state-dir", state.path, "--print"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("\"poll_interval_ms\": 500"))
        #expect(state.list(".") == ["archive", "failed", "inbox", "outbox", "processing"])

        let config = state.file("bad.json")
        FileManager.default.createFile(atPath: config, contents: Data(#"{"pol_interval_ms": 100}"#.utf8))
        let unknown = try Binary.run(["validate", "--config", config])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown key \"pol_interval_ms\""))

        let badEnvironment = try Binary.run(["validate", "--state-dir", state.path], environment: ["WIREWATCH_SETTLE_MS": "soon"])
        #expect(badEnvironment.status == 2)
        #expect(badEnvironment.stderr.contains("WIREWATCH_SETTLE_MS"))

        FileManager.default.createFile(atPath: state.file("blocker"), contents: Data())
        let unusable = try Binary.run(["validate", "--state-dir", state.path, "--set", "outbox_dir=\(state.file("blocker"))"])
        #expect(unusable.status == 2)
        #expect(unusable.stderr.contains("outbox_dir"))
    }

    @Test func helpAndVersionWorkEverywhere() throws {
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        for command in ["run", "once", "process", "annotate", "validate", "bench"] {
            #expect(help.stdout.contains(command))
            let sub = try Binary.run([command, "--help"])
            #expect(sub.status == 0)
            #expect(sub.stdout.contains("--config") && sub.stdout.contains("--state-dir"), "\(command)")
            let version = try Binary.run([command, "--version"])
            #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0", "\(command)")
        }
        #expect(try Binary.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        #expect(try Binary.run(["frobnicate"]).status != 0)
    }
}
