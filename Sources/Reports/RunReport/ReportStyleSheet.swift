/// The run report's style sheet, inline in `<head>`, written from ``Palette`` so that what the
/// contrast tests check is what is shown.
enum ReportStyleSheet {
    /// The CSS text, one rule per line.
    static var css: String {
        [
            ":root { color-scheme: light; }",
            "* { box-sizing: border-box; }",
            "body { margin: 0; font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", Arial, sans-serif; "
                + "font-size: 1rem; line-height: 1.5; color: \(Palette.text.css); background: \(Palette.background.css); }",
            "a { color: \(Palette.link.css); }",
            "a:focus-visible, .table:focus-visible { outline: 3px solid \(Palette.link.css); outline-offset: 2px; }",
            ".skip { position: absolute; left: -10000px; top: 0; }",
            ".skip:focus { left: 1rem; top: 1rem; padding: .5rem 1rem; background: \(Palette.background.css); z-index: 1; }",
            "header, main, footer { max-width: 64rem; margin: 0 auto; padding: 0 1.25rem; }",
            "header { padding-top: 2rem; }",
            "h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .25rem; }",
            ".lede { margin: 0; color: \(Palette.mutedText.css); font-size: 1.0625rem; }",
            ".toc { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; margin: 1rem 0 0; "
                + "font-size: .9375rem; }",
            "h2 { font-size: 1.375rem; line-height: 1.3; margin: 2.75rem 0 .75rem; padding-bottom: .375rem; "
                + "border-bottom: 1px solid \(Palette.border.css); }",
            "p, main ul { max-width: 48rem; }",
            "main li + li { margin-top: .25rem; }",
            "figure { margin: 1.5rem 0; overflow-x: auto; }",
            "figcaption { font-weight: 600; margin: 0 0 .25rem; }",
            // On a phone a chart keeps a width its labels can be read at, and scrolls sideways.
            "svg.chart { display: block; width: 100%; min-width: 40rem; height: auto; font-family: inherit; }",
            "figure:focus-visible { outline: 3px solid \(Palette.link.css); outline-offset: 2px; }",
            ".table { overflow-x: auto; margin: 1.25rem 0 1.75rem; }",
            "table { border-collapse: collapse; font-size: .875rem; font-variant-numeric: tabular-nums; }",
            "caption { text-align: left; font-weight: 600; padding: 0 0 .375rem; }",
            "th, td { padding: .25rem .75rem; text-align: left; vertical-align: top; border-bottom: 1px solid \(Palette.border.css); }",
            "td { overflow-wrap: anywhere; }",
            // Headings wrap at their spaces, so a table of many short numbers stays narrow.
            "thead th { vertical-align: bottom; max-width: 7.5rem; border-bottom: 2px solid \(Palette.mutedText.css); }",
            "tbody th, td.num { white-space: nowrap; }",
            ".num { text-align: right; }",
            "tbody tr:nth-child(even) { background: \(Palette.surface.css); }",
            "tfoot th, tfoot td { font-weight: 600; border-top: 2px solid \(Palette.mutedText.css); border-bottom: 0; }",
            "footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; color: \(Palette.mutedText.css); "
                + "font-size: .875rem; border-top: 1px solid \(Palette.border.css); }",
            "footer p { margin: .25rem 0; overflow-wrap: anywhere; }",
        ].joined(separator: "\n")
    }
}
