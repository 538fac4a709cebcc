/// The small corpus the corpus rules' examples run against (a model learned from it is
/// passed in `RuleOptions.corpusModel`, as `--model` does).
enum CorpusExamples {
    /// A footer that ten of the corpus's documents end with.
    static let footer = "扫描二维码关注我们的公众号获取更多精彩内容"
    /// A sentence some documents carry intact …
    static let intact = "市局召开会议要求全体党员干部认真学习贯彻全会精神并抓好各项工作落实"
    /// … and others with 党 and 习 deleted.
    static let gapped = "市局召开会议要求全体员干部认真学贯彻全会精神并抓好各项工作落实"
    /// The intact sentence without 全会, which no pair shows deleted.
    static let otherGap = "市局召开会议要求全体党员干部认真学习贯彻精神并抓好各项工作落实"

    /// A short document around a sentence (a title line first, so the examples' emoji
    /// prefix lands on the title).
    static func document(_ sentence: String) -> String {
        "会议通知\n\n" + sentence + "\u{3002}\n"
    }

    /// A short article about `topic`, with the footer when `footer` is true.
    static func article(_ topic: String, footer: Bool = true) -> String {
        "关于\(topic)的短文\n\n\(topic)的景色很美\u{FF0C}我们一起去看看吧\u{3002}\n" + (footer ? "\n" + Self.footer + "\n" : "")
    }

    static let topics = ["春天", "夏天", "秋天", "冬天", "山林", "湖泊", "草原", "海边", "田野", "古城"]

    /// The corpus's model: ten articles with the footer, one document with the intact
    /// sentence and two with it gapped.
    static let model = CorpusLearner.model(of: topics.map { article($0) }
        + [document(intact), document(gapped), "通知\n\n" + gapped + "\u{3002}\n"])

    /// Options carrying the model.
    static let options: RuleOptions = {
        var options = RuleOptions()
        options.corpusModel = model
        return options
    }()
}
