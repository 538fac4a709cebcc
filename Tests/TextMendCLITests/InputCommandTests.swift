import Foundation
import Testing

/// How PATH arguments become inputs: folder walks, hidden and binary files, globs, errors.
struct InputCommandTests {
    /// The paths in a JSON report, in order.
    static func paths(_ result: RunResult) throws -> [String] {
        let root = try #require(try json(result.stdout) as? [String: Any])
        return try #require(root["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
    }

    @Test("a folder is walked in sorted order; hidden files and folders, binary files and symlinks are skipped")
    func folderWalk() throws {
        let scratch = try Scratch()
        try scratch.write("corpus/b.txt", "b\n")
        try scratch.write("corpus/a/z.txt", "z\(zwsp)\n")
        try scratch.write("corpus/a/deeper/y.md", "y\n")
        try scratch.write("corpus/.hidden.txt", "hidden\(zwsp)\n")
        try scratch.write("corpus/.git/config", "hidden folder\(zwsp)\n")
        try scratch.write("corpus/image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48])
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/corpus/link.txt", withDestinationPath: scratch.path + "/corpus/b.txt")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/corpus/loop", withDestinationPath: scratch.path + "/corpus")
        let result = try scratch.run(["check", "--format", "json", "corpus"])
        #expect(result.status == 1)
        #expect(try Self.paths(result) == ["corpus/a/deeper/y.md", "corpus/a/z.txt", "corpus/b.txt"])
        #expect(result.stderr.contains("skipped 1 binary file"))
        // Trailing slash and "." give clean paths.
        #expect(try Self.paths(try scratch.run(["check", "--format", "json", "corpus/"])).first == "corpus/a/deeper/y.md")
        #expect(try Self.paths(try scratch.run(["check", "--format", "json", "."])) == ["corpus/a/deeper/y.md", "corpus/a/z.txt", "corpus/b.txt"])
    }

    @Test("a binary file named directly is an error")
    func binaryNamed() throws {
        let scratch = try Scratch()
        try scratch.write("data.bin", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3])
        let result = try scratch.run(["check", "data.bin"])
        #expect(result.status == 2)
        #expect(result.stderr == "textmend: error: data.bin: binary file (contains NUL bytes)\n")
    }

    @Test("--include and --exclude globs, relative to the folder, with **")
    func globs() throws {
        let scratch = try Scratch()
        try scratch.write("c/keep.txt", "x\n")
        try scratch.write("c/sub/keep.txt", "x\n")
        try scratch.write("c/sub/skip.md", "x\n")
        try scratch.write("c/drafts/a.txt", "x\n")
        try scratch.write("c/drafts/deep/b.txt", "x\n")
        let included = try scratch.run(["check", "--format", "json", "--include", "*.txt", "--exclude", "drafts", "c"])
        #expect(try Self.paths(included) == ["c/keep.txt", "c/sub/keep.txt"])
        let anchored = try scratch.run(["check", "--format", "json", "--include", "sub/**", "c"])
        #expect(try Self.paths(anchored) == ["c/sub/keep.txt", "c/sub/skip.md"])
        let deep = try scratch.run(["check", "--format", "json", "--exclude", "drafts/**/*.txt", "--include", "**/*.txt", "c"])
        #expect(try Self.paths(deep) == ["c/keep.txt", "c/sub/keep.txt"])
        try scratch.write("c/.textmend.toml", "exclude = [\"sub\"]\n")
        // The configuration's patterns apply when the command line gives none.
        let configured = try scratch.run(["check", "--format", "json", "--config", "c/.textmend.toml", "c"])
        #expect(try Self.paths(configured) == ["c/drafts/a.txt", "c/drafts/deep/b.txt", "c/keep.txt"])
    }

    @Test("a nonexistent path is an error naming it; the other files are still checked")
    func nonexistent() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "a\(zwsp)b\n")
        let result = try scratch.run(["check", "--format", "json", "missing.txt", "a.txt"])
        #expect(result.status == 2)
        #expect(result.stderrLines.first == "textmend: error: missing.txt: no such file or folder")
        #expect(result.stderrLines.dropFirst().first?.hasPrefix("textmend: 1 file read (") == true)
        #expect(result.stderrLines.last?.hasSuffix("; 1 error; findings: 1 invalid-char") == true)
        #expect(try Self.paths(result) == ["a.txt"])
    }

    // Tests run as root, so chmod 000 would not stop a read. Unreadable paths are made
    // another way: a path through a regular file (`file.txt/x`, ENOTDIR) and a symbolic
    // link whose target does not exist.
    @Test("unreadable paths: a path through a file, a dangling symbolic link")
    func unreadable() throws {
        let scratch = try Scratch()
        try scratch.write("file.txt", "text\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/dangling.txt", withDestinationPath: scratch.path + "/gone.txt")
        let through = try scratch.run(["check", "file.txt/x"])
        #expect(through.status == 2)
        #expect(through.stderrLines.count == 1)
        #expect(through.stderr.hasPrefix("textmend: error: file.txt/x: "))
        let dangling = try scratch.run(["check", "dangling.txt", "file.txt"])
        #expect(dangling.status == 2)
        #expect(dangling.stderrLines.first == "textmend: error: dangling.txt: broken symbolic link (its target does not exist)")
        #expect(dangling.stderrLines.count == 2, "then the batch summary")
        #expect(dangling.output.contains("All clear"))
    }

    @Test("a folder whose name looks like a file is walked, not read as a file")
    func folderNamedLikeFile() throws {
        let scratch = try Scratch()
        try scratch.write("notes.txt/inner.txt", "a\(zwsp)b\n")
        let result = try scratch.run(["check", "--format", "json", "notes.txt"])
        #expect(result.status == 1)
        #expect(try Self.paths(result) == ["notes.txt/inner.txt"])
    }

    @Test("text in other encodings is decoded (GB18030, UTF-16 with BOM)")
    func encodings() throws {
        let scratch = try Scratch()
        let text = "学习贯彻会议精神，全面落实各项工作部署。" + String(repeating: "这是一段用于检测编码的中文文本。", count: 20) + "\n"
        if let gb = try Self.iconv(text, to: "GB18030") {
            try scratch.write("gb.txt", bytes: gb)
            let result = try scratch.run(["check", "--format", "json", "gb.txt"])
            #expect(result.status == 0)
            let root = try #require(try json(result.stdout) as? [String: Any])
            let encoding = (root["files"] as? [[String: Any]])?.first?["encoding"] as? String
            #expect(encoding?.uppercased().hasPrefix("GB") == true, "\(encoding ?? "nil")")
            let fixed = try scratch.run(["fix", "gb.txt"])
            #expect(fixed.output == text, "fix writes UTF-8")
        }
        try scratch.write("u16.txt", bytes: [0xFF, 0xFE] + Array("a\(zwsp)b\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try scratch.run(["check", "u16.txt"]).status == 1)
    }

    /// The text in another charset, by iconv(1), when it is installed.
    static func iconv(_ text: String, to charset: String) throws -> [UInt8]? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv") else { return nil }
        let scratch = try Scratch()
        try scratch.write("in", text)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", charset, scratch.path + "/in", "-o", scratch.path + "/out"]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? try scratch.read("out") : nil
    }
}
