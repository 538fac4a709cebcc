/// Every rule textmend knows, in the order they run and are listed.
public enum RuleRegistry {
    /// All rule types.
    public static let all: [any Rule.Type] = [
        // stripped-term
        MissingFromCopyRule.self,
        FunctionWordCollisionRule.self,
        OrphanMorphemeRule.self,
        MissingTermRule.self,
        EmptySlotRule.self,
        PlaceholderRule.self,
        LatinGapRule.self,
        MissingFromCorpusCopyRule.self,
        // boilerplate
        PreviewNoticeRule.self,
        ContactPromoRule.self,
        CopyrightNoticeRule.self,
        LocationBarRule.self,
        SharePromptRule.self,
        MetaLineRule.self,
        TemplateIntroRule.self,
        DocumentStoreChromeRule.self,
        NavigationMenuRule.self,
        ForumChromeRule.self,
        RelatedLinksRule.self,
        CommentWidgetRule.self,
        SummaryEchoRule.self,
        CustomPatternRule.self,
        AttributionLineRule.self,
        JammerTextRule.self,
        InjectedWatermarkRule.self,
        GluedTagRule.self,
        MediaResidueRule.self,
        FieldCodeRule.self,
        RunningHeaderRule.self,
        KeywordStuffedTitleRule.self,
        ChatbotRefusalRule.self,
        SpunTextRule.self,
        SourceDumpRule.self,
        CorpusBoilerplateRule.self,
        // duplicate
        RepeatedTitleRule.self,
        RepeatedParagraphRule.self,
        DoubledPhraseRule.self,
        // truncation
        UnfinishedDocumentRule.self,
        DanglingFunctionWordRule.self,
        ChunkMarkerRule.self,
        LeadingFragmentRule.self,
        TitleOnlyRule.self,
        TeaserEllipsisRule.self,
        // mojibake
        MisdecodedTextRule.self,
        LostCharactersRule.self,
        PinyinAnnotationRule.self,
        TraditionalConversionErrorRule.self,
        // invalid-char
        ZeroWidthCharacterRule.self,
        ReplacementCharacterRule.self,
        UndecodableBytesRule.self,
        ControlCharacterRule.self,
        PrivateUseCharacterRule.self,
        SpaceInsideWordRule.self,
        // markup
        HTMLEntityRule.self,
        StrayTagRule.self,
        EscapedLineBreakRule.self,
        EmptyMarkdownImageRule.self,
        FormatVerbErrorRule.self,
        // punctuation
        HalfWidthPunctuationRule.self,
        UnbalancedBracketRule.self,
    ]

    /// The description of every rule.
    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    /// The rule with this id.
    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    /// Rules chosen by `select` and `ignore` lists of ids, categories or id prefixes
    /// (`ALL` selects everything). An empty select list means every rule.
    public static func rules(select: [String], ignore: [String]) throws(SelectionError) -> [any Rule] {
        for selector in select + ignore where !matchesAny(selector) {
            throw SelectionError(selector: selector)
        }
        return all.filter { type in
            let id = type.description.id
            let selected = select.isEmpty || select.contains { matches($0, id) }
            return selected && !ignore.contains { matches($0, id) }
        }.map { $0.init() }
    }

    /// Whether a selector names a rule id, a category or an id prefix.
    static func matches(_ selector: String, _ id: String) -> Bool {
        selector == "ALL" || selector == id || id.hasPrefix(selector + ".")
    }

    static func matchesAny(_ selector: String) -> Bool {
        selector == "ALL" || Category(rawValue: selector) != nil || all.contains { matches(selector, $0.description.id) }
    }
}

/// A `--select`/`--ignore` entry that names no rule or category.
public struct SelectionError: Error, CustomStringConvertible {
    /// The entry.
    public var selector: String
    public var description: String { "unknown rule or category '\(selector)' (see `textmend rules`)" }
}
