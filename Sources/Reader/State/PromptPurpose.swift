/// What a prompt's text is for.
public enum PromptPurpose: Sendable, Equatable {
    case search
    /// A new name for the actor with this id, across the library.
    case renameActor(id: String, name: String)
    /// A new label for the issue with this cross-article key, across the library.
    case renameIssue(key: String, label: String)

    /// What the status line shows before the text.
    var label: String {
        switch self {
        case .search: return "/"
        case .renameActor(_, let name): return "Rename \(name) to: "
        case .renameIssue(_, let label): return "Rename issue \(label) to: "
        }
    }
}
