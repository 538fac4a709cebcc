import CICU

/// Legacy charsets, through ICU's converters, as mojibake repair needs them: byte tables for
/// single-byte charsets (built once from ICU) and strict conversion for multi-byte ones.
enum LegacyCharsets {
    /// A single-byte charset: what each byte 0x80–0xFF decodes to, and back.
    struct SingleByte: Sendable {
        /// ICU's name (or ours, for the sloppy windows-1252 that also takes latin-1's C1 controls).
        let name: String
        /// Scalar for bytes 0x80–0xFF (0: undefined).
        let upper: [UInt32]
        /// Scalar → byte for the upper half.
        let reverse: [UInt32: UInt8]
        /// `reverse` for scalars below `directLimit`, by index (0: none); a run is mapped scalar
        /// by scalar for each charset, and a table read costs less than a hash.
        private let direct: [UInt8]
        fileprivate static let directLimit: UInt32 = 0x2600
        /// `reverse` from `directLimit` up (a few at most: MacRoman's ﬁ, ﬂ and Apple logo), searched
        /// in turn: a later round asks every charset about Han, which none holds, and no hash is paid.
        private let high: [(scalar: UInt32, byte: UInt8)]

        init(icu charset: String, name: String? = nil, sloppy: Bool = false) {
            self.name = name ?? charset
            var upper = LegacyCharsets.decodeTable(charset, (0x80...0xFF).map { [UInt8($0)] })
            // Sloppy: bytes the charset leaves undefined read as the C1 control of the same value
            // (what latin-1 and most browsers make of them), so such text still round-trips.
            if sloppy { for index in 0..<128 where upper[index] == 0 { upper[index] = UInt32(0x80 + index) } }
            var reverse: [UInt32: UInt8] = [:]
            for (index, scalar) in upper.enumerated() where scalar >= 0x80 { reverse[scalar] = UInt8(0x80 + index) }
            if sloppy { for byte in 0x80...0x9F where reverse[UInt32(byte)] == nil { reverse[UInt32(byte)] = UInt8(byte) } }
            self.upper = upper
            self.reverse = reverse
            var direct = [UInt8](repeating: 0, count: Int(Self.directLimit))
            for (scalar, byte) in reverse where scalar < Self.directLimit { direct[Int(scalar)] = byte }
            self.direct = direct
            high = reverse.filter { $0.key >= Self.directLimit }.map { ($0.key, $0.value) }.sorted { $0.scalar < $1.scalar }
        }

        /// Whether a scalar from `directLimit` up is one of the charset's characters.
        func holdsHigh(_ value: UInt32) -> Bool { high.contains { $0.scalar == value } }

        /// The byte a scalar encodes to (ASCII passes through), or nil.
        @inline(__always)
        func byte(_ scalar: Unicode.Scalar) -> UInt8? {
            let value = scalar.value
            if value < 0x80 { return UInt8(value) }
            guard value < Self.directLimit else { return high.first { $0.scalar == value }?.byte }
            let byte = direct[Int(value)]
            return byte == 0 ? nil : byte
        }
    }

    /// windows-1252 read sloppily (its five undefined bytes and latin-1's C1 controls included).
    static let windows1252 = SingleByte(icu: "windows-1252", sloppy: true)
    /// windows-1250 read sloppily.
    static let windows1250 = SingleByte(icu: "windows-1250", sloppy: true)
    /// The single-byte charsets UTF-8 is most often misread as, most common first.
    static let singleByte: [SingleByte] = [
        windows1252,
        SingleByte(icu: "macintosh", name: "MacRoman"),
        SingleByte(icu: "windows-1251", sloppy: true),
        windows1250,
        SingleByte(icu: "ISO-8859-2"),
        SingleByte(icu: "windows-1257", sloppy: true),
        SingleByte(icu: "windows-1253", sloppy: true),
        SingleByte(icu: "IBM437", name: "cp437"),
    ]

    /// Whether a scalar may be a character of the upper half (bytes 80–FF) of one of
    /// `singleByte`'s charsets: Han, kana and Hangul never are, so a later round of repair
    /// that only decoded such characters has nothing left to decode.
    static func mayBeUpperHalf(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x80 else { return false }
        return value < SingleByte.directLimit || singleByte.contains { $0.holdsHigh(value) }
    }

    /// The same, ISO-8859-2 before windows-1250 (for text whose C1 controls show an ISO decoder).
    static let isoFirst: [SingleByte] = {
        var charsets = singleByte
        let iso = charsets.remove(at: charsets.firstIndex { $0.name == "ISO-8859-2" }!)
        charsets.insert(iso, at: charsets.firstIndex { $0.name == "windows-1250" }!)
        return charsets
    }()

    /// Multi-byte charsets UTF-8 Chinese or Japanese is misread as, and that latin-1 text
    /// may really be in.
    static let multiByte = ["GBK", "Big5", "Shift_JIS", "EUC-KR"]

    /// Decodes each sequence on its own (0 where it is not exactly one character).
    static func decodeTable(_ charset: String, _ sequences: [[UInt8]]) -> [UInt32] {
        guard let width = sequences.first?.count else { return [] }
        let flat = sequences.flatMap { $0 }
        var scalars = [UInt32](repeating: 0, count: sequences.count)
        let status = flat.withUnsafeBufferPointer { bytes in
            tm_decode_table(charset, bytes.baseAddress, Int32(sequences.count), Int32(width), &scalars)
        }
        return status == 0 ? scalars : scalars.map { _ in 0 }
    }

    /// The text encoded in `charset`, or nil when a character has no mapping there.
    static func encode(_ scalars: ArraySlice<Unicode.Scalar>, as charset: String) -> [UInt8]? {
        var utf8: [UInt8] = []
        for scalar in scalars { utf8.append(contentsOf: String(scalar).utf8) }
        var length: Int64 = 0
        var error: Int32 = 0
        let pointer = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                tm_convert_from_utf8_strict(charset, $0.baseAddress, Int64($0.count), &length, &error)
            }
        }
        guard let pointer else { return nil }
        defer { tm_free(pointer) }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: Int(length)))
    }

    /// Bytes decoded in `charset`, or nil unless every byte decodes.
    static func decode(_ bytes: [UInt8], as charset: String) -> [Unicode.Scalar]? {
        var length: Int64 = 0, invalid: Int64 = -1
        var error: Int32 = 0
        let pointer = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                tm_convert_to_utf8(charset, $0.baseAddress, Int64($0.count), &length, &invalid, &error)
            }
        }
        guard let pointer else { return nil }
        defer { tm_free(pointer) }
        guard invalid < 0 else { return nil }
        let utf8 = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: Int(length))
        return Array(String(decoding: utf8, as: UTF8.self).unicodeScalars)
    }
}
