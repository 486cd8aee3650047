import HotseatCore

/// The frame every HTML report shares: one self-contained file with inline CSS (screen and print),
/// no scripts, no fonts or images from elsewhere, so it works offline and as an email attachment.
enum HTMLPage {
    /// `language`: the page's `lang` and its footer; trainer and hiring reports are English.
    static func document(title: String, body: String, language: Language = .en) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="hotseat">
        <title>\(Escape.html(title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        <footer><p>\(Escape.html(ReportStrings(language)[.pageFooter]))</p></footer>
        </body>
        </html>

        """
    }

    static var stylesheet: String {
        var css = """
        :root { color-scheme: light; --ink: \(Palette.ink); --muted: \(Palette.muted); --rule: \(Palette.grid); }
        * { box-sizing: border-box; }
        html { background: #ffffff; }
        body { margin: 0; color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 8px; }
        footer { max-width: 1040px; margin: 0 auto; padding: 8px 28px 32px; color: var(--muted); font-size: 13px; }
        h1 { font-size: 28px; line-height: 1.2; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 16px; margin: 0 0 6px; }
        .subtitle { color: var(--muted); margin: 0 0 16px; }
        dl.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 8px 20px; margin: 0 0 8px; }
        dl.meta div { border-left: 3px solid var(--rule); padding-left: 10px; }
        dl.meta dt { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        dl.meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
        .charts { display: flex; flex-wrap: wrap; gap: 20px; align-items: flex-start; }
        figure { margin: 0; }
        figcaption { font-size: 13px; color: var(--muted); max-width: 640px; }
        svg.chart { max-width: 100%; height: auto; display: block; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 15px; }
        th, td { padding: 6px 12px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); font-size: 13px; text-transform: uppercase; letter-spacing: .03em; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .band { font-size: 12px; color: var(--muted); margin-left: 4px; }
        .callout { border: 2px solid var(--ink); border-radius: 6px; padding: 12px 16px; margin: 16px 0; background: #fafafa; }
        .callout strong { display: block; }
        .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 14px; margin: 4px 0 12px; padding: 0; list-style: none; }
        .turn { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 16px; margin: 0 0 14px; }
        .turn-head { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline; }
        .turn-head .facts { color: var(--muted); font-size: 14px; }
        .line { margin: 6px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        .who { display: inline-block; min-width: 84px; margin-right: 10px; font-weight: 700; font-size: 13px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
        .customer { font-style: italic; }
        mark.ev { color: inherit; padding: 0 1px; border-radius: 2px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
        mark.ev-shared { outline: 2px dashed var(--ink); outline-offset: 0; }
        sup.ref { font-size: 11px; font-weight: 700; margin-left: 1px; }
        sup.ref a { color: inherit; text-decoration: none; }
        sup.ref + sup.ref::before { content: ","; color: var(--muted); }
        ol.notes { margin: 8px 0 0; padding-left: 0; list-style: none; font-size: 14px; }
        ol.notes li { margin: 2px 0; }
        .key { display: inline-block; min-width: 26px; text-align: center; font-weight: 700; font-size: 12px; border-radius: 3px; padding: 0 4px; margin-right: 6px; color: #ffffff; }
        .rule-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; color: var(--muted); }
        .scores-inline { font-size: 13px; color: var(--muted); margin-top: 6px; }
        ul.flags { list-style: none; padding-left: 0; margin: 6px 0; }
        td.date, tbody th[scope="row"] { white-space: nowrap; }
        tbody th[scope="row"].wrap { white-space: normal; min-width: 12em; }
        .flag { color: #8a3b00; font-weight: 600; }
        ul.coaching li { margin-bottom: 8px; }
        .principle { display: block; font-size: 13px; color: var(--muted); }
        .muted { color: var(--muted); }
        .nowrap { white-space: nowrap; }
        svg.minibar { display: block; margin: 3px 0 0 auto; }
        .table-wrap { max-width: 100%; overflow-x: auto; }
        /* The ranking has a column per profile part: fixed layout at the page's width, so every column
           (the result one last) stays on the page and on paper; long words wrap inside their cells. */
        table.ranking { font-size: 14px; width: 100%; table-layout: fixed; }
        table.ranking th, table.ranking td { padding: 6px 4px; overflow-wrap: anywhere; hyphens: auto; vertical-align: top; }
        table.ranking thead th { font-size: 11px; letter-spacing: 0; text-transform: none; overflow-wrap: normal; }
        table.ranking td.flags { font-size: 12px; overflow-wrap: normal; hyphens: manual; }
        table.ranking svg.minibar { max-width: 100%; }
        table.ranking td .band { display: block; margin-left: 0; overflow-wrap: normal; white-space: nowrap; font-size: 11px; }
        .callout.warning { border-left: 4px solid #8a3b00; padding: 6px 12px; }
        th.part abbr, th abbr { text-decoration: none; }
        .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

        """
        for dimension in Dimension.allCases {
            let style = DimensionStyle.of(dimension)
            css += """
            mark.ev-\(dimension.rawValue) { background: \(style.tint); text-decoration-color: \(style.colour); text-decoration-style: \(style.underline); }
            .key-\(dimension.rawValue) { background: \(style.colour); }
            sup.ref-\(dimension.rawValue) { color: \(style.colour); }

            """
        }
        css += """
        @media print {
          @page { margin: 16mm 14mm; }
          body { font-size: 11pt; }
          main, footer { max-width: none; padding: 0; }
          h2 { break-after: avoid; page-break-after: avoid; }
          .turn, figure, tr, .callout { break-inside: avoid; page-break-inside: avoid; }
          .charts { gap: 8px; }
          .table-wrap { overflow: visible; }
          /* Paper cannot scroll: tables take the page width and their headers wrap instead of being cut. */
          table { width: 100%; font-size: 9.5pt; }
          th, td { padding: 4px 5px; }
          thead th { white-space: normal; overflow-wrap: anywhere; letter-spacing: 0; }
          tbody th[scope="row"] { white-space: normal; }
          table.ranking { font-size: 8.5pt; }
          table.ranking thead th { font-size: 7.5pt; }
          table.ranking td.flags { font-size: 7.5pt; overflow-wrap: normal; hyphens: manual; }
          /* Spelling out every header's title would widen the columns past the paper's edge. */
          table.ranking abbr[title]::after { content: ""; }
          mark.ev { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .key { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          sup.ref a::after { content: ""; }
          /* Hover titles do not exist on paper: the numbered notes under each turn carry the explanations. */
          ol.notes { display: block !important; }
          abbr[title]::after { content: " (" attr(title) ")"; font-size: 90%; }
        }

        """
        return css
    }
}

/// HTML fragments the report pages share.
enum HTMLParts {
    static func meta(_ pairs: [(String, String)]) -> String {
        meta(html: pairs.map { ($0.0, Escape.html($0.1)) })
    }

    /// The same with values that are already HTML (escaped by the caller).
    static func meta(html pairs: [(String, String)]) -> String {
        "<dl class=\"meta\">" + pairs.map { "<div><dt>\(Escape.html($0.0))</dt><dd>\($0.1)</dd></div>" }.joined() + "</dl>"
    }

    /// A chart in a figure, with its text alternative as a visible caption too (useful in print and for everyone).
    static func figure(_ chart: SVGChart, caption: Bool = true) -> String {
        "<figure>\(chart.svg)" + (caption ? "<figcaption>\(Escape.html(chart.summary))</figcaption>" : "") + "</figure>"
    }

    /// "72 Good", with the band in words so colour is never the only cue.
    static func scoreCell(_ value: Double?, language: Language = .en) -> String {
        guard let value, value.isFinite else { return "<td class=\"num\"><span class=\"muted\">–</span></td>" }
        // A band of two words ("Under utvikling", "In ontwikkeling") wraps as a whole below the
        // number rather than splitting in two; one-word bands stay beside it, as in English.
        let words = Band(score: value).label(in: language).split(separator: " ")
        let breakBefore = words.count > 1 ? "<wbr>" : ""
        return "<td class=\"num\">\(Format.number(value))\(breakBefore)<span class=\"band\">\(words.joined(separator: "\u{00A0}"))</span></td>"
    }

    /// A 0–100 bar small enough for a table cell; the number beside it carries the value, the label names it.
    static func miniBar(_ value: Double?, colour: String, label: String) -> String {
        let width = 48.0
        guard let value, value.isFinite else {
            return "<svg class=\"minibar\" width=\"48\" height=\"8\" viewBox=\"0 0 48 8\" role=\"img\" aria-label=\"\(Escape.html(label)): not measured\"><rect x=\"0.5\" y=\"0.5\" width=\"47\" height=\"7\" fill=\"none\" stroke=\"\(Palette.grid)\" stroke-dasharray=\"2 2\"/></svg>"
        }
        let filled = max(0, min(100, value)) / 100 * width
        return "<svg class=\"minibar\" width=\"48\" height=\"8\" viewBox=\"0 0 48 8\" role=\"img\" aria-label=\"\(Escape.html(label)): \(Format.number(value)) of 100\">"
            + "<rect width=\"48\" height=\"8\" fill=\"#eeeeee\"/><rect width=\"\(Format.number(filled, decimals: 1))\" height=\"8\" fill=\"\(colour)\"/></svg>"
    }

    static func dimensionHeaders(language: Language = .en) -> String {
        Dimension.allCases.map { d in
            "<th scope=\"col\" class=\"num\"><span class=\"key key-\(d.rawValue)\" aria-hidden=\"true\">\(DimensionStyle.of(d).letter)</span>\(d.label(in: language))</th>"
        }.joined()
    }

    /// The dimension letters (E, O, S, C) stay the same in every language: they are the colour
    /// key's, and the names beside them say what they stand for.
    static func dimensionLegend(language: Language = .en) -> String {
        let words = ReportStrings(language)
        return "<ul class=\"legend\" aria-label=\"\(Escape.html(words[.legendLabel]))\">" + Dimension.allCases.map { d in
            let style = DimensionStyle.of(d)
            return "<li><span class=\"key key-\(d.rawValue)\" aria-hidden=\"true\">\(style.letter)</span><mark class=\"ev ev-\(d.rawValue)\">\(d.label(in: language))</mark> <span class=\"muted\">(\(words.underline(style.underline)))</span></li>"
        }.joined() + "</ul>"
    }

    static func flags(_ flags: [ScoreFlag]) -> String {
        guard !flags.isEmpty else { return "" }
        return "<ul class=\"flags\">" + flags.map { "<li class=\"flag\">⚑ \(Escape.html($0.message)) <span class=\"rule-id\">\(Escape.html($0.code))</span></li>" }.joined() + "</ul>"
    }

    static func cannotJudge(_ items: [String]) -> String {
        "<h2 id=\"limits\">What the engine cannot judge</h2><ul>" + items.map { "<li>\(Escape.html($0))</li>" }.joined() + "</ul>"
    }

    static func judgement(_ statement: String) -> String {
        "<div class=\"callout\" role=\"note\"><strong>Scores are an aid, not a decision.</strong>\(Escape.html(statement))</div>"
    }
}
