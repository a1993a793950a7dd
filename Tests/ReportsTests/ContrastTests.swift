@testable import Reports
import Testing

@Suite("Colour contrast (WCAG 2.x)")
struct ContrastTests {
    @Test("computes the WCAG ratio of known pairs")
    func knownRatios() {
        #expect(RGB.contrast(RGB(0x000000), RGB(0xFFFFFF)) == 21)
        #expect(RGB.contrast(RGB(0x777777), RGB(0x777777)) == 1)
        // #767676 on white is the often-quoted lightest grey that passes AA: 4.54.
        #expect(abs(RGB.contrast(RGB(0x767676), RGB(0xFFFFFF)) - 4.54) < 0.01)
        #expect(RGB(0x1A7F37).css == "#1a7f37")
    }

    @Test("every text colour meets AA for normal text (4.5:1) on its background")
    func text() {
        for pair in Palette.textPairs {
            let ratio = RGB.contrast(pair.foreground, pair.background)
            #expect(ratio >= 4.5, "\(pair.name): \(ratio)")
        }
    }

    @Test("every bar and swatch meets AA for graphics (3:1) against the page")
    func graphics() {
        for pair in Palette.graphicPairs {
            let ratio = RGB.contrast(pair.foreground, pair.background)
            #expect(ratio >= 3, "\(pair.name): \(ratio)")
        }
    }

    @Test("every status has its own colour, so the bars tell them apart")
    func distinct() {
        let colours = Palette.graphicPairs.map(\.foreground.css)
        #expect(Set(colours).count == colours.count)
    }

    @Test("the style sheet uses the palette's colours and no others")
    func styleSheet() throws {
        let css = StyleSheet.css
        let used = Set(css.matches(of: /#[0-9a-f]{6}\b/).map { String($0.output) })
        let known = Set((Palette.textPairs + Palette.graphicPairs).flatMap { [$0.foreground.css, $0.background.css] }
            + [Palette.border.css])
        #expect(used.isSubset(of: known), "\(used.subtracting(known))")
    }
}

@Suite("Chart colours")
struct ChartColourTests {
    @Test("every series colour meets 3:1 against the page and they all differ")
    func series() {
        for colour in Palette.series {
            #expect(RGB.contrast(colour, Palette.background) >= 3, "\(colour.css)")
        }
        #expect(Set(Palette.series.map(\.css)).count == Palette.series.count)
        #expect(Palette.series(Palette.series.count) == Palette.series[0])
    }
}
