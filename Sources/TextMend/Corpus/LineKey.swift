/// The form in which a line is counted across a corpus: blanks trimmed and collapsed to one
/// space, and every run of digits masked as `#`, so `浏览：1024次` and `浏览：87次` (or a
/// changing date) count as one line. Lines too short or too long to be chrome, or without
/// at least two letters, get no key and are never counted.
public enum LineKey {
    /// Fewest scalars in a key (shorter lines, such as `一、`, are too common in prose).
    static let minimumLength = 4
    /// Most scalars in a key: longer lines are text, not chrome (and this bounds a model).
    static let maximumLength = 200

    /// The key of a document's line, or nil when the line is not counted.
    public static func key(_ document: Document, line: Int) -> String? {
        key(document.bytes, document.lineContent(line))
    }

    /// The key of a line's bytes (valid UTF-8), or nil.
    public static func key(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        var scalars = String.UnicodeScalarView()
        var letters = 0, length = 0
        var pendingSpace = false, inDigits = false
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, width) = decode(bytes, index)
            index += width
            let value = scalar.value
            if CharacterClass.isBlank(scalar) {
                pendingSpace = length > 0
                inDigits = false
                continue
            }
            let isDigit = (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)
            if isDigit && inDigits { continue }
            if pendingSpace { scalars.append(" "); length += 1; pendingSpace = false }
            inDigits = isDigit
            if isDigit {
                scalars.append("#")
            } else {
                scalars.append(scalar)
                if value < 0x80 {
                    if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { letters += 1 }
                } else if scalar.properties.isAlphabetic {
                    letters += 1
                }
            }
            length += 1
            if length > maximumLength { return nil }
        }
        guard length >= minimumLength, letters >= 2 else { return nil }
        return String(scalars)
    }

    /// The scalar at a byte offset of valid UTF-8, and its length.
    private static func decode(_ bytes: [UInt8], _ index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
