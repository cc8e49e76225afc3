import ArticleModel
import Reader
import TerminalCore

/// Drives a ReaderApp with key names and reads the screen back as text rows.
final class ReaderHarness {
    let app: ReaderApp

    init(articles: [String], size: Size, theme: Theme = ThemeLoader.standard) throws {
        let reader = ArticleReader()
        let entries = try articles.enumerated().map { index, text in
            LibraryEntry(article: try reader.read(text: text, source: "test-\(index).txt"))
        }
        app = ReaderApp(state: AppState(entries: entries, size: size), theme: theme)
    }

    /// Presses keys given by name: "j", "Tab", "Enter", "Ctrl-L", "PgDn".
    @discardableResult
    func press(_ names: String...) -> Effect {
        var effect = Effect.none
        for name in names {
            guard let key = Key(name: name) else { fatalError("unknown key name \(name)") }
            effect = app.send(.keyPressed(key))
        }
        return effect
    }

    /// Types text into the search prompt, character by character.
    func type(_ text: String) {
        for character in text { app.send(.keyPressed(.character(character))) }
    }

    func resize(_ width: Int, _ height: Int) {
        app.send(.resized(Size(width: width, height: height)))
    }

    var screen: CellGrid { app.render() }
    var rows: [String] { screen.lines }

    /// The rows of a rectangle of the screen, trailing spaces removed.
    func rows(x: Int, width: Int, from top: Int = 0, count: Int? = nil) -> [String] {
        let grid = screen
        let last = count.map { top + $0 } ?? grid.size.height
        return (top..<min(last, grid.size.height)).map { y in
            var line = ""
            for column in x..<min(x + width, grid.size.width) where !grid[column, y].isContinuation {
                line += grid[column, y].text
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

/// Short invented articles, so that screens are exact and independent of ../shared.
enum Fixtures {
    static let fishing = """
        Ministers split over fishing deal

        Norway backs the fishing deal. Sweden rejects the deal, and Finland does not want any deal.

        Denmark, with the backing of Iceland, is pushing for a compromise. Sweden also opposes the compromise.

        Norway and Denmark met in Bergen. The talks will resume.
        """

    /// Issues whose short labels do not fit narrow cells: the matrix numbers its columns.
    static let council = """
        Council divided over Kestrel resolution

        Norway backs the draft resolution on Kestrel. Sweden rejects the draft resolution and proposes a presidential statement instead. Denmark supports the presidential statement.

        Finland opposes the naval blockade, which Iceland backs. Iceland also backs the arms embargo and the ceasefire. Finland rejects the sanctions and the peace talks.
        """

    static let tariffs = """
        Steel tariff row deepens

        Canada opposes the steel tariff. Mexico supports the tariff.
        """

    static let long: String = {
        var text = "A long story about Brazil\n\n"
        for number in 1...40 {
            text += "Paragraph \(number) says that Brazil backs the plan while Argentina rejects the plan.\n\n"
        }
        return text
    }()
}
