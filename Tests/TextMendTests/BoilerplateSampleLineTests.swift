import Testing
@testable import TextMend

/// Boilerplate lines in the shapes FIELD-NOTES.md records (full-width marks written as
/// escapes): every pattern must match one of them, and the literal screen must never hide
/// a match.
struct BoilerplateSampleLineTests {
    static let samples: [String] = [
        // preview-notice
        "预览结束,获取全文定制代笔此类文章,请联系老师!", "已阅读5页,还剩13页未读 继续免费阅读", "还剩 13 页未读",
        "本章未完,点击下一页继续阅读。", "(阅读全部图文内容,您需要先登录!)", "点击查看更多>>", "继续阅读",
        "后续精彩内容,上QQ阅读APP免费读", "立即解锁", "上QQ阅读APP看书,第一时间看更新", "Continue reading...",
        "Continue reading the main story", "Read More.", "Read Entire Article", "Read this on Authority Magazine.",
        "This article was posted by AP News.",
        // contact-promo
        "获取全文请联系客服", "专业代写各类材料,微信:abc12345", "联系客服获取更多资料", "咨询老师获取全文",
        "承接各类代写服务", "24小时咨询热线:400-123-4567", "服务热线\u{FF1A}0571-88888888", "客服QQ:12345678",
        "微信号:abc_12345", "Email: editor@example.com", "editor@example.com", "Hotline: +44 20 7946 0958",
        "13912345678", "Call our Mortgage Desk on 0845 123 456", "微信:abcdefg 代写各类文章",
        "To receive the full report, contact us at investors@example.com or call 400-000-0000.",
        "客服QQ:10000  微信号:wx_000000  邮箱:service@example.com", "QQ:12345678 / 微信:abc12345",
        "开始之前先推荐一个非常厉害的Ai人工智能工具,一键生成原创文章", "代写文章-讲话稿的写作技巧,公文写作培训班火热报名中",
        "《笔杆子碎语》全网热销,点击购买",
        // copyright-notice
        "版权所有 © 2023 某某网", "Copyright 2019 by the author", "© Photograph: Reuters", "某某网 版权所有",
        "© 2024 Example Media. All rights reserved.", "Copyright © Example. All rights reserved.",
        "2024 Example. All rights reserved.", "Example Media Group. All rights reserved", "All rights reserved.",
        "本文来源于网络,如有侵权请联系删除。", "如有侵权,请联系删除", "转载请注明出处", "免责声明\u{FF1A}本文仅代表作者观点",
        "声明:本站部分内容来自网络", "京ICP备12345678号", "浙公网安备 33010602000001号",
        "本站内容仅供参考,不代表本站观点", "(The legal status is an assumption and is not a legal conclusion.)",
        "If you have a new account but are having problems posting or verifying your account, please email us.",
        // navigation-menu
        "博客园 首页 新随笔 联系 订阅 管理", "Chinaunix首页 | 论坛 | 博客", "概况工作动态服务指南", "首页", "关于我们",
        "Connect with us", "HOME", "联系我们",
        // forum-chrome
        "本帖最后由 ojtcqszh 于 2022-12-26 16:27 编辑", "显示全部楼层 |阅读模式", "打印 上一主题 下一主题", "[复制链接]",
        "TOP", "帖子很冷清卤煮很失落!求安慰", "Closed Accounts Posts: 2,094 ✭✭✭", "#1",
        // location-bar
        "您当前的位置:首页 > 计算机 > 编程开发 >", "当前位置:   article > 正文", "當前位置:中工網評論頻道雜文隨筆-正文",
        "首页> 中国专利> ", "您现在的位置是:首页 >  Java", "Home » News", "新闻中心 > 国内新闻 > 正文",
        "Skip to main content",
        // share-prompt
        "分享到:更多", "微信扫一扫 ×", "打印 纠错 投稿须知 投稿", "收藏 WORD下載", "点击上方 \"某某\"关注, 星标一起成长",
        "长按二维码关注我们", "后台回复【加群】,进入交流群", "生成图片,分享到微信朋友圈", "Share on TwitterTweet Share on",
        "APP下载", "Download the app for the latest news",
        "Sign up for Background News newsletters", "Please check your inbox and confirm.",
        "We will use your email address only for sending you newsletters.", "Subscribe", "Subscribe to our newsletter",
        "Get our free weekly newsletter", "Stories that matter", "Upgrade to SI Premium - Free Trial",
        "Subscribe to our newsletter and get new posts in your inbox every Friday.",
        // meta-line
        "时间:10-23来源:作者:点击数:", "编辑:超鼎科技 来源:本站原创", "阅读:30来源:国知局", "更新时间:2018-06-28 14:22作者:",
        "来源: 学习时报 作者:", "wmui / 3264人阅读", "被阅读0次", "阅读量: 44 订阅数: 13", "點擊:2171", "本文共840字",
        "共 9926字,需浏览 20分钟", "Published 3:45 PM, May 5, 2023 By Jane Doe", "Updated on May 5, 2023",
        "By Staff Reporter | May 12, 2023 | 1,024 views",
        // template-intro
        "以下是小编为大家收集的工作总结范文,供大家参考。", "…,欢迎阅读,希望大家能够喜欢。", "不要忘了收藏本站喔。",
        "本篇文章给大家谈谈工作总结。", "本文目录一览:", "大家好,我是你的好朋友思创斯。", "今天让创意岭的小编来大家介绍下",
        // document-store-chrome
        "上传人:b****5 文档编号:12152630", "资源ID:123456", "下载积分:6.99金币", "合集下载",
        "《X.docx》由会员分享,可在线阅读",
        "《关于做好软件包维护工作的通知.docx》由会员分享,可在线阅读,更多相关《关于做好软件包维护工作的通知》请在冰豆网上搜索。", "温馨提示:本文档共10页,可预览3页", "- 1、下载文档前请自行甄别文档内容的完整性",
        "版权说明:本文档由用户提供并上传", "上班管理规范1230.docx_第1页", "第1页 / 共61页", "1/195", "请在冰豆网上搜索。",
        "工作总结(珍藏版)》请在人人文库网上搜索。", "下载 相关 举报", "快捷下载 游客一键下载", "点击下载本文",
        "提示:内容已经过期谨慎付费", "正文预览", "精品名师归纳总结", "可编辑资料 - - - 欢迎下载",
        // related-links
        "相关推荐", "猜你喜欢:", "Most Popular", "You may also like", "首页 | 论坛 | 博客",
        // comment-widget
        "已有0人发表了评论", "评论列表(0条)", "No comments:", "Post a Comment", "12 Comments",
        "Share your thoughts and comment in the section below", "Up ↑", "Blog at WordPress.com.", "返回顶部",
    ]

    /// Summary labels.
    static let markerSamples: [String] = [
        "某某讲话》所在栏目:工作总结 > 内容摘要:同志们", "【摘要】:五、通用公文写作的基本要求", "摘要:現在,我們可以開始探討",
        "Summary: the council approved the budget", "所在栏目:工作总结",
    ]

    @Test("every pattern matches at least one sample line")
    func everyPatternIsExercised() {
        for pattern in EdgePatterns.builtIn.patterns {
            #expect(Self.samples.contains { pattern.regex.firstMatch(in: $0) != nil },
                    "no sample for [\(pattern.family)] \(pattern.regex.pattern.prefix(80))")
        }
        for marker in EdgePatterns.builtIn.markers {
            #expect(Self.markerSamples.contains { marker.firstMatch(in: $0) != nil }, "no sample for marker \(marker.pattern.prefix(80))")
        }
    }

    @Test("the literal screen never hides a match")
    func screenIsASuperset() {
        let patterns = EdgePatterns.builtIn
        let examples = RuleRegistry.descriptions.flatMap { description in
            (description.triggeringExamples + description.nonTriggeringExamples).map(\.text)
                + description.corrections.map(\.input)
        }
        let lines = Self.samples + Self.markerSamples + examples.flatMap { $0.split(separator: "\n").map { String($0).filter { $0 != "⟦" && $0 != "⟧" } } }
        for line in lines {
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let candidates = Set(patterns.screen.candidates(buffer, 0..<bytes.count))
                for (index, pattern) in patterns.patterns.enumerated() where pattern.regex.firstMatch(in: buffer, 0..<bytes.count) != nil {
                    #expect(candidates.contains(index), "screen hides \(pattern.regex.pattern.prefix(60)) on \(line)")
                }
            }
        }
    }

    @Test("leading literals are read from pattern sources", arguments: [
        ("(?:获取|下载)全文", ["获取全文", "下载全文"], true),
        ("小[编編]整理", ["小编", "小編"], true),
        ("[_\\uFF3F]\\s*第", ["_", "\u{FF3F}"], true),
        ("(?:本文|本站)?来源", ["本文", "本站", "来源"], false),
        ("\\b(?:19|20)\\d{2}", ["19", "20"], true),
        ("(?<=\\d)(?:人阅读|次阅读)", ["人阅读", "次阅读"], true),
        ("ICP\\s*[备備]", ["ICP"], true),
        ("公网安备|公網安備", ["公网安备", "公網安備"], true),
        ("\\W{0,3}(?:版权所有)", ["版权所有"], false),
    ])
    func leadingLiterals(_ pattern: String, _ expected: [String], _ exact: Bool) {
        let derived = LeadingLiterals.of(pattern)
        #expect(derived?.literals == expected && derived?.exact == exact, "\(String(describing: derived))")
    }

    @Test("required literals are read from pattern sources", arguments: [
        ("^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$", ["@"]),
        ("^(?=[^<>]{1,12}\\s*(?:>>?|\u{BB}|\\uFF1E))[^<>]{1,12}$", [">", "\u{BB}", "\u{FF1E}"]),
        ("^\\d{1,4}\\s*/\\s*\\d{1,4}$", ["/"]),
        ("^(?:\\+?\\d{1,3}[\\s-])?(?:0\\d{2,3}|1[3-9]\\d{9}|400-?\\d{3})$", ["0", "1", "400"]),
        ("^[^|]{1,24}(?:\\s*[|\\uFF5C]\\s*[^|]{1,24}){2,}$", ["|", "\u{FF5C}"]),
        ("^\\W{0,3}\\d+ comments?$", [" "]),
    ])
    func requiredLiterals(_ pattern: String, _ expected: [String]) {
        #expect(LeadingLiterals.required(pattern) == expected)
    }

    @Test("no required literal where one may be missing or case may vary", arguments: [
        "^\\W{0,3}(?-i:HOME)\\W{0,3}$", "^[a-z]+x$", "^\\d+@?$", "^(?:@|\\d)+$", "^a|@$", "^\\x40\\d$", "(?x)^ a @$",
        "^(?!@)\\d+$", "^(?:@)*\\d$", "^\\d{0,3}@{0}$",
    ])
    func noRequiredLiterals(_ pattern: String) {
        #expect(LeadingLiterals.required(pattern) == nil)
    }

    @Test("openings that are not literal give no literals", arguments: [".{0,3}x", "\\d+人", "^abc", "[^x]y", "(?i)abc", "a?b"])
    func noLiterals(_ pattern: String) {
        #expect(LeadingLiterals.of(pattern) == nil)
    }
}
