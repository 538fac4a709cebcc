/// How a document's bytes were turned into text.
public struct EncodingInfo: Sendable, Hashable {
    /// The charset's name as reported (`UTF-8`, `GB18030`, `UTF-16LE` …).
    public var name: String
    /// The input started with a byte-order mark (kept out of the text).
    public var hadBOM: Bool = false
    /// Detector confidence 0–100 when the charset was guessed; nil when certain or given.
    public var confidence: Int? = nil
    /// Input bytes that could not be decoded, each replaced by U+FFFD in the text.
    public var undecodable: [UndecodableBytes] = []

    /// Plain UTF-8 without a BOM.
    public static let utf8 = EncodingInfo(name: "UTF-8")
}

/// A run of input bytes the decoder could not read.
public struct UndecodableBytes: Sendable, Hashable {
    /// Offset of the first bad byte in the input file.
    public var inputOffset: Int
    /// The bad bytes themselves.
    public var bytes: [UInt8]
    /// Byte offset of the U+FFFD that stands for them in the decoded text.
    public var textOffset: Int
}
