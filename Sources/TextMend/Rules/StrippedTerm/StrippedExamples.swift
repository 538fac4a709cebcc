/// Options the stripped-term rules' examples run with.
enum StrippedExamples {
    /// The seed's filter profile.
    static let party: RuleOptions = {
        var options = RuleOptions()
        options.stripProfiles = ["party-filter"]
        return options
    }()

    /// The X/ZZ masking profile.
    static let masking: RuleOptions = {
        var options = RuleOptions()
        options.stripProfiles = ["xz-masking"]
        return options
    }()


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
