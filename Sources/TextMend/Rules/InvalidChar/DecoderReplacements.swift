/// The U+FFFD characters the decoder itself put in for undecodable input bytes.
///
/// `EncodingInfo.undecodable` records where each run of bad bytes became U+FFFD (one per
/// byte). Records that do not land on U+FFFD, as after edits shifted the text, are ignored.
struct DecoderReplacements {
    /// One run of bad input bytes and the byte range of its U+FFFD characters in the text.
    struct Run {
        /// The bad input bytes, in order.
        var bytes: [UInt8]
        /// Offset of the first bad byte in the input.
        var inputOffset: Int
        /// The U+FFFD characters standing for them.
        var range: Range<Int>
    }

    /// Runs in text order; records that touch in both the input and the text are merged.
    let runs: [Run]

    init(_ document: Document) {
        let text = document.bytes
        var runs: [Run] = []
        for record in document.encoding.undecodable.sorted(by: { $0.textOffset < $1.textOffset }) {
            var end = record.textOffset
            while end - record.textOffset < 3 * record.bytes.count, Self.isReplacement(text, at: end) { end += 3 }
            guard end > record.textOffset else { continue }
            if let last = runs.last, last.range.upperBound == record.textOffset,
               last.inputOffset + last.bytes.count == record.inputOffset {
                runs[runs.count - 1].bytes += record.bytes
                runs[runs.count - 1].range = last.range.lowerBound..<end
            } else {
                runs.append(Run(bytes: record.bytes, inputOffset: record.inputOffset, range: record.textOffset..<end))
            }
        }
        self.runs = runs
    }

    /// Whether U+FFFD (EF BF BD) starts at `index`.
    @inline(__always)
    static func isReplacement(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD
    }
}
