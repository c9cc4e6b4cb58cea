import Testing
import WirewatchCore

@Suite struct RecordIdentityTests {
    @Test func idsAreDeterministicAndDependOnPosition() {
        let digest = SHA256.hex(of: "input")
        #expect(RecordIdentity.id(sha256: digest, item: nil) == RecordIdentity.id(sha256: digest, item: nil))
        #expect(RecordIdentity.id(sha256: digest, item: 0) != RecordIdentity.id(sha256: digest, item: 1))
        #expect(RecordIdentity.id(sha256: digest, item: nil).count == 20)
    }

    @Test func outboxNames() {
        let id = "0123456789abcdef0123"
        #expect(RecordIdentity.outboxName(inputName: "story.txt", item: nil, id: id) == "story.0123456789ab.json")
        #expect(RecordIdentity.outboxName(inputName: "feed.rss", item: 7, id: id) == "feed.7.0123456789ab.json")
        #expect(RecordIdentity.outboxName(inputName: "noext", item: nil, id: id) == "noext.0123456789ab.json")
        #expect(RecordIdentity.outboxName(inputName: ".hidden", item: nil, id: id) == "_.hidden.0123456789ab.json")
        let long = String(repeating: "ж", count: 200) + ".txt"
        #expect(RecordIdentity.outboxName(inputName: long, item: nil, id: id).utf8.count <= 255)
    }
}
