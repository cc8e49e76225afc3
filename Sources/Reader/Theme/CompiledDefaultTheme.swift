import ArticleModel
import TerminalCore

extension Theme {
    /// `BundledThemes/default.toml` as a value, so that the usual start does not parse TOML (1.5
    /// million instructions, the main thread's largest step before curses starts). ThemeTests
    /// fails while the two disagree: edit both.
    static let compiledDefault = Theme(
        name: "default",
        elements: [
            .text: Style(),
            .title: Style(foreground: .indexed(15), attributes: .bold),
            .caption: Style(attributes: .dim),
            .paneTitle: Style(attributes: .dim),
            .paneTitleFocused: Style(foreground: .black, background: .cyan, attributes: .bold),
            .separator: Style(foreground: .indexed(8)),
            .selection: Style(attributes: .reverse),
            .selectionUnfocused: Style(attributes: [.bold, .underline]),
            .status: Style(foreground: .black, background: .white),
            .statusMessage: Style(foreground: .black, background: .yellow),
            .searchMatch: Style(foreground: .black, background: .yellow),
            .jumpTarget: Style(attributes: .reverse),
            .evidenceSentence: Style(attributes: .underline),
            .selectedMention: Style(attributes: [.bold, .underline]),
            .pronounMention: Style(attributes: .dim),
            .cue: Style(attributes: [.bold, .underline]),
            .help: Style(),
            .helpBorder: Style(foreground: .cyan),
            .muted: Style(attributes: .dim),
            .unread: Style(foreground: .cyan, attributes: .bold),
        ],
        actorPalette: [.cyan, .yellow, .magenta, .green, .blue, .red, .indexed(14), .indexed(11), .indexed(13), .indexed(10)],
        actorAttributes: [],
        stances: [
            .support: StanceGlyph(glyph: "+", style: Style(foreground: .green, attributes: .bold)),
            .oppose: StanceGlyph(glyph: "-", style: Style(foreground: .red, attributes: .bold)),
            .mixed: StanceGlyph(glyph: "±", style: Style(foreground: .yellow, attributes: .bold)),
            .neutral: StanceGlyph(glyph: "=", style: Style(foreground: .blue)),
        ],
        noStance: StanceGlyph(glyph: "·", style: Style(attributes: .dim))
    )
}
