/// Edge lines that match a boilerplate pattern the user added in configuration.
///
/// Lint: a line at the top or bottom edge matching one of `RuleOptions.boilerplatePatterns`
/// (ICU regular expressions, case-insensitive, matching the whole trimmed line).
/// Format: removes the line.
public struct CustomPatternRule: EdgeBoilerplateRule {
    static let family = EdgePatterns.customFamily
    static let damage = "line matching a configured boilerplate pattern"
    static let fixTitle = "remove the line"

    public static let description = RuleDescription(
        id: "boilerplate.custom-pattern",
        category: .boilerplate,
        summary: "Line matching a boilerplate pattern from the configuration, at the edge of the text",
        rationale: """
            Every site has its own footer. Patterns listed in the configuration's boilerplate
            patterns are matched like the built-in ones, at the document's top and bottom
            edges only, where the edge walk stops at the first line of prose; each must match
            a whole trimmed line (`本站由.*提供技术支持`), so a pattern cannot take lines of
            prose that merely contain it. A built-in family that matches the same line takes precedence. Patterns
            that do not compile are ignored (the configuration loader reports them).
            """,
        fixSafety: """
            Safe: the user vouches for the pattern. It still never touches lines inside the
            body, and never removes every line of a document.
            """,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            // Without configured patterns the rule has nothing to match.
            Example("正文内容完整。\n\n本站由某某公司提供技术支持"),
            Example("The council approved the budget.\n\nPowered by Example CMS"),
            // A pattern must match a whole line: prose that contains it stays.
            Example("本站由某某公司提供技术支持的说法并不准确，这一点需要说明。\n\n正文内容完整。",
                    options: configured),
            // Lines inside the body are never touched.
            Example("第一段内容完整。\n\n本站由某某公司提供技术支持\n\n第二段内容同样完整，而且很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n\n第三段。",
                    options: configured),
        ],
        triggeringExamples: [
            Example("正文内容完整。\n\n⟦本站由某某公司提供技术支持⟧", options: configured),
            Example("The council approved the budget.\n\n⟦Powered by Example CMS⟧", options: configured),
        ],
        corrections: [
            Correction("正文内容完整。\n\n本站由某某公司提供技术支持\n", "正文内容完整。\n", options: configured),
            Correction("The council approved the budget.\n\nPowered by Example CMS", "The council approved the budget.\n",
                       options: configured),
        ]
    )

    /// Options with two site footers configured, for the examples.
    static var configured: RuleOptions {
        var options = RuleOptions()
        options.boilerplatePatterns = ["本站由.*提供技术支持", "Powered by .+"]
        return options
    }

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        guard !context.options.boilerplatePatterns.isEmpty else { return [] }
        return edgeFindings(document, context)
    }
}
