import CICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns input bytes into a `Document`: BOMs, UTF-8 validation, then ICU detection.
public enum Decoder {
    /// Why bytes could not become a document.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// NUL bytes outside UTF-16/32: not a text file.
        case binary
        /// The charset named by the user is unknown to ICU.
        case unknownEncoding(String)
        /// ICU failed to convert.
        case conversion(String)

        public var description: String {
            switch self {
            case .binary: "binary file (contains NUL bytes)"
            case .unknownEncoding(let name): "unknown encoding '\(name)'"
            case .conversion(let reason): "could not decode: \(reason)"
            }
        }
    }

    /// Decodes bytes, honouring a charset the user named.
    public static func decode(_ input: [UInt8], encoding requested: String? = nil) throws(Failure) -> Document {
        if let requested { return try decode(input, as: requested) }
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            var document = utf8Lenient(Array(input.dropFirst(3)), inputBase: 3)
            document.info.hadBOM = true
            return Document(utf8: document.bytes, encoding: document.info)
        }
        for (bom, name) in [([0xFF, 0xFE, 0, 0] as [UInt8], "UTF-32LE"), ([0, 0, 0xFE, 0xFF], "UTF-32BE"),
                            ([0xFF, 0xFE], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")] where input.starts(with: bom) {
            let converted = try convert(Array(input.dropFirst(bom.count)), from: name)
            var info = EncodingInfo(name: name, hadBOM: true)
            info.undecodable = converted.undecodable
            return Document(utf8: converted.bytes, encoding: info)
        }
        // UTF-16 and UTF-32 without a BOM (their NUL bytes would otherwise read as binary).
        if Self.hasNUL(input), let wide = unmarkedUTF16or32(input), let converted = try? convert(input, from: wide),
           converted.undecodable.isEmpty, looksLikeText(converted.bytes) {
            var info = EncodingInfo(name: wide, confidence: 90)
            info.undecodable = converted.undecodable
            return Document(utf8: converted.bytes, encoding: info)
        }
        let firstInvalid = UTF8Validation.firstInvalidOffset(input)
        if firstInvalid == nil {
            if Self.hasNUL(input) { throw .binary }
            return Document(utf8: input, encoding: .utf8)
        }
        // Mostly UTF-8 with a few bad bytes stays UTF-8: the bad bytes become findings.
        if UTF8Validation.looksLikeDamagedUTF8(input) {
            if Self.hasNUL(input) { throw .binary }
            let document = utf8Lenient(input, inputBase: 0)
            return Document(utf8: document.bytes, encoding: document.info)
        }
        if let guess = guess(input) {
            if guess.name.hasPrefix("UTF-16") || guess.name.hasPrefix("UTF-32") || !Self.hasNUL(input),
               let converted = try? convert(input, from: guess.name), converted.undecodable.isEmpty {
                var info = EncodingInfo(name: guess.name, confidence: guess.confidence)
                info.undecodable = converted.undecodable
                return Document(utf8: converted.bytes, encoding: info)
            }
        }
        if Self.hasNUL(input) { throw .binary }
        let document = utf8Lenient(input, inputBase: 0)
        return Document(utf8: document.bytes, encoding: document.info)
    }

    /// The charset of bytes that are not UTF-8: UTF-16/32 without a BOM from the pattern of
    /// their NUL bytes; Chinese, Japanese and Korean charsets by scoring each candidate's
    /// decoding (ICU's detector is weak on short CJK text: 100 bytes of GBK often come out as
    /// windows-1252); otherwise ICU's detector.
    public static func guess(_ input: [UInt8]) -> (name: String, confidence: Int)? {
        if let wide = unmarkedUTF16or32(input) { return (wide, 90) }
        let icu = detect(input)
        guard let cjk = CharsetScore.bestEastAsian(input) else {
            // Bytes 80–9F are printable in windows-1252 and controls in ISO-8859-1: as browsers do,
            // read "ISO-8859-1" as windows-1252 when such bytes occur.
            if let icu, icu.name == "ISO-8859-1", input.contains(where: { (0x80...0x9F).contains($0) }) {
                return ("windows-1252", icu.confidence)
            }
            return icu
        }
        if let icu, CharsetScore.sameFamily(icu.name, cjk.name), icu.confidence >= 50 { return icu }
        if let icu, icu.confidence >= 80, !CharsetScore.isEastAsian(icu.name), cjk.score < 0.9 { return icu }
        return (cjk.name, Int((cjk.score * 100).rounded()))
    }

    /// Decoded UTF-16/32 that reads as text: no control characters but tab, line breaks and
    /// form feed. Binary files with NUL bytes in a regular pattern (an ELF header) fail this.
    static func looksLikeText(_ utf8: [UInt8]) -> Bool {
        !utf8.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C || $0 == 0x7F }
    }

    /// UTF-16 or UTF-32 without a BOM: NUL bytes, nearly all in one position of each unit.
    static func unmarkedUTF16or32(_ input: [UInt8]) -> String? {
        let sample = input.prefix(1 << 16)
        guard sample.count >= 16, sample.count % 2 == 0 else { return nil }
        var zeros = [Int](repeating: 0, count: 4)
        for (index, byte) in sample.enumerated() where byte == 0 { zeros[index % 4] += 1 }
        let units4 = sample.count / 4
        if sample.count % 4 == 0, units4 >= 2 {
            if zeros[2] >= units4 * 9 / 10 && zeros[3] >= units4 * 9 / 10 && zeros[1] >= units4 / 2 { return "UTF-32LE" }
            if zeros[0] >= units4 * 9 / 10 && zeros[1] >= units4 * 9 / 10 && zeros[2] >= units4 / 2 { return "UTF-32BE" }
        }
        let even = zeros[0] + zeros[2], odd = zeros[1] + zeros[3], units = sample.count / 2
        if odd >= units * 3 / 10 && even * 20 <= odd { return "UTF-16LE" }
        if even >= units * 3 / 10 && odd * 20 <= even { return "UTF-16BE" }
        return nil
    }

    /// ICU's guess at a charset, with its confidence.
    public static func detect(_ input: [UInt8]) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        var error: Int32 = 0
        let sample = input.prefix(1 << 16)
        let confidence = sample.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                tm_detect_charset($0.baseAddress, Int32($0.count), &name, 64, &error)
            }
        }
        guard confidence >= 0 else { return nil }
        return (String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
    }

    /// Whether the bytes hold a NUL (memchr, not a byte loop: this runs on every input).
    static func hasNUL(_ input: [UInt8]) -> Bool {
        input.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    private static func decode(_ input: [UInt8], as requested: String) throws(Failure) -> Document {
        var canonical = [CChar](repeating: 0, count: 64)
        guard tm_canonical_charset(requested, &canonical, 64) != 0 else { throw .unknownEncoding(requested) }
        let name = String(decoding: canonical.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if name.uppercased() == "UTF-8" {
            let hadBOM = input.starts(with: [0xEF, 0xBB, 0xBF])
            var document = utf8Lenient(hadBOM ? Array(input.dropFirst(3)) : input, inputBase: hadBOM ? 3 : 0)
            document.info.hadBOM = hadBOM
            return Document(utf8: document.bytes, encoding: document.info)
        }
        let converted = try convert(input, from: name)
        var info = EncodingInfo(name: requested)
        info.undecodable = converted.undecodable
        return Document(utf8: converted.bytes, encoding: info)
    }

    /// Converts with ICU; bytes it cannot decode become U+FFFD and are recorded.
    static func convert(_ input: [UInt8], from charset: String) throws(Failure) -> (bytes: [UInt8], undecodable: [UndecodableBytes]) {
        var output: [UInt8] = []
        var undecodable: [UndecodableBytes] = []
        var start = 0
        while start <= input.count {
            var length: Int64 = 0, invalid: Int64 = -1
            var error: Int32 = 0
            let pointer = input[start...].withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    tm_convert_to_utf8(charset, $0.baseAddress, Int64($0.count), &length, &invalid, &error)
                }
            }
            guard let pointer else { throw .conversion(String(cString: tm_error_name(error))) }
            output.append(contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: Int(length)))
            tm_free(pointer)
            if invalid < 0 { break }
            // Skip one bad byte, mark it, and go on after it.
            let bad = start + Int(invalid)
            undecodable.append(UndecodableBytes(inputOffset: bad, bytes: [input[bad]], textOffset: output.count))
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            start = bad + 1
            if start == input.count { break }
        }
        return (output, undecodable)
    }

    /// Encodes text in another charset (for tests and benchmarks that need legacy input).
    public static func convertFromUTF8(_ text: String, to charset: String) throws(Failure) -> [UInt8] {
        var error: Int32 = 0
        var length: Int64 = 0
        let bytes = Array(text.utf8)
        let pointer = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                tm_convert_from_utf8(charset, $0.baseAddress, Int64($0.count), &length, &error)
            }
        }
        guard let pointer else { throw .conversion(String(cString: tm_error_name(error))) }
        defer { tm_free(pointer) }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: Int(length)))
    }

    /// UTF-8 where each byte that is not part of a valid sequence becomes U+FFFD.
    static func utf8Lenient(_ input: [UInt8], inputBase: Int) -> (bytes: [UInt8], info: EncodingInfo) {
        guard var bad = UTF8Validation.firstInvalidOffset(input) else { return (input, .utf8) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 16)
        var info = EncodingInfo.utf8
        var copied = 0
        while true {
            output.append(contentsOf: input[copied..<bad])
            // Merge a run of consecutive bad bytes into one record, one U+FFFD each.
            var run = UndecodableBytes(inputOffset: bad + inputBase, bytes: [], textOffset: output.count)
            var index = bad
            while index < input.count, UTF8Validation.sequenceLength(input, at: index) == nil {
                run.bytes.append(input[index])
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += 1
            }
            info.undecodable.append(run)
            copied = index
            guard let next = UTF8Validation.firstInvalidOffset(input, from: index) else { break }
            bad = next
        }
        output.append(contentsOf: input[copied...])
        return (output, info)
    }
}
