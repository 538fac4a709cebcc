import Testing
@testable import TextMend

/// Charset detection of short legacy-encoded inputs (ICU's detector alone misreads short
/// Chinese), UTF-16 without a BOM, and the confidence a guess carries.
struct EncodingDetectionTests {
    static let samples: [(text: String, charset: String, expected: String)] = [
        ("我们的系统很好用，但是今天的天气不太好，所以我们决定留在家里看书学习。", "GBK", "GB18030"),
        ("繁體中文的資料處理需要正確的編碼，否則會出現亂碼問題。", "Big5", "Big5"),
        ("日本語のテキストを正しく表示するためには、文字コードが重要です。", "Shift_JIS", "Shift_JIS"),
        ("日本語のテキストを正しく表示するためには、文字コードが重要です。", "EUC-JP", "EUC-JP"),
        ("한국어 텍스트를 올바르게 표시하려면 문자 인코딩이 중요합니다.", "EUC-KR", "EUC-KR"),
        ("Русский текст в кодировке КОИ-8 должен определяться правильно.", "KOI8-R", "KOI8-R"),
        ("Hello world, 你好世界, this is UTF-16 without a byte-order mark.", "UTF-16LE", "UTF-16LE"),
        ("Hello world, 你好世界, this is UTF-16 without a byte-order mark.", "UTF-16BE", "UTF-16BE"),
        ("He said \u{201C}caf\u{E9}\u{201D} \u{2013} twice.", "windows-1252", "windows-1252"),
    ]

    @Test("short legacy inputs are detected and decoded", arguments: samples)
    func detect(_ sample: (text: String, charset: String, expected: String)) throws {
        let bytes = try Decoder.convertFromUTF8(sample.text, to: sample.charset)
        let document = try Decoder.decode(bytes)
        #expect(document.encoding.name == sample.expected)
        #expect(document.text == sample.text)
        #expect(document.encoding.confidence != nil)
    }

    @Test("UTF-8 is certain: no confidence is reported")
    func utf8() throws {
        #expect(try Decoder.decode(Array("学习 café".utf8)).encoding.confidence == nil)
    }
}
