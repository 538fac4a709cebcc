/// One document to process: standard input, or a file named or found in a folder.
public struct Input: Sendable, Hashable {
    /// Where the bytes come from.
    public enum Source: Sendable, Hashable {
        /// Standard input.
        case standardInput
        /// A file at this path.
        case file(String)
    }

    /// Where the bytes come from.
    public var source: Source
    /// The path shown in reports.
    public var path: String
    /// The path below the folder it was found in (the file name for a file named directly);
    /// `--out DIR` writes the repaired file at `DIR/relativePath`.
    public var relativePath: String
    /// Whether it was found by walking a folder (then a binary file is skipped, not an error).
    public var foundInFolder: Bool

    /// Makes an input.
    public init(source: Source, path: String, relativePath: String, foundInFolder: Bool) {
        self.source = source
        self.path = path
        self.relativePath = relativePath
        self.foundInFolder = foundInFolder
    }

    /// Standard input, shown as `name`.
    public static func standardInput(name: String = "<stdin>") -> Input {
        Input(source: .standardInput, path: name, relativePath: name, foundInFolder: false)
    }

    /// Whether this is standard input.
    public var isStandardInput: Bool { source == .standardInput }
}

/// Why an input could not be read, decoded or written, with the path it concerns.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The kinds of failure.
    public enum Kind: Sendable, Equatable {
        /// Nothing exists at the path (or a symbolic link points nowhere).
        case missing
        /// The path exists but cannot be read (permissions, a file used as a folder …).
        case unreadable
        /// A folder where a file was expected.
        case isDirectory
        /// A binary file (NUL bytes outside UTF-16/32).
        case binary
        /// The bytes could not be decoded (unknown charset, converter failure).
        case decoding
        /// The result could not be written.
        case unwritable
    }

    /// The path as the user sees it.
    public var path: String
    /// What went wrong.
    public var kind: Kind
    /// What went wrong, in words, lower-case.
    public var reason: String

    /// Makes an error.
    public init(path: String, kind: Kind, reason: String) {
        self.path = path
        self.kind = kind
        self.reason = reason
    }

    /// `path: reason`, the form the CLI prints after `textmend: error: `.
    public var description: String { "\(path): \(reason)" }
}
