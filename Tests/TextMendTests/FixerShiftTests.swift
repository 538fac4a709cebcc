import Testing
@testable import TextMend

/// `Fixer.shift`: records of undecodable bytes follow their U+FFFD through the edits.
struct FixerShiftTests {
    /// The straightforward form (every record against every edit), as the reference.
    static func reference(_ records: [UndecodableBytes], _ edits: [Edit]) -> [UndecodableBytes] {
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return records.compactMap { record in
            var moved = record
            for edit in sorted {
                if edit.range.upperBound <= record.textOffset && !(edit.range.isEmpty && edit.range.lowerBound == record.textOffset) {
                    moved.textOffset += edit.replacement.utf8.count - edit.range.count
                } else if edit.range.lowerBound <= record.textOffset && record.textOffset < edit.range.upperBound {
                    return nil
                } else if edit.range.isEmpty && edit.range.lowerBound == record.textOffset {
                    moved.textOffset += edit.replacement.utf8.count
                } else {
                    break
                }
            }
            return moved
        }
    }

    @Test("the linear sweep agrees with the reference on random records and edits")
    func randomAgreement() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            // Non-overlapping edits over 0..<60: replacements, deletions and insertions.
            // An insertion may share its offset with a replacement that starts there, never
            // with another insertion.
            var edits: [Edit] = []
            var cursor = Int.random(in: 0...4, using: &generator), insertionAt = -1
            while cursor < 60 {
                var length = Int.random(in: 0...4, using: &generator)
                if length == 0 && insertionAt == cursor { length = 1 }
                let replacement = String(repeating: "x", count: Int.random(in: 0...3, using: &generator))
                if length > 0 || !replacement.isEmpty {
                    edits.append(Edit(cursor..<cursor + length, replacement))
                    if length == 0 { insertionAt = cursor }
                }
                cursor += length + Int.random(in: 0...5, using: &generator)
            }
            edits.shuffle(using: &generator)
            let records = (0..<Int.random(in: 1...8, using: &generator)).map { index in
                UndecodableBytes(inputOffset: index, bytes: [0xFF], textOffset: Int.random(in: 0...64, using: &generator))
            }
            #expect(Fixer.shift(records, through: edits) == Self.reference(records, edits))
        }
    }
}
