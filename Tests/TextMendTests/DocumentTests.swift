import Testing
@testable import TextMend

/// The document model: offsets in the contract's units, lines, and decoding.
struct DocumentTests {
    @Test("scalar offsets, lines and columns across emoji, CJK and CRLF")
    func positions() {
        let text = "a👨‍👩‍👧b\r\n学习é\n\nend"
        let document = Document(text: text)
        let scalars = Array(text.unicodeScalars)
        for offset in 0...scalars.count {
            let byte = document.byteOffset(ofScalar: offset)
            #expect(document.scalarOffset(ofByte: byte) == offset)
        }
        let 学 = document.byteOffset(ofScalar: 9)
        #expect(document.scalar(at: 学).scalar == "学")
        #expect(document.position(ofByte: 学) == SourcePosition(offset: 9, line: 2, column: 1))
        #expect(document.lineCount == 4)
        #expect(document.string(document.lineContent(0)) == "a👨‍👩‍👧b")
        #expect(document.string(document.lineContent(1)) == "学习é")
    }

    @Test("a blank line holds only spaces, tabs and carriage returns (an ideographic space is text here)")
    func blankLines() {
        let document = Document(text: "a\n\n \t\r\n\u{3000}\n \u{00A0}\nb")
        #expect((0..<document.lineCount).map(document.isBlankLine) == [false, true, true, false, false, false])
        #expect(JSONLinesBatch.isBlank(Array(" \t".utf8)) && !JSONLinesBatch.isBlank(Array(" x".utf8)))
    }

    @Test("offsets stay exact past many checkpoints")
    func longText() {
        let text = String(repeating: "中文ab😀", count: 3000)
        let document = Document(text: text)
        let scalars = Array(text.unicodeScalars)
        for offset in stride(from: 0, through: scalars.count, by: 97) {
            #expect(document.scalarOffset(ofByte: document.byteOffset(ofScalar: offset)) == offset)
        }
        #expect(document.scalarCount == scalars.count)
    }

    @Test("a UTF-8 BOM is kept out of the text and remembered")
    func utf8BOM() throws {
        let document = try Decoder.decode([0xEF, 0xBB, 0xBF] + Array("学习".utf8))
        #expect(document.text == "学习")
        #expect(document.encoding.hadBOM)
        #expect(document.encoding.name == "UTF-8")
    }

    @Test("UTF-16 with a BOM is converted")
    func utf16() throws {
        let little: [UInt8] = [0xFF, 0xFE] + "学习 ok".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + "学习 ok".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try Decoder.decode(little).text == "学习 ok")
        #expect(try Decoder.decode(big).text == "学习 ok")
    }

    @Test("GB18030 text is detected and converted")
    func gb18030() throws {
        // "今天我们在这里召开工作总结会，总结上半年工作开展情况。" encoded in GB18030/GBK.
        let text = "今天我们在这里召开工作总结会，总结上半年工作开展情况，分析研判存在的不足，对下一步工作进行部署安排。"
        let encoded = try Decoder.convertFromUTF8(text, to: "GB18030")
        let document = try Decoder.decode(encoded)
        #expect(document.text == text)
        #expect(document.encoding.name.uppercased().hasPrefix("GB"))
    }

    @Test("invalid UTF-8 bytes become U+FFFD and are recorded, nothing else changes")
    func damagedUTF8() throws {
        let bytes = Array("学习贯彻会议精神，认真落实各项工作部署。".utf8) + [0xC3, 0x28] + Array("完成全年目标任务。".utf8)
        let document = try Decoder.decode(bytes)
        #expect(document.encoding.undecodable.count == 1)
        #expect(document.encoding.undecodable[0].bytes == [0xC3])
        #expect(document.encoding.undecodable[0].inputOffset == 60)
        #expect(document.text.contains("\u{FFFD}(完成"))
    }

    @Test("NUL bytes make a binary file")
    func binary() {
        #expect(throws: Decoder.Failure.binary) { try Decoder.decode([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 0]) }
    }

    @Test("empty input is an empty document")
    func empty() throws {
        let document = try Decoder.decode([])
        #expect(document.bytes.isEmpty)
        #expect(document.lineCount == 1)
        #expect(Layout(document).paragraphs.isEmpty)
    }

    @Test("paragraphs and block removal")
    func layout() {
        let document = Document(text: "title\n\n  body one\nstill one\n\n\nlast\n")
        let layout = Layout(document)
        #expect(layout.paragraphs.map(\.lines) == [0..<1, 2..<4, 6..<7])
        #expect(document.string(layout.paragraphs[1].content) == "  body one\nstill one")
        let tail = layout.removal(of: 6..<7, absorbing: .blankLinesBefore)
        #expect(String(decoding: Fixer.apply([Edit(tail, "")], to: document.bytes), as: UTF8.self) == "title\n\n  body one\nstill one\n")
        let head = layout.removal(of: 0..<1, absorbing: .blankLinesAfter)
        #expect(String(decoding: Fixer.apply([Edit(head, "")], to: document.bytes), as: UTF8.self) == "  body one\nstill one\n\n\nlast\n")
    }

    @Test("word tokens carry ICU's kinds")
    func tokens() {
        let tokens = wordTokens(of: "学习 2023 words。")
        let kinds = tokens.map(\.kind)
        #expect(kinds == [.ideographic, .space, .number, .space, .word, .punctuation])
    }

    @Test("a document made by applying edits has the line starts of a fresh one")
    func editedLineStarts() throws {
        var rounds = 0
        let short = Document(text: "a\nb\r\n\nc")
        let shortEdits: [[Edit]] = [
            [Edit(0..<short.bytes.count, "")], [Edit(0..<0, "\n")], [Edit(1..<2, ""), Edit(2..<5, "x\ny\n")],
            [Edit(short.bytes.count..<short.bytes.count, "\n")], [Edit(2..<2, "\n"), Edit(2..<3, "")],
        ]
        for (label, document) in try StrippedScanUpdateTests.documents() + [("short", short)] {
            let sets = label == "short" ? shortEdits : StrippedScanUpdateTests.editSets(document).map(\.edits)
            for edits in sets {
                let edited = Document(document, applying: edits, encoding: document.encoding)
                let fresh = Document(utf8: Fixer.apply(edits, to: document.bytes), encoding: document.encoding)
                rounds += 1
                #expect(edited.bytes == fresh.bytes && edited.lineStarts == fresh.lineStarts && edited.scalarCount == fresh.scalarCount, "\(label) \(edits)")
            }
        }
        #expect(rounds > 100)
    }
}
