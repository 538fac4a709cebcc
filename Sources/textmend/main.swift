import TextMend

let input = readLine(strippingNewline: false) ?? ""
let document = Document(text: input)
let linter = Linter(rules: RuleRegistry.all.map { $0.init() })
for finding in linter.check(document) {
    print(document.position(ofByte: finding.range.lowerBound), finding.ruleID, finding.message)
}
