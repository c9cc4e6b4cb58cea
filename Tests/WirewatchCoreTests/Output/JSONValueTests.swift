import Testing
import WirewatchCore

@Suite struct JSONValueTests {
    @Test func sortsKeysAtEveryLevel() {
        let value = JSONValue.object(["b": .int(1), "a": .object(["z": .null, "y": .bool(true)]), "_": .array([])])
        #expect(value.serializedString() == #"{"_":[],"a":{"y":true,"z":null},"b":1}"#)
    }

    @Test func escapesStrings() {
        let value = JSONValue.string("quote\" backslash\\ newline\n tab\t bell\u{7} sep\u{2028} “ok” é")
        #expect(value.serializedString() == #""quote\" backslash\\ newline\n tab\t bell\u0007 sep\u2028 “ok” é""#)
    }

    @Test func numbers() {
        #expect(JSONValue.double(6).serializedString() == "6")
        #expect(JSONValue.double(1.5).serializedString() == "1.5")
        #expect(JSONValue.double(1_200_000_000).serializedString() == "1200000000")
        #expect(JSONValue.double(.nan).serializedString() == "null")
        #expect(JSONValue.int(-3).serializedString() == "-3")
    }

    @Test func prettyOutputParsesToTheSameValue() throws {
        let value = JSONValue.object(["list": .array([.int(1), .string("x")]), "nested": .object(["k": .optional(nil as String?)])])
        #expect(try JSONTree.parse(value.serialized(pretty: true)) == JSONTree.parse(value.serialized()))
        #expect(value.serializedString(pretty: true).contains("\n  \"list\": [\n    1,"))
    }
}
