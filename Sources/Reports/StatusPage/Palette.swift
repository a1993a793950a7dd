import Foundation
import Portal

/// The page's colours, and which pairs of them meet the eye, so a test can hold every pair to
/// WCAG 2.x contrast: 4.5:1 for text, 3:1 for graphics such as the uptime bars.
///
/// The style sheet is written from these values, so what is tested is what is shown.
enum Palette {
    static let text = RGB(0x1F2328)
    static let mutedText = RGB(0x57606A)
    static let background = RGB(0xFFFFFF)
    static let surface = RGB(0xF6F8FA)
    static let border = RGB(0xD0D7DE)
    static let link = RGB(0x0969DA)
    /// Text on a status colour (badges, the banner).
    static let onStatus = RGB(0xFFFFFF)
    /// A bar for a day without data.
    static let noData = RGB(0x818B98)

    /// The colour of a component status: bars, badges and the banner.
    static func colour(of status: ComponentStatus) -> RGB {
        switch status {
        case .operational: RGB(0x1A7F37)
        case .degraded: RGB(0x8A5C00)
        case .partialOutage: RGB(0xBC4C00)
        case .majorOutage: RGB(0xCF222E)
        case .underMaintenance: RGB(0x0969DA)
        }
    }

    /// The colour of an incident's status: red while it is worked on, amber while watched,
    /// green once resolved.
    static func colour(of status: StatusPage.IncidentStatus) -> RGB {
        switch status {
        case .investigating, .identified: colour(of: .majorOutage)
        case .monitoring: colour(of: .degraded)
        case .resolved: colour(of: .operational)
        }
    }

    /// Every text colour on every background it is drawn on, named for the test's message.
    static var textPairs: [(name: String, foreground: RGB, background: RGB)] {
        var pairs: [(String, RGB, RGB)] = [
            ("text on background", text, background), ("text on surface", text, surface),
            ("muted text on background", mutedText, background), ("muted text on surface", mutedText, surface),
            ("link on background", link, background), ("link on surface", link, surface),
        ]
        for status in ComponentStatus.allCases {
            pairs.append(("text on \(status.rawValue)", onStatus, colour(of: status)))
        }
        for status in StatusPage.IncidentStatus.allCases {
            pairs.append(("text on incident \(status.rawValue)", onStatus, colour(of: status)))
        }
        return pairs
    }

    /// Every graphic (bars, swatches, notice edges) on the background it is drawn on.
    static var graphicPairs: [(name: String, foreground: RGB, background: RGB)] {
        var pairs: [(String, RGB, RGB)] = [("no-data bar", noData, background)]
        for status in ComponentStatus.allCases {
            pairs.append(("\(status.rawValue) bar", colour(of: status), background))
        }
        return pairs
    }
}

/// A colour in sRGB, 8 bits a channel.
struct RGB: Equatable, Sendable {
    let red: Int, green: Int, blue: Int

    /// The colour written `0xRRGGBB`.
    init(_ hex: Int) {
        red = hex >> 16 & 0xFF
        green = hex >> 8 & 0xFF
        blue = hex & 0xFF
    }

    /// `#1a7f37`, as CSS and SVG take it.
    var css: String {
        let digits = Array("0123456789abcdef")
        return "#" + String([red, green, blue].flatMap { [digits[$0 >> 4], digits[$0 & 0xF]] })
    }

    /// WCAG 2.x relative luminance: 0 for black, 1 for white.
    var relativeLuminance: Double {
        func linear(_ channel: Int) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.x contrast ratio of two colours, 1 to 21, whichever is lighter.
    static func contrast(_ first: RGB, _ second: RGB) -> Double {
        let (a, b) = (first.relativeLuminance, second.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}

extension Palette {
    /// Colours for the series of a chart, in the order charts take them: each meets 3:1 against
    /// the page as a graphic, and neighbours differ in hue. Lines add dash patterns, and every
    /// chart has a table beside it, so colour is never the only way to tell series apart.
    static let series: [RGB] = [
        RGB(0x2563EB),  // blue
        RGB(0xC2410C),  // orange
        RGB(0x15803D),  // green
        RGB(0x7C3AED),  // violet
        RGB(0xDB2777),  // pink
        RGB(0x0F766E),  // teal
        RGB(0xA16207),  // amber
        RGB(0x475569),  // slate
    ]

    /// The `index`th series colour, starting again after the last.
    static func series(_ index: Int) -> RGB {
        series[index % series.count]
    }
}
