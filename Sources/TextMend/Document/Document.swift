import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A decoded text with fast maps between byte offsets, scalar offsets and lines.
///
/// Text is held once, as UTF-8 bytes (`bytes`); every internal range is a range of byte
/// offsets into it. Reports convert to the contract's unit, Unicode scalars, through a
/// sparse checkpoint table, so memory stays close to the size of the input.
public final class Document: Sendable {
    /// The text as UTF-8, without a leading byte-order mark.
    public let bytes: [UInt8]
    /// How the input bytes were decoded.
    public let encoding: EncodingInfo
    /// Byte offset where each line starts; the last line may be empty.
    public let lineStarts: [Int]
    /// Scalars before each checkpoint; checkpoint i sits at byte i * checkpointStride.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 1024
    private let tokenCache = Mutex<[TokenStream.Kind: TokenStream]>([:])

    /// Makes a document from text that is already decoded.
    public convenience init(text: String) {
        self.init(utf8: Array(text.utf8), encoding: .utf8)
    }

    /// Makes a document from valid UTF-8 bytes (no leading BOM).
    public convenience init(utf8: [UInt8], encoding: EncodingInfo) {
        self.init(utf8: utf8, encoding: encoding, lineStarts: nil)
    }

    /// `document` with non-overlapping `edits` applied: its line starts are the old ones
    /// outside the edits, moved, and those after the line breaks the replacements hold (a round
    /// of `fix` edits a few lines of a long text: no search for every line break).
    convenience init(_ document: Document, applying edits: [Edit], encoding: EncodingInfo) {
        let sorted = Edit.inTextOrder(edits)
        let old = document.lineStarts
        var starts: [Int] = []
        starts.reserveCapacity(old.count + sorted.count)
        var next = 0, delta = 0  // the next old line start; the change in length so far
        for edit in sorted {
            // Line breaks before the edit keep their place, moved; those it replaces are gone.
            while next < old.count, old[next] <= edit.range.lowerBound { starts.append(old[next] + delta); next += 1 }
            while next < old.count, old[next] <= edit.range.upperBound { next += 1 }
            var offset = edit.range.lowerBound + delta
            for byte in edit.replacement.utf8 {
                offset += 1
                if byte == 0x0A { starts.append(offset) }
            }
            delta += edit.replacement.utf8.count - edit.range.count
        }
        while next < old.count { starts.append(old[next] + delta); next += 1 }
        self.init(utf8: Fixer.apply(inTextOrder: sorted, to: document.bytes), encoding: encoding, lineStarts: starts)
    }

    /// Makes a document from valid UTF-8 bytes and, when known, its line starts.
    private init(utf8: [UInt8], encoding: EncodingInfo, lineStarts known: [Int]?) {
        bytes = utf8
        self.encoding = encoding
        var starts = [0]
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(utf8.count / Self.checkpointStride + 1)
        var scalars = 0
        utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var chunk = 0
            while chunk < buffer.count {
                checkpoints.append(scalars)
                let end = min(chunk + Self.checkpointStride, buffer.count)
                scalars += Self.countScalars(buffer, chunk..<end)
                chunk = end
            }
            // Line breaks by memchr.
            guard known == nil else { return }
            var index = 0
            while index < buffer.count, let found = memchr(base + index, 0x0A, buffer.count - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(index)
            }
        }
        checkpoints.append(scalars)
        lineStarts = known ?? starts
        scalarCheckpoints = checkpoints
        scalarCount = scalars
    }

    /// Number of Unicode scalars in the text.
    public let scalarCount: Int

    /// The whole text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The text of a byte range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    // MARK: Offsets

    /// The scalar offset (contract unit) of a byte offset.
    public func scalarOffset(ofByte offset: Int) -> Int {
        precondition(offset >= 0 && offset <= bytes.count, "byte offset out of range")
        let checkpoint = offset / Self.checkpointStride
        return scalarCheckpoints[checkpoint]
            + bytes.withUnsafeBufferPointer { Self.countScalars($0, checkpoint * Self.checkpointStride..<offset) }
    }

    /// Scalars starting in a byte range (bytes that are not continuation bytes 10xxxxxx),
    /// thirty-two bytes at a time.
    @inline(__always)
    static func countScalars(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var index = range.lowerBound, scalars = 0
        if let base = buffer.baseAddress {
            // Continuation bytes are tallied per byte lane (no population count: the baseline
            // x86-64 target has no instruction for it) and summed every 252 words; four words
            // a step, so the loop's own bookkeeping is paid once per 32 bytes.
            var lanes: UInt64 = 0, words = 0
            func fold() {
                let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes >> 8 & 0x00FF_00FF_00FF_00FF)
                scalars &+= words &* 8 &- Int((pairs &* 0x0001_0001_0001_0001) >> 48)
                lanes = 0
                words = 0
            }
            @inline(__always) func continuations(_ offset: Int) -> UInt64 {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                return (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
            }
            while index + 32 <= range.upperBound {
                lanes &+= continuations(index) &+ continuations(index &+ 8) &+ continuations(index &+ 16) &+ continuations(index &+ 24)
                words &+= 4
                if words == 252 { fold() }
                index &+= 32
            }
            while index + 8 <= range.upperBound {
                lanes &+= continuations(index)
                words &+= 1
                index &+= 8
            }
            fold()
        }
        while index < range.upperBound {
            if buffer[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        return scalars
    }

    /// The byte offset of a scalar offset.
    public func byteOffset(ofScalar offset: Int) -> Int {
        precondition(offset >= 0 && offset <= scalarCount, "scalar offset out of range")
        // Last checkpoint at or before the scalar offset.
        let low = max(scalarCheckpoints.partitioningIndex { $0 > offset } - 1, 0)
        var index = min(low * Self.checkpointStride, bytes.count)
        var scalars = scalarCheckpoints[low]
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 {
                if scalars == offset { return index }
                scalars += 1
            }
            index += 1
        }
        return bytes.count
    }

    /// The 0-based line holding a byte offset.
    public func lineIndex(ofByte offset: Int) -> Int {
        max(lineStarts.partitioningIndex { $0 > offset } - 1, 0)
    }

    /// The contract position (scalar offset, 1-based line and column) of a byte offset.
    public func position(ofByte offset: Int) -> SourcePosition {
        let line = lineIndex(ofByte: offset)
        let scalar = scalarOffset(ofByte: offset)
        let column = scalar - scalarOffset(ofByte: lineStarts[line]) + 1
        return SourcePosition(offset: scalar, line: line + 1, column: column)
    }

    // MARK: Lines

    /// Number of lines (a final line break does not start a new counted line).
    public var lineCount: Int {
        lineStarts.count > 1 && lineStarts.last == bytes.count ? lineStarts.count - 1 : lineStarts.count
    }

    /// The byte range of line `index`, without its line break.
    public func lineContent(_ index: Int) -> Range<Int> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Whether line `index` holds nothing but spaces, tabs and carriage returns.
    public func isBlankLine(_ index: Int) -> Bool { Self.isBlank(bytes[lineContent(index)]) }

    /// Whether `bytes` are nothing but spaces, tabs and carriage returns (a blank line's
    /// content; `Layout` also takes U+3000 for blank, as a paragraph break).
    public static func isBlank(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The byte range of line `index`, including its line break.
    public func lineWithBreak(_ index: Int) -> Range<Int> {
        lineStarts[index]..<(index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count)
    }

    /// The bytes of the lines `lines` (indexes into `lineStarts`), line breaks included; a
    /// bound past the last line start is the end of the text.
    public func byteRange(ofLines lines: Range<Int>) -> Range<Int> {
        func offset(_ line: Int) -> Int { line < lineStarts.count ? lineStarts[line] : bytes.count }
        return offset(lines.lowerBound)..<offset(lines.upperBound)
    }

    // MARK: Scalars

    /// The scalar starting at a byte offset and its length in bytes.
    @inline(__always)
    public func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        UTF8Scalars.decode(bytes, at: offset)
    }

    /// The scalar ending just before a byte offset and its length in bytes.
    @inline(__always)
    public func scalar(before offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let decoded = UTF8Scalars.decode(bytes, at: start)
        return (decoded.scalar, offset - start)
    }

    // MARK: Tokens

    /// The document's token stream of one kind, computed on first use and cached.
    public func tokens(_ kind: TokenStream.Kind) -> TokenStream {
        if let cached = tokenCache.withLock({ $0[kind] }) { return cached }
        let stream = TokenStream(document: self, kind: kind)
        tokenCache.withLock { $0[kind] = stream }
        return stream
    }
}

/// A place in a document, in the contract's units.
public struct SourcePosition: Sendable, Hashable, Codable {
    /// Unicode scalars from the start of the decoded text.
    public var offset: Int
    /// 1-based line.
    public var line: Int
    /// 1-based column, in scalars.
    public var column: Int
}

/// Decoding of single scalars from UTF-8 that is known to be valid.
enum UTF8Scalars {
    /// The length of the scalar a byte leads (1 for ASCII, and for a continuation byte, so a
    /// scan that lands inside a scalar still moves on one byte at a time).
    @inline(__always)
    static func length(ofLead byte: UInt8) -> Int {
        byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// The scalar at `offset` and its length in bytes, from an array or (in a loop that holds
    /// the bytes' buffer, without bounds checks) a buffer.
    @inline(__always)
    static func decode<Bytes: RandomAccessCollection>(_ bytes: Bytes, at offset: Int) -> (scalar: Unicode.Scalar, length: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let b0 = UInt32(bytes[offset])
        if b0 < 0x80 { return (Unicode.Scalar(b0)!, 1) }
        if b0 < 0xE0 {
            let value = (b0 & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0 {
            let value = (b0 & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
                | UInt32(bytes[offset + 2] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
        }
        let value = (b0 & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
            | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
    }
}
