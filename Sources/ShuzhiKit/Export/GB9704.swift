/// Page and type measurements of GB/T 9704-2012 (党政机关公文格式), shared
/// by the DOCX and HTML writers so both lay out the same page.
///
/// Lengths in Word are twips (1/20 pt, 1440 per inch, so 1 mm = 56.69 twips)
/// and font sizes half-points.
enum GB9704 {
    /// Converts millimetres to twips, rounded to the nearest twip.
    static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }

    /// A4 portrait: 210 × 297 mm.
    static let pageWidth = 11906
    static let pageHeight = 16838
    /// 天头 37 mm, 订口 (left) 28 mm; bottom 35 mm, right 26 mm.
    static let marginTop = twips(mm: 37)  // 2098
    static let marginBottom = twips(mm: 35)  // 1984
    static let marginLeft = twips(mm: 28)  // 1587
    static let marginRight = twips(mm: 26)  // 1474
    /// The type area (版心): 156 × 225 mm.
    static let typeWidth = pageWidth - marginLeft - marginRight  // 8845 ≈ 156.0 mm
    static let typeHeight = pageHeight - marginTop - marginBottom  // 12756 ≈ 225.0 mm

    /// 22 lines a page, 28 characters a line.
    static let linesPerPage = 22
    static let charsPerLine = 28

    /// Body text: 3号 = 16 pt.
    static let bodyPoints = 16
    /// Title: 2号 = 22 pt.
    static let titlePoints = 22
    /// Page numbers: 4号 = 14 pt.
    static let pageNumberPoints = 14

    /// The document grid's line pitch in twips: the type height over 22,
    /// rounded down so 22 lines always fit (12756 / 22 = 579.8 → 579,
    /// 28.95 pt, the value Word shows for a 22-line grid on this page).
    static let linePitch = typeHeight / linesPerPage

    /// The document grid's `charSpace`. Word defines the character pitch as
    /// the default font size plus `charSpace`/4096 pt. 28 characters in
    /// 8845 twips is 315.89 twips = 15.795 pt a character, 0.205 pt less than
    /// 16 pt: -0.205 × 4096 = -841.3, rounded down (tighter) so that 28
    /// characters always fit: -842.
    static let charSpace: Int = {
        let pitch = Double(typeWidth) / 20 / Double(charsPerLine)
        return Int(((pitch - Double(bodyPoints)) * 4096).rounded(.down))
    }()

    /// Character spacing in twips for a lines-only grid: 28 characters of
    /// 16 pt (8960 twips) are 115 twips wider than the type area, so each
    /// character gives up 115 / 28 = 4.1, rounded up to 5 (0.25 pt).
    static let tightenedSpacing: Int = {
        let excess = bodyPoints * 20 * charsPerLine - typeWidth
        return -((excess + charsPerLine - 1) / charsPerLine)
    }()

    /// Footer distance from the page's bottom edge. GB/T 9704 puts the page
    /// number's dashes 7 mm below the type area: the footer line (14 pt tall)
    /// must then start 35 - 7 = 28 mm above the edge, so its bottom sits
    /// 28 mm - 14 pt above it.
    static let footerDistance = twips(mm: 28) - pageNumberPoints * 20  // 1307

    /// The fonts, by role: the GB name Word and WPS know from Chinese
    /// offices, and the common Windows font to fall back on.
    struct Font {
        var name: String
        var fallback: String
    }

    static let bodyFont = Font(name: "仿宋_GB2312", fallback: "仿宋")
    static let titleFont = Font(name: "方正小标宋简体", fallback: "宋体")
    static let level1Font = Font(name: "黑体", fallback: "SimHei")
    static let level2Font = Font(name: "楷体_GB2312", fallback: "楷体")
    static let pageNumberFont = Font(name: "宋体", fallback: "SimSun")
    /// Plain fallbacks listed in the font table too, so a reader that maps
    /// by name finds them: 仿宋 → FangSong, 楷体 → KaiTi.
    static let extraFonts = [Font(name: "仿宋", fallback: "FangSong"), Font(name: "楷体", fallback: "KaiTi")]

    /// The font for a heading or run-in heading of `level`: 1 黑体, 2 楷体, 3 and deeper 仿宋.
    static func headingFont(level: Int) -> Font {
        switch level {
        case 1: level1Font
        case 2: level2Font
        default: bodyFont
        }
    }
}
