/// How messages name a scalar.
enum CodePoint {
    /// `U+0093`, `U+F0001`: at least four upper-case hex digits.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
