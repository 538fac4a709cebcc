import Testing
@testable import TextMend

/// Whole, clean documents whose first and last lines look a little like chrome (contacts,
/// dates, bylines, abstracts, lists): the boilerplate and truncation rules must stay silent.
struct CleanEdgeDocumentTests {
    static let rules: [any Rule] = RuleRegistry.all
        .filter { $0.description.category == .boilerplate || $0 == UnfinishedDocumentRule.self }
        .map { $0.init() }

    static let documents: [String] = [
        """
        关于做好2023年防汛工作的通知

        各区县人民政府,市政府各部门:

        为切实做好今年防汛工作,确保人民群众生命财产安全,现将有关事项通知如下。

        一、提高思想认识。各地各部门要充分认识防汛工作的重要性,压实责任,细化措施。

        二、加强值班值守。汛期实行24小时值班制度,发现险情要第一时间报告。

        联系人:张三
        联系电话:0571-88888888
        电子邮箱:fangxun@example.gov.cn

        某某市人民政府办公厅
        2023年5月12日
        """,
        """
        Council approves new budget

        By Jane Doe

        The city council approved a new budget on Monday after a long debate over school funding and road repairs.

        The mayor said the plan would take effect in July. Critics said it did too little for public transport.

        Jane Doe is a reporter at Example News. You can reach her at jane@example.com.
        """,
        """
        Dear Ms. Smith,

        Thank you for your letter of 3 May. We have reviewed your request and are happy to approve it.

        Please contact our office if you have any questions.

        Sincerely,
        John Brown
        Head of Admissions
        """,
        """
        在全市工作会议上的讲话

        同志们:

        今天召开这次会议,主要任务是总结去年工作,部署今年任务。刚才,几位同志作了很好的发言,我完全同意。

        希望大家振奋精神,扎实工作,为全市经济社会发展作出新的更大贡献!

        谢谢大家!
        """,
        """
        城市交通拥堵的成因与对策

        摘要:本文分析了城市交通拥堵的主要成因,并从规划、管理和技术三个方面提出了对策建议。

        关键词:交通拥堵;城市规划;智能交通

        一、引言

        近年来,随着机动车保有量快速增长,城市交通拥堵问题日益突出,已经成为制约城市发展的重要因素。
        """,
        """
        # textmend

        A tool that repairs scraped text.

        ## Install

        Run the installer, then check the version.

        ## Features

        - finds stripped terms
        - removes site boilerplate
        - reports truncated documents
        """,
        """
        静夜思

        床前明月光
        疑是地上霜
        举头望明月
        低头思故乡
        """,
        """
        问:申请材料需要哪些?

        答:需要身份证复印件、申请表和近期照片各一份。

        问:多久可以办结?

        答:材料齐全的,五个工作日内办结。
        """,
        """
        第一章 山雨欲来

        天色渐渐暗了下来,远处传来隆隆的雷声。他站在窗前,望着灰蒙蒙的天空,心里说不出的烦闷。

        (未完待续)
        """,
        """
        Why copyright matters

        Copyright protects the work of writers, artists and programmers, and lets them earn a living from it.

        Copyright, in the end, is a bargain between creators and the public, and all rights reserved is only where the bargain starts.
        """,
        """
        2023年度部门预算公开说明

        一、部门基本情况

        本部门共有在编人员45人,下设办公室、财务科等6个科室。

        二、收支预算情况

        合计 1234.56
        """,
        """
        Home
        Where the heart is, and where we always come back to after a long trip.

        We moved there in 1999 and never left.
        """,
        """
        欲知后事如何

        话说天下大势,分久必合,合久必分。且说那一日,众人齐聚堂前……
        """,
        """
        Meeting notes

        Attendees: Ann, Bob, Carol.

        Decisions:
        1. Ship version 2 on Friday.
        2. Move the retrospective to Monday.
        """,
        """
        Subscribe to nothing

        In a world of newsletters and inbox alerts, the best thing you can do for your attention is to read one book at a time.

        That is the whole idea.
        """,
        """
        某某公司简介

        某某公司成立于2005年,专注于智能制造领域,现有员工300余人。

        公司地址:杭州市西湖区某某路1号
        """,
    ]

    @Test("boilerplate and truncation rules stay silent on clean documents", arguments: documents.indices)
    func silent(_ index: Int) throws {
        let document = Document(text: Self.documents[index])
        let findings = Linter(rules: Self.rules).check(document)
        #expect(findings.isEmpty, "\(findings.map { "[\($0.ruleID)] \(document.string($0.range))" })")
    }

    @Test("a bare hotline after a profile is only a suggested contact line, not a cut")
    func bareHotline() {
        let document = Document(text: "某某公司简介\n\n某某公司成立于2005年,现有员工300余人。\n\n公司地址:杭州市西湖区某某路1号\n服务热线:400-123-4567")
        let findings = Linter(rules: Self.rules).check(document)
        #expect(findings.map(\.ruleID) == ["boilerplate.contact-promo"])
        #expect(findings.first?.fix?.applicability == .suggested)
    }
}
