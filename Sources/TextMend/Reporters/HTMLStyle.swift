extension HTMLReporter {
    /// Each category's colour (hue chosen so neighbours in the table stay apart).
    static let categoryColors: [(Category, String)] = [
        (.strippedTerm, "#c62828"), (.boilerplate, "#6d4c41"), (.duplicate, "#6a1b9a"),
        (.truncation, "#ef6c00"), (.mojibake, "#ad1457"), (.invalidChar, "#00838f"),
        (.markup, "#1565c0"), (.punctuation, "#2e7d32"),
    ]

    /// The page's style sheet: system fonts, CJK-friendly line height, light and dark schemes.
    static let style: String = {
        var css = """

            :root { color-scheme: light dark; --bg: #fafaf7; --card: #fff; --ink: #1d1d1f; --muted: #6b6b70;
              --line: #e3e3de; --del: #fde2e2; --del-ink: #9b1c1c; --ins: #dcf5dc; --ins-ink: #14532d; }
            @media (prefers-color-scheme: dark) { :root { --bg: #16171a; --card: #1f2024; --ink: #e8e8ea;
              --muted: #9a9aa2; --line: #34353b; --del: #4a1f1f; --del-ink: #ffb4b4; --ins: #1d3b24; --ins-ink: #b6f0c0; } }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 24px clamp(12px, 4vw, 48px); background: var(--bg); color: var(--ink);
              font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
              "Microsoft YaHei", sans-serif; display: flex; flex-direction: column; gap: 28px; }
            #totals { order: -1; }
            h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
            .verdict { margin: 0 0 16px; color: var(--muted); font-size: 16px; }
            .categories { list-style: none; display: flex; flex-wrap: wrap; gap: 10px; padding: 0; margin: 0 0 18px; }
            .categories li { background: var(--card); border: 1px solid var(--line); border-left: 6px solid var(--c);
              border-radius: 8px; padding: 8px 14px; min-width: 120px; }
            .categories .count { display: block; font-size: 22px; font-weight: 650; color: var(--c); }
            .categories .name { color: var(--muted); font-size: 13px; }
            table.files { border-collapse: collapse; background: var(--card); border: 1px solid var(--line);
              border-radius: 8px; overflow: hidden; font-size: 14px; font-variant-numeric: tabular-nums; }
            table.files th, table.files td { padding: 6px 12px; border-bottom: 1px solid var(--line); text-align: right; }
            table.files th:first-child, table.files td:first-child { text-align: left; max-width: 46vw;
              overflow-wrap: anywhere; }
            table.files thead th { font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .03em;
              color: var(--muted); border-bottom: 2px solid var(--line); }
            table.files thead th[class^="c-"] { color: var(--c); }
            table.files td.zero { color: var(--line); }
            table.files .total { font-weight: 650; }
            table.files tfoot th { text-align: right; border-bottom: 0; }
            table.files tfoot th:first-child { text-align: left; color: var(--muted); font-weight: 500; }
            a { color: inherit; text-decoration-color: var(--muted); }
            .clean { color: var(--muted); font-size: 14px; }
            main { display: flex; flex-direction: column; gap: 28px; }
            section.document h2 { font-size: 17px; margin: 0 0 10px; display: flex; flex-wrap: wrap; gap: 8px;
              align-items: baseline; }
            section.document .path { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", monospace;
              overflow-wrap: anywhere; }
            .encoding { font-size: 12px; color: var(--muted); font-weight: 400; }
            .chip { display: inline-block; font-size: 12px; font-weight: 600; color: #fff; background: var(--c);
              border-radius: 999px; padding: 1px 9px; white-space: nowrap; }
            article.finding { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--c);
              border-radius: 8px; padding: 12px 16px; margin: 0 0 12px; }
            .what { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; margin-bottom: 10px; }
            .message { font-weight: 550; }
            .where { color: var(--muted); font-size: 13px; margin-left: auto; }
            .where code { font-size: 12px; }
            .severity { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
              border: 1px solid var(--line); border-radius: 4px; padding: 0 5px; }
            .severity.error { color: #c62828; border-color: #c62828; }
            .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 12px; }
            .side .label { font-size: 12px; color: var(--muted); margin-bottom: 4px; }
            .side.repair.suggested .label { color: #b26a00; }
            pre { margin: 0; padding: 10px 12px; background: var(--bg); border: 1px solid var(--line); border-radius: 6px;
              white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; font-size: 15px; line-height: 1.75;
              max-height: 22em; overflow: auto; }
            mark { background: color-mix(in srgb, var(--c) 22%, transparent); color: inherit;
              box-shadow: inset 0 -2px 0 var(--c); border-radius: 2px; padding: 0 1px; }
            mark.gap { display: inline-block; width: 3px; height: 1.2em; vertical-align: text-bottom; padding: 0;
              background: var(--c); box-shadow: none; }
            del { background: var(--del); color: var(--del-ink); text-decoration-thickness: 1px; border-radius: 2px; }
            ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; border-radius: 2px;
              box-shadow: inset 0 -2px 0 #2e7d32; padding: 0 1px; }
            .invisible { font: 11px/1 ui-monospace, monospace; border: 1px dashed currentColor; border-radius: 3px;
              padding: 0 2px; margin: 0 1px; opacity: .8; }
            .br { opacity: .55; font-size: 12px; padding: 0 2px; }
            .cut, .elided { color: var(--muted); }
            .elided { font-size: 12px; font-style: italic; padding: 0 4px; }
            .hint, .alternatives, .more { margin: 0; color: var(--muted); font-size: 14px; }
            .alternatives { margin-top: 8px; }

            """
        for (category, color) in categoryColors { css += ".c-\(category.rawValue) { --c: \(color); }\n" }
        return css
    }()
}
