/// A configuration file that cannot be read or does not follow the schema.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    /// The file, as it was named.
    public var path: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    /// What is wrong, lower-case, no final period.
    public var message: String

    /// Makes an error.
    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, or `path: message` without a line.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
