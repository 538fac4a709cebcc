import Foundation
import Testing
@testable import TextMend

/// Resources/han-frequency.txt holds exactly what ICU's converters give
/// (`HanFrequency.fromICU()`); `TEXTMEND_RECORD=1 swift test --filter HanFrequencyTable`
/// rewrites it.
struct HanFrequencyTableTests {
    static let resource = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/TextMend/Resources/han-frequency.txt")

    @Test func storedTablesEqualICUs() throws {
        let built = HanFrequency.fromICU()
        if ProcessInfo.processInfo.environment["TEXTMEND_RECORD"] == "1" {
            try Data(HanFrequency.resourceText(built).utf8).write(to: Self.resource)
            return
        }
        #expect(HanFrequency.tiers == built.tiers, "han-frequency.txt is stale: run TEXTMEND_RECORD=1 swift test --filter HanFrequencyTable")
        #expect(HanFrequency.gb2312 == built.gb2312, "han-frequency.txt is stale: run TEXTMEND_RECORD=1 swift test --filter HanFrequencyTable")
        #expect(HanFrequency.parse(Array(HanFrequency.resourceText(built).utf8)) == built)
        #expect(built.tiers.contains(2) && built.tiers.contains(1) && built.gb2312.contains(true))
    }
}
