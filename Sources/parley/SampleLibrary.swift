import ArticleModel

/// The short articles compiled into Parley, written by the team, opened when no path is given.
enum SampleLibrary {
    static let files: [(name: String, bytes: [UInt8])] = [
        ("samples/harbour-treaty.txt", PackageResources.harbour_treaty_txt),
        ("samples/grain-corridor.txt", PackageResources.grain_corridor_txt),
        ("samples/coal-levy.txt", PackageResources.coal_levy_txt),
        ("samples/river-dam.txt", PackageResources.river_dam_txt),
    ]

    static func articles(reader: ArticleReader) -> [Article] {
        files.compactMap { try? reader.read(bytes: $0.bytes, source: $0.name) }
    }
}
