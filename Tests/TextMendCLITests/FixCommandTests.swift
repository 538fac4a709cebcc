import Foundation
import Testing

/// `textmend fix` run as a program: stdout, --in-place, --out, --diff, line endings, BOM.
struct FixCommandTests {
    @Test("one file or standard input: the repaired text on stdout, a summary on stderr")
    func toStandardOutput() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "学\(zwsp)习贯彻\(zwsp)\(zwsp)会议精神。\n")
        let result = try scratch.run(["fix", "a.txt"])
        #expect(result.status == 0)
        #expect(result.output == "学习贯彻会议精神。\n")
        #expect(result.stderr.contains("a.txt: fixed"))
        #expect(try scratch.read("a.txt") == Array("学\(zwsp)习贯彻\(zwsp)\(zwsp)会议精神。\n".utf8), "nothing written")
        let piped = try scratch.run(["fix"], stdin: Array("x\(zwsp)y".utf8))
        #expect(piped.status == 0 && piped.output == "xy")
        let quiet = try scratch.run(["fix", "-q", "a.txt"])
        #expect(quiet.stderr.isEmpty)
        let clean = try scratch.run(["fix"], stdin: Array("clean text\n".utf8))
        #expect(clean.output == "clean text\n")
    }

    @Test("several files or a folder need --in-place, --out or --diff")
    func needsDestination() throws {
        let scratch = try Scratch()
        try scratch.write("d/a.txt", "a\n")
        try scratch.write("d/b.txt", "b\n")
        let several = try scratch.run(["fix", "d/a.txt", "d/b.txt"])
        #expect(several.status == 2 && several.stdout.isEmpty)
        #expect(several.stderr.hasPrefix("textmend: error: "))
        #expect(try scratch.run(["fix", "d"]).status == 2)
        #expect(try scratch.run(["fix", "--in-place"]).status == 2, "stdin cannot be rewritten")
        #expect(try scratch.run(["fix", "--in-place", "--out", "o", "d"]).status == 2)
    }

    @Test("--in-place rewrites atomically, keeps permissions, and a second run changes nothing")
    func inPlace() throws {
        let scratch = try Scratch()
        let file = try scratch.write("d/a.txt", "a\(zwsp)b\n")
        try scratch.write("d/sub/b.txt", "clean\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let inodeBefore = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        let first = try scratch.run(["fix", "--in-place", "d"])
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty)
        #expect(try scratch.read("d/a.txt") == Array("ab\n".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(attributes[.posixPermissions] as? Int == 0o640)
        // A rename, not an overwrite: the file is a new inode, and no temporary file is left.
        #expect(attributes[.systemFileNumber] as? Int != inodeBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/d").sorted() == ["a.txt", "sub"])
        let bModified = try FileManager.default.attributesOfItem(atPath: scratch.path + "/d/sub/b.txt")[.systemFileNumber] as? Int
        let second = try scratch.run(["fix", "-i", "d"])
        #expect(second.status == 0)
        #expect(second.stderr.contains("Nothing to fix"))
        #expect(try scratch.read("d/a.txt") == Array("ab\n".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: scratch.path + "/d/sub/b.txt")[.systemFileNumber] as? Int == bModified,
                "unchanged files are not rewritten")
    }

    @Test("--out DIR mirrors the tree, creating folders")
    func outMirror() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", "a\(zwsp)b\n")
        try scratch.write("in/x/y/z.txt", "z\(zwsp)\n")
        try scratch.write("in/x/clean.txt", "clean\n")
        try scratch.write("in/.hidden", "h\n")
        try scratch.write("in/blob.bin", bytes: [1, 0, 2, 0, 0, 0, 3])
        let result = try scratch.run(["fix", "--out", "out/clean", "in"])
        #expect(result.status == 0)
        #expect(try scratch.read("out/clean/a.txt") == Array("ab\n".utf8))
        #expect(try scratch.read("out/clean/x/y/z.txt") == Array("z\n".utf8))
        #expect(try scratch.read("out/clean/x/clean.txt") == Array("clean\n".utf8))
        #expect(!scratch.exists("out/clean/.hidden") && !scratch.exists("out/clean/blob.bin"))
        #expect(try scratch.read("in/a.txt") == Array("a\(zwsp)b\n".utf8), "the input is untouched")
        // Two inputs that would land on one path: the second is refused.
        try scratch.write("other/a.txt", "other\n")
        let clash = try scratch.run(["fix", "--out", "flat", "in/a.txt", "other/a.txt"])
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("other/a.txt"))
        #expect(try scratch.read("flat/a.txt") == Array("ab\n".utf8))
    }

    @Test("--out inside the walked folder is not walked again")
    func outInsideInput() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", "a\(zwsp)b\n")
        #expect(try scratch.run(["fix", "--out", "in/fixed", "in"]).status == 0)
        #expect(try scratch.run(["fix", "--out", "in/fixed", "in"]).status == 0)
        #expect(!scratch.exists("in/fixed/fixed"))
        #expect(try scratch.read("in/fixed/a.txt") == Array("ab\n".utf8))
    }

    @Test("--diff prints a unified diff and writes nothing")
    func diff() throws {
        let scratch = try Scratch()
        let original = "line 1\nline 2\nline 3\nline 4\nx\(zwsp)y\nline 6\n"
        try scratch.write("d/a.txt", original)
        try scratch.write("d/b.txt", "clean\n")
        let result = try scratch.run(["fix", "--diff", "d"])
        #expect(result.status == 0)
        #expect(result.output == """
            --- a/d/a.txt
            +++ b/d/a.txt
            @@ -2,5 +2,5 @@
             line 2
             line 3
             line 4
            -x\(zwsp)y
            +xy
             line 6

            """)
        #expect(try scratch.read("d/a.txt") == Array(original.utf8))
        #expect(result.stderr.contains("Would fix 1 problem"))
    }

    @Test("CRLF line endings are kept")
    func crlf() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "a\(zwsp)b\r\nsecond line\r\n\r\nlast\(zwsp)\r\n")
        #expect(try scratch.run(["fix", "a.txt"]).output == "ab\r\nsecond line\r\n\r\nlast\r\n")
        #expect(try scratch.run(["fix", "-i", "a.txt"]).status == 0)
        #expect(try scratch.read("a.txt") == Array("ab\r\nsecond line\r\n\r\nlast\r\n".utf8))
    }

    @Test("a UTF-8 byte-order mark is kept")
    func bom() throws {
        let scratch = try Scratch()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        try scratch.write("a.txt", bytes: bom + Array("学\(zwsp)习\n".utf8))
        let printed = try scratch.run(["fix", "a.txt"])
        #expect([UInt8](printed.stdout) == bom + Array("学习\n".utf8))
        #expect(try scratch.run(["fix", "--in-place", "a.txt"]).status == 0)
        #expect(try scratch.read("a.txt") == bom + Array("学习\n".utf8))
        #expect(try scratch.run(["fix", "--out", "o", "a.txt"]).status == 0)
        #expect(try scratch.read("o/a.txt") == bom + Array("学习\n".utf8))
    }

    @Test("a file with undecodable bytes is not rewritten, and stderr says so")
    func undecodable() throws {
        let scratch = try Scratch()
        let bytes = Array("学习贯彻会议精神。组织\(zwsp)生活会。".utf8) + [0xFF] + Array("第二行内容。\n".utf8)
        try scratch.write("bad.txt", bytes: bytes)
        let inPlace = try scratch.run(["fix", "--in-place", "bad.txt"])
        #expect(inPlace.status == 2)
        #expect(try scratch.read("bad.txt") == bytes)
        #expect(inPlace.stderr.contains("textmend: error: bad.txt: not rewritten: 1 undecodable byte"))
        let printed = try scratch.run(["fix", "bad.txt"])
        #expect(printed.status == 2)
        #expect([UInt8](printed.stdout) == bytes, "passed through unchanged")
        let diff = try scratch.run(["fix", "--diff", "bad.txt"])
        #expect(diff.status == 2 && diff.stdout.isEmpty)
    }

    @Test("a file whose symbolic link is fixed in place stays a link")
    func symlinkInPlace() throws {
        let scratch = try Scratch()
        try scratch.write("real.txt", "a\(zwsp)b\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link.txt", withDestinationPath: "real.txt")
        #expect(try scratch.run(["fix", "-i", "link.txt"]).status == 0)
        #expect(try scratch.read("real.txt") == Array("ab\n".utf8))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: scratch.path + "/link.txt")) == "real.txt")
    }
}
