#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A shell pattern for `--include`/`--exclude`, matched against a path relative to the
/// folder being walked.
///
/// Each `/`-separated segment is matched with `fnmatch(3)` (`*`, `?`, `[…]`); a `**`
/// segment matches any number of segments, including none. A pattern without `/` matches
/// at any depth (`*.txt` is `**/*.txt`, as in `.gitignore`); a leading `/` anchors it at
/// the folder; a trailing `/` is ignored.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as given.
    public let pattern: String
    private let segments: [String]

    /// Parses a pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
        var body = pattern
        while body.hasPrefix("./") { body.removeFirst(2) }
        while body.count > 1 && body.hasSuffix("/") { body.removeLast() }
        let anchored = body.hasPrefix("/") || body.dropLast().contains("/")
        var parts = body.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !anchored { parts.insert("**", at: 0) }
        // Adjacent `**` segments mean the same as one.
        segments = parts.enumerated().filter { $0.offset == 0 || !($0.element == "**" && parts[$0.offset - 1] == "**") }.map(\.element)
    }

    public var description: String { pattern }

    /// Whether a relative path (`a/b/c.txt`) matches.
    public func matches(_ relativePath: String) -> Bool {
        let path = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // matched[i][j]: segments[i...] match path[j...]. Filled from the end.
        let rows = segments.count, columns = path.count
        var matched = [[Bool]](repeating: [Bool](repeating: false, count: columns + 1), count: rows + 1)
        matched[rows][columns] = true
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns, through: 0, by: -1) {
                if segments[i] == "**" {
                    matched[i][j] = matched[i + 1][j] || (j < columns && matched[i][j + 1])
                } else {
                    matched[i][j] = j < columns && matched[i + 1][j + 1] && fnmatch(segments[i], path[j], 0) == 0
                }
            }
        }
        return matched[0][0]
    }
}

/// Include and exclude patterns together.
public struct PathFilter: Sendable, Hashable {
    /// A walked file must match one of these (when there are any).
    public var include: [Glob]
    /// A walked file or folder that matches one of these is skipped.
    public var exclude: [Glob]

    /// Makes a filter from pattern strings.
    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include.map(Glob.init)
        self.exclude = exclude.map(Glob.init)
    }

    /// Whether a folder found in a walk is entered.
    public func entersFolder(_ relativePath: String) -> Bool {
        !exclude.contains { $0.matches(relativePath) }
    }

    /// Whether a file found in a walk is processed.
    public func acceptsFile(_ relativePath: String) -> Bool {
        (include.isEmpty || include.contains { $0.matches(relativePath) })
            && !exclude.contains { $0.matches(relativePath) }
    }
}
