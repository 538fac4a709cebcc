import Testing
@testable import TextMend

/// Mojibake that ftfy does not repair (Chinese, Japanese and Korean through their legacy
/// charsets), whole documents, and clean text in many scripts that must stay as it is.
/// Rule examples cover the basics; these are the cases examples cannot say.
struct MojibakeRepairTests {
    static func fixed(_ text: String, unsafe: Bool = false) -> String {
        let rules = RuleRegistry.all.filter { $0.description.category == .mojibake }.map { $0.init() }
        let result = Fixer(linter: Linter(rules: rules), applicability: unsafe ? .suggested : .safe).fix(Document(text: text))
        return String(decoding: result.bytes, as: UTF8.self)
    }

    static let repairs: [(String, String)] = [
        ("鎴戜滑鐨勭郴缁熷緢濂界敤", "我们的系统很好用"),  // UTF-8 read as GBK
        ("縺薙ｓ縺ｫ縺｡縺ｯ荳也阜", "こんにちは世界"),  // UTF-8 read as Shift_JIS
        ("謨ｰ謐ｮ蠎楢ｿ樊磁 and 蛹嶺ｺｬ螟ｧ蟄ｦ", "数据库连接 and 北京大学"),  // UTF-8 Chinese read as Shift_JIS: kanji and katakana
        // Glued to sound Chinese: repaired between the punctuation marks, the sound text untouched.
        ("绀惧尯宸ヤ綔浜哄憳琛ㄧず\u{FF0C}活动很有意义。鐜板満璁茶В鍒嗙被鐭ヨ瘑\u{FF01}", "社区工作人员表示\u{FF0C}活动很有意义。现场讲解分类知识\u{FF01}"),
        ("ÎÒÃÇµÄÏµÍ³", "我们的系统"),  // GBK read as windows-1252
        ("ÁcÅé¤¤¤å¸ê®Æ", "繁體中文資料"),  // Big5 read as windows-1252, an ASCII trail byte inside
        ("“ú–{Œê‚ÌƒeƒLƒXƒg", "日本語のテキスト"),  // Shift_JIS read as windows-1252
        ("ÇÑ±¹¾î ÅØ½ºÆ®", "한국어 텍스트"),  // EUC-KR read as windows-1252, chosen over GBK by word coverage
        ("ç®€ä½“ä¸\u{AD}æ–‡", "简体中文"),  // UTF-8 Chinese read as windows-1252
        ("Ã§Â®â‚¬Ã¤Â½â€œÃ¤Â¸Â\u{AD}Ã¦â€“â€¡", "简体中文"),  // twice
        ("GrÃ¶ÃŸe cafÃ©", "Größe café"),
        // ISO-8859-2, not windows-1250: the C1 control U+0099 shows an ISO decoder (ĂĄ is á).
        ("MĂĄm dost tĹ\u{99}etĂ\u{AD}ho tisĂ\u{AD}ciletĂ\u{AD}", "Mám dost třetího tisíciletí"),
        ("vedere Ă®nceĹŁoĹźatÄ\u{83}", "vedere înceţoşată"),  // sloppy windows-1250 leaves U+0083
        // A no-break space lost to a space after the lead byte, judged by the rest of the text.
        ("La rГ©gion se trouve Г lвЂ™ouest", "La région se trouve à l’ouest"),
        ("Å veices baÅ†Ä·ieri gaida konkrÄ“tus", "Šveices baņķieri gaida konkrētus"),
        ("semelhante Ã quele observado nas lesÃµes", "semelhante àquele observado nas lesões"),
        ("Å være: sÃ¸ster, brÃ¸d og kjÃ¸kken.", "Å være: søster, brød og kjøkken."),  // no Š: the repairs give Latin-1 letters
        // Misread throughout, so its lost no-break spaces are believed even alone: `â €` ⠀, `Â ` NBSP.
        ("â € ðŸ“\u{FFFD}Â Regulamento: os comentÃ¡rios serÃ£o vÃ¡lidos atÃ© 16h. â € Boa sorte",
         "\u{2800} \u{FFFD}\u{A0}Regulamento: os comentários serão válidos até 16h. \u{2800} Boa sorte"),
        // A lossy decoder's `?` for each unmappable byte, chained.
        ("ItÃ?Â¢â?¬â?¢s classic", "It\u{FFFD}¢\u{FFFD}\u{FFFD}s classic"),
        // Between apostrophes that belong to an emoticon, not a quotation.
        ("sob (Ã\u{A0}Â¸â€¡'ÃŒâ‚¬Ã¢Å’Â£'ÃŒÂ\u{81})Ã\u{A0}Â¸â€¡", "sob (ง'̀⌣'́)ง"),
        ("Ã¢â€\u{FFFD}â€™(Ã¢Å’Â£Ã‹â€ºÃ¢Å’Â£)", "\u{FFFD}(⌣˛⌣)"),
    ]

    @Test("CJK and Latin mojibake is repaired by safe fixes", arguments: repairs)
    func repair(_ pair: (String, String)) {
        #expect(Self.fixed(pair.0) == pair.1)
    }

    @Test("a GBK document read as latin-1 is repaired whole, short runs included")
    func legacyDocument() {
        let damaged = "ÔÚ ¡°×¨¼Ò¡± Ä£Ê½ £¨ÔÚ ¡°Advanced Options¡± ²Ëµ¥²Ù×÷£©\nÎÒÃÇµÄÏµÍ³ºÜºÃÓÃ¡£\n"
        #expect(Self.fixed(damaged) == "在 “专家” 模式 （在 “Advanced Options” 菜单操作）\n我们的系统很好用。\n")
    }

    @Test("lossy UTF-8 read as GBK keeps U+FFFD for what was lost, and only with unsafe fixes")
    func lossy() {
        let damaged = "鍙傝\u{FFFD}冩枃鐚\u{FFFD}璧勬枡"
        #expect(Self.fixed(damaged) == damaged)
        #expect(Self.fixed(damaged, unsafe: true) == "参\u{FFFD}文\u{FFFD}资料")
    }

    @Test("UTF-8 Chinese read as Big5 or Shift_JIS with lost bytes keeps U+FFFD, only with unsafe fixes",
          arguments: [("銝剖\u{FFFD}\u{FFFD}鈭箸\u{FFFD}\u{FFFD}", "中\u{FFFD}人\u{FFFD}"),
                      ("荳ｭ蜊惹ｺｺ豌大\u{FFFD}ｱ蜥悟嵜謌千ｫ\u{FFFD}", "中华人民\u{FFFD}和国成\u{FFFD}"),
                      ("莉雁､ｩ螟ｩ豌泌ｾ亥･ｽ\u{FFFD}ｼ梧\u{FFFD}台ｻｬ蜴ｻ蜈ｬ蝗ｭ", "今天天气很好\u{FFFD}\u{FFFD}们去公园")])
    func lossyBig5AndShiftJIS(_ pair: (String, String)) {
        #expect(Self.fixed(pair.0) == pair.0)
        #expect(Self.fixed(pair.0, unsafe: true) == pair.1)
    }

    static let clean: [String] = [
        "José, Zoë, São Paulo, Ærøskøbing, Kraków, Łódź, İstanbul, Đà Nẵng, Brontë…”",
        "Русский текст, ελληνικά, עברית, العربية, ภาษาไทย, हिन्दी, Ukraine's ВІКІ and Ґґ.",
        "𠮷野家、鍀、龘、堃、喆、犇、淼 are rare but real; 龘龘龘 too.",
        "日本語のテキストと漢字、カタカナ。한국어 텍스트와 한자 漢字.",
        "价格 €100, 温度 25°C, ±5%, ½ cup, ©2024 Company™, 5×£35, √π ≈ 1.77.",
        "開發過程中的意識形態工作,同志們,下面首先請全面部署,系統與關係統計。",
        "Emoji 👍🏽 🇨🇳 👨‍👩‍👧 and e\u{301} with ⚠️ and ❤.",
        "“Ã©” is what é looks like when UTF-8 is misread.",
        "学习贯彻会议精神。你好吗?我很好。烫烫的汤。",
        // ftfy's negative case: a lone `Ã¥` beside sound non-ASCII text is inconsistent evidence.
        "Bremer/Mccoy – DrÃ¥ber",
        "全角ｶﾅと半角ｶﾅ、ｱｲｳｴｵ。数据\u{FFFD}库的\u{FFFD}连接,鍀\u{FFFD}龘\u{FFFD}。",
        "Il a dit « à » et « é » puis « ô » ; voilà. — Zoë, São Paulo, Ærø.",
        "Å være eller ikke være, Århus, Å i Lofoten; Г. Иванов, 2020 г.",
        "In UTF-8 read as windows-1252, é turns into Ã© and ’ into â€™: that is mojibake.",
    ]

    @Test("with unsafe fixes, C1 controls that a repair reads back are repaired, not deleted")
    func controlsRepairedNotDeleted() {
        let rules = RuleRegistry.all.filter { [.mojibake, .invalidChar].contains($0.description.category) }.map { $0.init() }
        let fixer = Fixer(linter: Linter(rules: rules), applicability: .suggested)
        let fixed = fixer.fix(Document(text: "está \u{93}próximo\u{94}, cafeÃŒÂ\u{81} and \u{81}gone"))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "está “próximo”, cafe\u{301} and gone")
    }

    @Test("clean text in many scripts is left alone", arguments: clean)
    func untouched(_ text: String) {
        #expect(Self.fixed(text, unsafe: true) == text)
    }

    /// The repair answers for CJK Unified Ideographs without property look-ups
    /// (`LatinMisdecoding.unifiedIdeographs`): true only while every one is an assigned letter.
    @Test func unifiedIdeographsAreAllLetters() {
        let notLetters = LatinMisdecoding.unifiedIdeographs.filter { value in
            let properties = Unicode.Scalar(value)!.properties
            return properties.generalCategory != .otherLetter || !properties.isAlphabetic
        }
        #expect(notLetters.isEmpty)
    }
}
