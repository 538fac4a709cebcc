/// Turns the PATH arguments into the list of documents to process.
///
/// Files named directly are always taken (the reader reports what is wrong with them).
/// Folders are walked recursively in sorted order; inside a walk, hidden files and folders
/// (names starting with `.`) are skipped, symbolic links are skipped and counted unless
/// `followLinks` (then a folder reached twice through links is walked once), and `--include`
/// and `--exclude` apply (see `Glob`). Binary files are found when they are read (see
/// `Processing`), so the walk itself touches no file's contents. No PATH, or `-`, means
/// standard input.
public struct InputCollector: Sendable {
    /// What a walk found.
    public struct Collection: Sendable {
        /// The documents to process, in order.
        public var inputs: [Input] = []
        /// Folders that could not be listed.
        public var errors: [InputError] = []
        /// Symbolic links skipped in folder walks.
        public var skippedLinks = 0
        /// Folders named on the command line and walked.
        public var walkedFolders = 0
    }

    /// Include and exclude patterns for walked files.
    public var filter: PathFilter
    /// How standard input is named in reports.
    public var standardInputName: String
    /// Real paths of folders never entered (say, the `--out` folder).
    public var avoidedFolders: Set<String>
    /// Whether symbolic links found in walks are followed.
    public var followLinks: Bool

    /// Makes a collector.
    public init(filter: PathFilter = PathFilter(), standardInputName: String = "<stdin>",
                avoidedFolders: Set<String> = [], followLinks: Bool = false) {
        self.filter = filter
        self.standardInputName = standardInputName
        self.avoidedFolders = avoidedFolders
        self.followLinks = followLinks
    }

    /// The inputs named by `arguments`.
    public func collect(_ arguments: [String]) -> Collection {
        var collection = Collection()
        if arguments.isEmpty {
            collection.inputs.append(.standardInput(name: standardInputName))
            return collection
        }
        for argument in arguments {
            if argument == "-" {
                collection.inputs.append(.standardInput(name: standardInputName))
            } else if case .success(.directory) = FileSystem.resolvedKind(argument) {
                collection.walkedFolders += 1
                var visited = Set<String>()
                walk(root: argument, relative: "", into: &collection, visited: &visited)
            } else {
                // A file, or something missing or odd: the reader says what is wrong.
                collection.inputs.append(Input(source: .file(argument), path: argument,
                                               relativePath: FileSystem.baseName(argument), foundInFolder: false))
            }
        }
        return collection
    }

    private func walk(root: String, relative: String, into collection: inout Collection, visited: inout Set<String>) {
        let folder = relative.isEmpty ? root : FileSystem.join(root, relative)
        if !avoidedFolders.isEmpty || followLinks, let real = FileSystem.realPath(folder) {
            if avoidedFolders.contains(real) { return }
            // Links can lead back into a folder already walked (or being walked).
            if followLinks && !visited.insert(real).inserted { return }
        }
        let names: [String]
        switch FileSystem.entries(folder) {
        case .success(let list): names = list
        case .failure(let error):
            collection.errors.append(InputError(path: folder, kind: .unreadable, reason: "cannot list folder: \(error)"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let path = FileSystem.join(root, childRelative)
            var kind = FileSystem.kind(path)
            if case .success(.symlink) = kind {
                guard followLinks else { collection.skippedLinks += 1; continue }
                kind = FileSystem.resolvedKind(path)
                if case .failure = kind { collection.skippedLinks += 1; continue }  // a broken link
            }
            switch kind {
            case .success(.directory):
                if filter.entersFolder(childRelative) { walk(root: root, relative: childRelative, into: &collection, visited: &visited) }
            case .success(.file):
                guard filter.acceptsFile(childRelative) else { continue }
                collection.inputs.append(Input(source: .file(path), path: path, relativePath: childRelative, foundInFolder: true))
            case .success(.symlink), .success(.other):
                continue
            case .failure(let error):
                collection.errors.append(InputError(path: path, kind: .unreadable, reason: "\(error)"))
            }
        }
    }

    /// Whether the start of a file says it is binary: NUL bytes, unless it is UTF-16/32.
    public static func looksBinary(_ prefix: [UInt8]) -> Bool {
        guard prefix.contains(0) else { return false }
        let boms: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF], [0, 0, 0xFE, 0xFF]]
        if boms.contains(where: { prefix.starts(with: $0) }) { return false }
        if let guess = Decoder.detect(prefix), guess.name.hasPrefix("UTF-16") || guess.name.hasPrefix("UTF-32") {
            return false
        }
        return true
    }
}
