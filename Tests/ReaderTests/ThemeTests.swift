import Testing
import TerminalCore
@testable import Reader

@Suite("Themes")
struct ThemeTests {
    @Test("The bundled themes parse and style every element", arguments: ThemeLoader.bundledNames)
    func bundledThemes(name: String) throws {
        let theme = try ThemeLoader(environment: [:]).load(name)
        #expect(theme.name == name)
        #expect(Set(theme.elements.keys) == Set(ThemeElement.allCases))
        #expect(theme.stances.count == 4)
        #expect(Set(theme.stances.values.map(\.glyph)).count == 4)
    }

    @Test func unknownThemeListsTheAvailableOnes() {
        #expect(throws: ThemeError.unknown(name: "neon", available: ["default", "light", "mono"])) {
            try ThemeLoader(environment: [:]).load("neon")
        }
        #expect(ThemeError.unknown(name: "neon", available: ["default", "light", "mono"]).description == "unknown theme 'neon' (available: default, light, mono)")
    }

    @Test func malformedThemesNameTheProblem() {
        #expect(throws: ThemeError.malformed(path: "t.toml", message: "line 1: expected a value, found '='")) {
            try ThemeLoader.parse("name == 1", path: "t.toml")
        }
        let badColour = "[elements]\ntext = { fg = \"purpleish\" }\n[actors]\npalette = []\n[stances]\n"
        #expect(throws: ThemeError.malformed(path: "t.toml", message: "text: 'purpleish' is not a colour (use default, a name such as red or bright-blue, 0-255, or #rrggbb)")) {
            try ThemeLoader.parse(badColour, path: "t.toml")
        }
    }

    @Test func coloursParse() throws {
        #expect(try ThemeLoader.color("default", path: "", context: "") == .default)
        #expect(try ThemeLoader.color("red", path: "", context: "") == .indexed(1))
        #expect(try ThemeLoader.color("bright-blue", path: "", context: "") == .indexed(12))
        #expect(try ThemeLoader.color("208", path: "", context: "") == .indexed(208))
        #expect(try ThemeLoader.color("#ff0000", path: "", context: "") == .indexed(196))
        #expect(try ThemeLoader.color("#808080", path: "", context: "") == .indexed(244))
    }

    @Test("Monochrome keeps attributes and drops every colour")
    func monochromeScreen() throws {
        let reader = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24), theme: ThemeLoader.standard.monochrome)
        let screen = reader.screen
        #expect(screen.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        #expect(screen[1, 3].style.attributes.contains(.bold))  // a mention
        #expect(reader.rows[16] == " Sweden   -           -")
    }

    @Test("The theme files in themes/ are the ones compiled in")
    func themesFolderMatchesBundled() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")
        for name in ThemeLoader.bundledNames {
            let fromFile = try ThemeLoader(environment: [:]).load(folder.appendingPathComponent(name + ".toml").path)
            let bundled = try ThemeLoader(environment: [:]).load(name)
            #expect(fromFile.elements == bundled.elements)
            #expect(fromFile.actorPalette == bundled.actorPalette)
        }
    }

    @Test("The compiled-in default theme is BundledThemes/default.toml, parsed")
    func compiledDefaultMatchesTOML() throws {
        let parsed = try ThemeLoader.parse(String(decoding: PackageResources.default_toml, as: UTF8.self), path: "default.toml")
        #expect(Theme.compiledDefault == parsed)
        #expect(ThemeLoader.standard == parsed)
        #expect(try ThemeLoader(environment: [:]).load("default") == parsed)
    }
}

import Foundation
