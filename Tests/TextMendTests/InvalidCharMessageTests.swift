import Testing
@testable import TextMend

/// What the generic example test cannot say: the undecodable-bytes messages, which name the
/// bytes, their input offset and the encoding.
struct InvalidCharMessageTests {
    func messages(_ input: [UInt8], encoding: String? = nil) throws -> [String] {
        let document = try Decoder.decode(input, encoding: encoding)
        return Linter(rules: [UndecodableBytesRule(), ReplacementCharacterRule()]).check(document).map(\.message)
    }

    @Test("bad UTF-8 bytes are named with their input offset")
    func utf8() throws {
        let input = Array("学习贯彻".utf8) + [0xE4, 0xB8] + Array("会议精神。".utf8) + [0xFF]
        #expect(try messages(input, encoding: "UTF-8") == [
            "bytes E4 B8 at input offset 12 are not valid UTF-8",
            "byte FF at input offset 29 is not valid UTF-8",
        ])
    }

    @Test("the offset counts the byte-order mark")
    func bom() throws {
        #expect(try messages([0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0x28], encoding: "UTF-8") == [
            "byte C3 at input offset 4 is not valid UTF-8",
        ])
    }

    @Test("a legacy encoding is named, and a literal U+FFFD beside the bytes is reported apart")
    func legacy() throws {
        let input: [UInt8] = [0xD1, 0xA7, 0xCF, 0xB0, 0xFF, 0xB9, 0xE1]  // 学习, a bad byte, 贯
        #expect(try messages(input, encoding: "GB18030") == ["byte FF at input offset 4 is not valid GB18030"])
        let literal = Array("丢失\u{FFFD}".utf8) + [0xFF] + Array("之后的文字,足够长的有效内容。".utf8)
        #expect(try messages(literal, encoding: "UTF-8") == [
            "replacement character U+FFFD stands for a lost character",
            "byte FF at input offset 9 is not valid UTF-8",
        ])
    }
}
