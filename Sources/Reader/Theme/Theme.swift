import ArticleModel
import TerminalCore

/// The parts of the screen a theme styles.
public enum ThemeElement: String, CaseIterable, Sendable {
    case text, title, caption, paneTitle = "pane-title", paneTitleFocused = "pane-title-focused", separator
    case selection, selectionUnfocused = "selection-unfocused", status, statusMessage = "status-message"
    case searchMatch = "search-match", jumpTarget = "jump-target", evidenceSentence = "evidence-sentence"
    case selectedMention = "selected-mention", pronounMention = "pronoun-mention", cue, help, helpBorder = "help-border"
    case muted, unread
}

/// How a stance cell is drawn: a glyph and a style, so it reads with or without colour.
public struct StanceGlyph: Sendable, Equatable {
    public var glyph: String
    public var style: Style
}

/// Colours, attributes and glyphs for every element of the reader.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var elements: [ThemeElement: Style]
    /// Colours for actors, by rank; empty for monochrome.
    public var actorPalette: [TerminalColor]
    /// Attributes added to every actor mention (bold in monochrome).
    public var actorAttributes: TextAttributes
    public var stances: [Polarity: StanceGlyph]
    public var noStance: StanceGlyph

    public subscript(_ element: ThemeElement) -> Style {
        elements[element] ?? .plain
    }

    /// The style of an actor's mentions, by the actor's rank in the article.
    public func actorStyle(rank: Int) -> Style {
        guard !actorPalette.isEmpty else { return Style(attributes: actorAttributes) }
        return Style(foreground: actorPalette[rank % actorPalette.count], attributes: actorAttributes)
    }

    public func glyph(for polarity: Polarity?) -> StanceGlyph {
        polarity.flatMap { stances[$0] } ?? noStance
    }

    /// This theme with colour removed and attributes kept: for NO_COLOR and colourless terminals.
    public var monochrome: Theme {
        var copy = self
        copy.elements = elements.mapValues(\.monochrome)
        copy.actorPalette = []
        copy.actorAttributes = actorAttributes.union(.bold)
        copy.stances = stances.mapValues { StanceGlyph(glyph: $0.glyph, style: $0.style.monochrome) }
        copy.noStance = StanceGlyph(glyph: noStance.glyph, style: noStance.style.monochrome)
        return copy
    }
}
