import ArgumentParser
import Store

/// Where the library and the feed list live: `$XDG_DATA_HOME/parley/library.sqlite` (default
/// `~/.local/share/parley/`), or the file given with `--library`; the `urls` file in
/// `$XDG_CONFIG_HOME/parley/` (default `~/.config/parley/`).
enum LibraryLocation {
    static var defaultPath: String? {
        dataFolder.map { $0 + "/library.sqlite" }
    }

    static var dataFolder: String? {
        if let data = Environment.value("XDG_DATA_HOME"), !data.isEmpty { return data + "/parley" }
        if let home = Environment.value("HOME"), !home.isEmpty { return home + "/.local/share/parley" }
        return nil
    }

    static var configFolder: String? {
        if let config = Environment.value("XDG_CONFIG_HOME"), !config.isEmpty { return config + "/parley" }
        if let home = Environment.value("HOME"), !home.isEmpty { return home + "/.config/parley" }
        return nil
    }

    static var urlsPath: String? { configFolder.map { $0 + "/urls" } }

    /// The library file for a `--library` value (or the default), failing in one line when
    /// there is no home to put it in.
    static func path(_ option: String?) -> String {
        if let option, !option.isEmpty { return option }
        guard let path = defaultPath else { Diagnostics.fail("no library location: set HOME or XDG_DATA_HOME, or give --library PATH") }
        return path
    }

    /// Opens the library, creating it (and the default folder) when `create` is true; a bad
    /// file ends Parley with its one line and status 1.
    static func open(_ option: String?, create: Bool) -> LibraryStore {
        let path = path(option)
        if create, option == nil || option!.isEmpty, let folder = dataFolder { FileAccess.makeFolders(folder) }
        do {
            return try LibraryStore(path: path, modelVersion: ReaderSetup.modelVersion(), create: create)
        } catch {
            Diagnostics.fail(error.description)
        }
    }
}

/// `--library PATH`, shared by the commands that use the library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library file (default $XDG_DATA_HOME/parley/library.sqlite).", valueName: "path"))
    var library: String?
}
