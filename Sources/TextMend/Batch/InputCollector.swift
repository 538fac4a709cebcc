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

    /// The inputs named by `arguments`, all at once (for JSON Lines inputs and tests; a
    /// folder run streams them with `walk(_:)` instead).
    public func collect(_ arguments: [String]) -> Collection {
        var collection = Collection()
        var walk = walk(arguments)
        collection.walkedFolders = walk.walkedFolders
        while let item = walk.next() {
            switch item {
            case .input(let input): collection.inputs.append(input)
            case .error(let error): collection.errors.append(error)
            }
        }
        collection.skippedLinks = walk.skippedLinks
        return collection
    }

    /// A lazy walk over the inputs named by `arguments`, in the order `collect` gives.
    public func walk(_ arguments: [String]) -> Walk {
        Walk(self, arguments)
    }

    /// One thing a walk finds, in order.
    public enum Item: Sendable {
        /// A document to process.
        case input(Input)
        /// A folder or entry that could not be read.
        case error(InputError)

        /// What `process` makes of the input, or the error as a failure.
        public func processed<T>(_ process: (Input) -> Outcome<T>) -> Outcome<T> {
            switch self {
            case .input(let input): process(input)
            case .error(let error): .failed(error)
            }
        }
    }

    /// Walks the arguments lazily: it holds only the sorted listings of the folders on the
    /// path to the current file, never the list of files found, so memory stays flat however
    /// many files there are (a single folder of N entries still holds its N names).
    public struct Walk: IteratorProtocol {
        private let collector: InputCollector
        private let arguments: [String]
        private let isFolder: [Bool]
        private var nextArgument = 0
        private var stack: [Frame] = []
        private var visited = Set<String>()
        /// Folders named on the command line (known before the walk starts).
        public let walkedFolders: Int
        /// Symbolic links skipped so far.
        public private(set) var skippedLinks = 0
        /// The index in the arguments of the one the last item came from.
        public private(set) var argumentIndex = 0
        /// How many arguments there are (an empty list counts as one `-`).
        public var argumentCount: Int { arguments.count }

        /// A folder being listed: its sorted entries and the next one to look at.
        private struct Frame {
            var root: String
            var relative: String
            var names: [String]
            var position = 0
        }

        init(_ collector: InputCollector, _ arguments: [String]) {
            self.collector = collector
            self.arguments = arguments.isEmpty ? ["-"] : arguments
            isFolder = self.arguments.map { argument in
                guard argument != "-", case .success(.directory) = FileSystem.resolvedKind(argument) else { return false }
                return true
            }
            walkedFolders = isFolder.filter { $0 }.count
        }

        /// Whether the walk reads standard input.
        public var readsStandardInput: Bool { arguments.contains("-") }

        /// The next input or error, or nil at the end.
        public mutating func next() -> Item? {
            while true {
                guard !stack.isEmpty else {
                    guard nextArgument < arguments.count else { return nil }
                    let argument = arguments[nextArgument]
                    argumentIndex = nextArgument
                    nextArgument += 1
                    if argument == "-" { return .input(.standardInput(name: collector.standardInputName)) }
                    guard isFolder[argumentIndex] else {
                        // A file, or something missing or odd: the reader says what is wrong.
                        return .input(Input(source: .file(argument), path: argument,
                                            relativePath: FileSystem.baseName(argument), foundInFolder: false))
                    }
                    visited = []
                    if let error = enter(root: argument, relative: "") { return .error(error) }
                    continue
                }
                let top = stack.count - 1
                guard stack[top].position < stack[top].names.count else { stack.removeLast(); continue }
                let name = stack[top].names[stack[top].position]
                stack[top].position += 1
                if name.hasPrefix(".") { continue }
                let (root, relative) = (stack[top].root, stack[top].relative)
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                let path = FileSystem.join(root, childRelative)
                var kind = FileSystem.kind(path)
                if case .success(.symlink) = kind {
                    guard collector.followLinks else { skippedLinks += 1; continue }
                    kind = FileSystem.resolvedKind(path)
                    if case .failure = kind { skippedLinks += 1; continue }  // a broken link
                }
                switch kind {
                case .success(.directory):
                    if collector.filter.entersFolder(childRelative), let error = enter(root: root, relative: childRelative) {
                        return .error(error)
                    }
                case .success(.file):
                    guard collector.filter.acceptsFile(childRelative) else { continue }
                    return .input(Input(source: .file(path), path: path, relativePath: childRelative, foundInFolder: true))
                case .success(.symlink), .success(.other):
                    continue
                case .failure(let error):
                    return .error(InputError(path: path, kind: .unreadable, reason: "\(error)"))
                }
            }
        }

        /// Lists a folder and pushes it, or says why it cannot be listed.
        private mutating func enter(root: String, relative: String) -> InputError? {
            let folder = relative.isEmpty ? root : FileSystem.join(root, relative)
            if !collector.avoidedFolders.isEmpty || collector.followLinks, let real = FileSystem.realPath(folder) {
                if collector.avoidedFolders.contains(real) { return nil }
                // Links can lead back into a folder already walked (or being walked).
                if collector.followLinks && !visited.insert(real).inserted { return nil }
            }
            switch FileSystem.entries(folder) {
            case .success(let names):
                stack.append(Frame(root: root, relative: relative, names: names))
                return nil
            case .failure(let error):
                return InputError(path: folder, kind: .unreadable, reason: "cannot list folder: \(error)")
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
