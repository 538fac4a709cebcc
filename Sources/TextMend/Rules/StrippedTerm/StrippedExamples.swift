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

}
