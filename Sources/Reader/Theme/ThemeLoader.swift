#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TOMLData
import TerminalCore
import ArticleModel

/// Why a theme could not be used.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    case unknown(name: String, available: [String])
    case malformed(path: String, message: String)

    public var description: String {
        switch self {
        case .unknown(let name, let available):
            return "unknown theme '\(name)' (available: \(available.joined(separator: ", ")))"
        case .malformed(let path, let message):
            return "\(path): \(message)"
        }
    }
}

/// Finds and reads themes: bundled ones by name, the user's in `$XDG_CONFIG_HOME/parley/themes`,
/// or any TOML file by path.
public struct ThemeLoader: Sendable {
    /// Themes compiled into the binary, so a copied binary works alone.
    public static let bundledNames = ["default", "light", "mono"]

    public let userDirectory: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            userDirectory = config + "/parley/themes"
        } else if let home = environment["HOME"], !home.isEmpty {
            userDirectory = home + "/.config/parley/themes"
        } else {
            userDirectory = nil
        }
    }

    /// The default theme, compiled in (BundledThemes/default.toml, as a value).
    public static var standard: Theme { .compiledDefault }

    /// Every theme name the user can pass to `--theme`.
    public func availableNames() -> [String] {
        var names = Set(ThemeLoader.bundledNames)
        if let userDirectory, let files = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) {
            names.formUnion(files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) })
        }
        return names.sorted()
    }

    /// Loads `nameOrPath`: a path when it contains "/" or ends in ".toml", otherwise a name.
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try loadFile(nameOrPath)
        }
        if let userDirectory {
            let path = userDirectory + "/" + nameOrPath + ".toml"
            if FileManager.default.fileExists(atPath: path) { return try loadFile(path) }
        }
        // The default theme is compiled in as a value (its file is checked against it by a test).
        if nameOrPath == "default" { return .compiledDefault }
        let bundled: [String: [UInt8]] = ["light": PackageResources.light_toml, "mono": PackageResources.mono_toml]
        guard let bytes = bundled[nameOrPath] else {
            throw .unknown(name: nameOrPath, available: availableNames())
        }
        return try ThemeLoader.parse(String(decoding: bytes, as: UTF8.self), path: nameOrPath + ".toml")
    }

    private func loadFile(_ path: String) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .malformed(path: path, message: "cannot read the file")
        }
        return try ThemeLoader.parse(String(decoding: data, as: UTF8.self), path: path)
    }

    // MARK: - Parsing

    /// Parses theme TOML; every element, colour, attribute and stance name is checked.
    public static func parse(_ text: String, path: String) throws(ThemeError) -> Theme {
        do {
            return try theme(from: TOMLParser.parse(text), path: path)
        } catch let error as ThemeError {
            throw error
        } catch let error as TOMLError {
            throw .malformed(path: path, message: error.description)
        } catch {
            throw .malformed(path: path, message: "\(error)")
        }
    }

    private static func theme(from root: TOMLTable, path: String) throws -> Theme {
        try root.checkKeys(["name", "elements", "actors", "stances"])
        var elements: [ThemeElement: Style] = [:]
        let elementTable = try root.table("elements")
        for key in elementTable.keys {
            guard let element = ThemeElement(rawValue: key) else {
                throw ThemeError.malformed(path: path, message: "unknown element '\(key)' (known: \(ThemeElement.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let value = try elementTable.table(key)
            try value.checkKeys(["fg", "bg", "attrs"])
            elements[element] = try style(fg: value.optionalString("fg"), bg: value.optionalString("bg"), attrs: value.strings("attrs"), path: path, context: key)
        }
        var stances: [Polarity: StanceGlyph] = [:]
        var noStance = StanceGlyph(glyph: "·", style: Style(attributes: .dim))
        let stanceTable = try root.table("stances")
        for key in stanceTable.keys {
            let value = try stanceTable.table(key)
            try value.checkKeys(["glyph", "fg", "bg", "attrs"])
            let text = try value.string("glyph")
            let glyph = StanceGlyph(glyph: String(text.prefix(1)), style: try style(fg: value.optionalString("fg"), bg: value.optionalString("bg"), attrs: value.strings("attrs"), path: path, context: "stances.\(key)"))
            guard DisplayWidth.of(glyph.glyph) == 1 else {
                throw ThemeError.malformed(path: path, message: "stances.\(key): the glyph must be one column wide")
            }
            if key == "none" {
                noStance = glyph
            } else if let polarity = Polarity(rawValue: key) {
                stances[polarity] = glyph
            } else {
                throw ThemeError.malformed(path: path, message: "unknown stance '\(key)' (known: support, oppose, mixed, neutral, none)")
            }
        }
        let actors = try root.table("actors")
        try actors.checkKeys(["palette", "attrs"])
        var palette: [TerminalColor] = []
        for entry in try actors.strings("palette") { palette.append(try color(entry, path: path, context: "actors.palette")) }
        let actorAttributes = try attributes(actors.strings("attrs"), path: path, context: "actors.attrs")
        return Theme(name: try root.optionalString("name") ?? path, elements: elements, actorPalette: palette, actorAttributes: actorAttributes, stances: stances, noStance: noStance)
    }

    static func style(fg: String?, bg: String?, attrs: [String]?, path: String, context: String) throws(ThemeError) -> Style {
        Style(
            foreground: try fg.map { value throws(ThemeError) in try color(value, path: path, context: context) } ?? .default,
            background: try bg.map { value throws(ThemeError) in try color(value, path: path, context: context) } ?? .default,
            attributes: try attributes(attrs ?? [], path: path, context: context)
        )
    }

    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// "default", a colour name, "bright-" name, a palette number, or "#rrggbb".
    static func color(_ value: String, path: String, context: String) throws(ThemeError) -> TerminalColor {
        let name = value.lowercased()
        if name == "default" { return .default }
        if let index = colorNames.firstIndex(of: name) { return .indexed(UInt8(index)) }
        if name.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(name.dropFirst(7))) { return .indexed(UInt8(index + 8)) }
        if let number = UInt8(name) { return .indexed(number) }
        if name.hasPrefix("#"), name.count == 7, let rgb = UInt32(name.dropFirst(), radix: 16) {
            return .indexed(nearest256(red: Int(rgb >> 16), green: Int((rgb >> 8) & 0xFF), blue: Int(rgb & 0xFF)))
        }
        throw .malformed(path: path, message: "\(context): '\(value)' is not a colour (use default, a name such as red or bright-blue, 0-255, or #rrggbb)")
    }

    static func attributes(_ names: [String], path: String, context: String) throws(ThemeError) -> TextAttributes {
        var result: TextAttributes = []
        for name in names {
            switch name.lowercased() {
            case "bold": result.insert(.bold)
            case "dim": result.insert(.dim)
            case "underline": result.insert(.underline)
            case "reverse": result.insert(.reverse)
            case "italic": result.insert(.italic)
            default: throw .malformed(path: path, message: "\(context): unknown attribute '\(name)' (use bold, dim, underline, reverse, italic)")
            }
        }
        return result
    }

    /// The xterm 256-colour cube or grey ramp entry closest to an RGB colour.
    static func nearest256(red: Int, green: Int, blue: Int) -> UInt8 {
        let steps = [0, 95, 135, 175, 215, 255]
        func cubeIndex(_ value: Int) -> Int { steps.indices.min { abs(steps[$0] - value) < abs(steps[$1] - value) }! }
        let (r, g, b) = (cubeIndex(red), cubeIndex(green), cubeIndex(blue))
        let cube = 16 + 36 * r + 6 * g + b
        let cubeDistance = (steps[r] - red) * (steps[r] - red) + (steps[g] - green) * (steps[g] - green) + (steps[b] - blue) * (steps[b] - blue)
        let average = (red + green + blue) / 3
        let grey = max(0, min(23, (average - 8) / 10))
        let level = 8 + grey * 10
        let greyDistance = (level - red) * (level - red) + (level - green) * (level - green) + (level - blue) * (level - blue)
        return UInt8(greyDistance < cubeDistance ? 232 + grey : cube)
    }
}
