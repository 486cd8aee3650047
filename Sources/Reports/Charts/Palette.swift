import HotseatCore

/// The Okabe–Ito colour-blind-safe palette, and a second cue per dimension (pattern, marker, line
/// style, underline) so that nothing depends on colour alone.
public enum Palette {
    public static let black = "#000000"
    public static let orange = "#E69F00"
    public static let skyBlue = "#56B4E9"
    public static let bluishGreen = "#009E73"
    public static let yellow = "#F0E442"
    public static let blue = "#0072B2"
    public static let vermillion = "#D55E00"
    public static let reddishPurple = "#CC79A7"

    /// Text and axes: dark grey reads softer than black but keeps WCAG AA contrast on white.
    public static let ink = "#222222"
    public static let muted = "#595959"
    public static let grid = "#d0d0d0"
    /// Colours for screen-profile parts in table order (Okabe–Ito, distinguishable with colour-blindness).
    public static func partColour(_ index: Int) -> String {
        let colours = [blue, orange, bluishGreen, vermillion, reddishPurple, skyBlue, black]
        return colours[((index % colours.count) + colours.count) % colours.count]
    }

    /// Band backgrounds from poor to excellent: light neutral greys, so the dimension colours on top stay distinct.
    public static func bandFill(_ band: Band) -> String {
        switch band {
        case .poor: "#f3f3f3"
        case .developing: "#e8e8e8"
        case .good: "#dcdcdc"
        case .excellent: "#cfcfcf"
        }
    }
}

/// How one dimension looks everywhere: colour plus a shape, a fill pattern, a dash and an underline.
public struct DimensionStyle: Sendable, Equatable {
    public var colour: String
    /// A light tint of `colour` for highlighted text, dark text stays readable on it.
    public var tint: String
    public enum Marker: String, Sendable { case circle, square, triangle, diamond }
    public var marker: Marker
    public enum Pattern: String, Sendable { case solid, diagonal, dots, crosshatch }
    public var pattern: Pattern
    /// SVG `stroke-dasharray`, empty for a solid line.
    public var dash: String
    /// CSS `text-decoration-style` for highlighted evidence.
    public var underline: String
    /// One letter that stands for the dimension in text reports and print.
    public var letter: Character

    public static func of(_ dimension: Dimension) -> DimensionStyle {
        switch dimension {
        case .empathy:
            DimensionStyle(colour: Palette.vermillion, tint: "#f7d9c4", marker: .circle, pattern: .solid, dash: "", underline: "solid", letter: "E")
        case .ownership:
            DimensionStyle(colour: Palette.blue, tint: "#cfe3f1", marker: .square, pattern: .diagonal, dash: "8 4", underline: "dashed", letter: "O")
        case .speed:
            DimensionStyle(colour: Palette.bluishGreen, tint: "#cdebe2", marker: .triangle, pattern: .dots, dash: "2 3", underline: "dotted", letter: "S")
        case .calm:
            DimensionStyle(colour: Palette.reddishPurple, tint: "#f2dcea", marker: .diamond, pattern: .crosshatch, dash: "10 3 2 3", underline: "double", letter: "C")
        }
    }
}

extension Dimension {
    /// "Empathy", for headings and legends.
    public var label: String { label(in: .en) }

    /// "Eigenaarschap": the name the drill gives the dimension in `language`.
    public func label(in language: Language) -> String { ReportStrings(language).name(of: self) }
}

extension Band {
    /// "Good", on its own in a table cell or chart.
    public var label: String { label(in: .en) }

    /// "In ontwikkeling": the drill's name for the band in `language`, capitalised.
    public func label(in language: Language) -> String { ReportStrings(language).label(of: self) }

    /// The score range this band covers, for legends.
    public var range: ClosedRange<Double> {
        switch self {
        case .poor: 0...40
        case .developing: 40...60
        case .good: 60...80
        case .excellent: 80...100
        }
    }
}
