import Portal

/// The page's style sheet, inline in `<head>` (the page loads nothing), written from ``Palette``.
enum StyleSheet {
    /// The CSS text, one rule per line.
    static var css: String {
        var rules = [
            ":root { color-scheme: light; }",
            "* { box-sizing: border-box; }",
            "body { margin: 0; font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", Arial, sans-serif; "
                + "font-size: 1rem; line-height: 1.5; color: \(Palette.text.css); background: \(Palette.background.css); }",
            "a { color: \(Palette.link.css); }",
            "a:focus-visible { outline: 3px solid \(Palette.link.css); outline-offset: 2px; }",
            ".skip { position: absolute; left: -10000px; top: 0; }",
            ".skip:focus { left: 1rem; top: 1rem; padding: .5rem 1rem; background: \(Palette.background.css); z-index: 1; }",
            "header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }",
            "header { padding-top: 2rem; }",
            ".language { float: right; margin: .25rem 0 0; }",
            "h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .25rem; }",
            "h2 { font-size: 1.25rem; margin: 2.5rem 0 1rem; padding-bottom: .375rem; border-bottom: 1px solid \(Palette.border.css); }",
            "h3 { font-size: 1.0625rem; margin: 0; }",
            ".meta, .axis, .summary, footer { color: \(Palette.mutedText.css); }",
            ".meta { margin: 0; font-size: .9375rem; }",
            ".banner { margin: 1.5rem 0 0; padding: 1rem 1.25rem; border-radius: .5rem; color: \(Palette.onStatus.css); "
                + "font-size: 1.25rem; font-weight: 600; }",
            ".badge { display: inline-block; padding: .0625rem .625rem; border-radius: 1rem; color: \(Palette.onStatus.css); "
                + "font-size: .875rem; font-weight: 600; white-space: nowrap; }",
            ".components { list-style: none; padding: 0; margin: 0; }",
            ".components > li { padding: 1rem 0; border-bottom: 1px solid \(Palette.border.css); }",
            ".components > li:last-child { border-bottom: 0; }",
            ".row { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem 1rem; }",
            ".bars { display: block; width: 100%; height: 2.25rem; margin: .625rem 0 .25rem; }",
            ".axis { display: flex; justify-content: space-between; gap: 1rem; font-size: .8125rem; }",
            ".summary { text-align: center; }",
            "details { margin-top: .375rem; font-size: .875rem; }",
            "summary { cursor: pointer; color: \(Palette.link.css); }",
            "details ul { margin: .375rem 0 0; padding-left: 1.25rem; }",
            ".legend { display: flex; flex-wrap: wrap; gap: .375rem 1.25rem; list-style: none; padding: 0; margin: 0 0 .5rem; "
                + "font-size: .875rem; }",
            ".swatch { display: inline-block; width: .875rem; height: .875rem; border-radius: .125rem; margin-right: .375rem; "
                + "vertical-align: -.125rem; }",
            ".notice { margin: 0 0 1rem; padding: 1rem 1.25rem; background: \(Palette.surface.css); "
                + "border: 1px solid \(Palette.border.css); border-left-width: .375rem; border-radius: .5rem; }",
            ".notice p { margin: .5rem 0 0; }",
            ".facts { display: grid; grid-template-columns: max-content 1fr; gap: .125rem 1rem; margin: .75rem 0 0; }",
            ".facts dt { font-weight: 600; }",
            ".facts dd { margin: 0; }",
            ".updates { list-style: none; margin: .75rem 0 0; padding: 0; }",
            ".updates > li { margin: 0; padding: .5rem 0 0; border-top: 1px solid \(Palette.border.css); }",
            ".updates > li + li { margin-top: .5rem; }",
            ".updates .message, .notice .body { white-space: pre-line; }",
            // A date and time is read as one thing: never break it across lines.
            "time { white-space: nowrap; }",
            // On a phone the two columns of facts leave the values no room: stack them.
            "@media (max-width: 36rem) { .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: .375rem; } "
                + ".notice { padding: .875rem 1rem; } }",
            "footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; font-size: .875rem; }",
            "footer p { margin: .25rem 0; }",
        ]
        for status in ComponentStatus.allCases {
            rules.append(".status-\(status.rawValue) { background: \(Palette.colour(of: status).css); }")
            rules.append(".edge-\(status.rawValue) { border-left-color: \(Palette.colour(of: status).css); }")
        }
        for status in StatusPage.IncidentStatus.allCases {
            rules.append(".incident-\(status.rawValue) { background: \(Palette.colour(of: status).css); }")
            rules.append(".edge-incident-\(status.rawValue) { border-left-color: \(Palette.colour(of: status).css); }")
        }
        rules.append(".swatch-no-data { background: \(Palette.noData.css); }")
        return rules.joined(separator: "\n")
    }
}
