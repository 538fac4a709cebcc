/// Options the stripped-term rules' examples run with.
enum StrippedExamples {
    /// The seed's filter profile.
    static let party: RuleOptions = {
        var options = RuleOptions()
        options.stripProfiles = ["party-filter"]
        return options
    }()

    /// A strip lexicon of the given terms.
    static func terms(_ terms: [String]) -> RuleOptions {
        var options = RuleOptions()
        options.stripTerms = terms
        return options
    }

    /// The X/ZZ masking profile.
    static let masking: RuleOptions = {
        var options = RuleOptions()
        options.stripProfiles = ["xz-masking"]
        return options
    }()

    /// Clean technical prose where 域 (a mail domain) stands alone throughout.
    static let domains = "\u{542F}\u{7528}\u{865A}\u{62DF}\u{90AE}\u{7BB1}\u{57DF}\u{9700}\u{8981}\u{5728}\u{914D}\u{7F6E}\u{4E2D}\u{547D}\u{540D}\u{8FD9}\u{4E2A}\u{57DF}\u{3002}\u{5B83}\u{80FD}\u{591F}\u{5728}\u{865A}\u{62DF}\u{57DF}\u{4E2D}\u{6DF7}\u{5408}\u{522B}\u{540D}\u{548C}\u{90AE}\u{7BB1}\u{3002}\u{6BCF}\u{4E2A}\u{57DF}\u{90FD}\u{4F7F}\u{7528}\u{76F8}\u{540C}\u{7684}\u{57DF}\u{3002}\u{865A}\u{62DF}\u{57DF}\u{4E0D}\u{662F}\u{5FC5}\u{987B}\u{7684}\u{3002}"

    /// A speech whose opening a trailing summary block repeats intact.
    static func echoed(body: String) -> String {
        """
        某局工作总结

          \(body),总结上半年工作开展情况,分析存在的不足,对下一步工作进行部署。

          一、工作开展情况

          今年以来,全局上下团结一心,各项工作稳步推进,取得了明显成效,得到了上级的肯定。

        某局工作总结》所在栏目:工作总结 > 内容摘要:按照市委《关于加强工作的意见》的要求,今天我们在这里召开局党委上半年工作总结会,总结上半年工作开展情况,分析存在的不足,对下一步工作进行部署。  一、工作开展情况  今年以来,在。

        """
    }
}
