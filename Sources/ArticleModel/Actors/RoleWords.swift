/// The word lists of `roles.toml`, as sets and token sequences ready for matching.
struct RoleWords: Sendable {
    let honorifics: Set<String>
    /// Titles as token sequences ("Secretary", "of", "State"), longest first.
    /// Titles as lower-case token sequences ("secretary", "of", "state"), longest first; matched
    /// without regard to case, since papers write both "Shadow Home Secretary" and "shadow home secretary".
    let titles: [[String]]
    /// Capitalised words of titles and honorifics: never part of a person's name.
    let titleWords: Set<String>
    /// Role nouns as lower-case token sequences, longest first.
    let roleNouns: [[String]]
    let givenNames: Set<String>
    let particles: Set<String>
    let notNames: Set<String>
    let notPeople: Set<String>
    let governmentNouns: [[String]]
    let groupNouns: Set<String>
    let officeHolders: [RolesFile.OfficeHolder]

    init(_ file: RolesFile) {
        func sequences(_ phrases: [String], lowercase: Bool = false) -> [[String]] {
            phrases.map { phrase in
                Tokenizer.tokens(in: Array((lowercase ? phrase.lowercased() : phrase).unicodeScalars)).map(\.text)
            }
            .filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        }
        honorifics = Set(file.honorifics.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
        titles = sequences(file.titles.filter { !$0.hasSuffix(".") }, lowercase: true)
        titleWords = Set(file.titles.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.first?.isUppercase == true })
        roleNouns = sequences(file.role_nouns, lowercase: true)
        givenNames = Set(file.given_names)
        particles = Set(file.name_particles)
        notNames = Set(file.not_names)
        notPeople = Set(file.not_people)
        governmentNouns = sequences(file.government_nouns, lowercase: true)
        groupNouns = Set(file.group_nouns.map { $0.lowercased() })
        officeHolders = file.office_holder ?? []
    }

    /// The longest sequence from `list` that matches the tokens at `start` (compared in lower case
    /// when `lowercase`), as a token count.
    func longestMatch(_ list: [[String]], in tokens: [Token], at start: Int, lowercase: Bool) -> Int? {
        for sequence in list where start + sequence.count <= tokens.count {
            var matches = true
            for (offset, word) in sequence.enumerated() {
                let text = lowercase ? tokens[start + offset].lowercased : tokens[start + offset].text
                if text != word {
                    matches = false
                    break
                }
            }
            if matches { return sequence.count }
        }
        return nil
    }
}
