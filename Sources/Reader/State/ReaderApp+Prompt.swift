import ArticleModel
import TerminalCore

extension ReaderApp {
    /// A key while the status line asks for something: a search, a name, a choice.
    func editPrompt(_ key: Key) -> Effect {
        guard var prompt = state.prompt else { return .none }
        let purpose = state.promptPurpose
        if key == .tab {
            completePrompt(prompt)
            return .none
        }
        state.promptCompletion = nil
        switch key {
        case .escape:
            closePrompt()
            state.message = purpose.cancelled
            return .none
        case .enter:
            // A one-key prompt waits for one of its keys.
            if purpose.takesOneKey { return .none }
            closePrompt()
            return answer(prompt, to: purpose)
        case .backspace:
            if prompt.isEmpty {
                closePrompt()
                state.message = purpose.cancelled
                return .none
            }
            prompt.removeLast()
        case .character(let character):
            if purpose.takesOneKey {
                closePrompt()
                answerKey(character, to: purpose)
                return .none
            }
            prompt.append(character)
        case .control("u"):
            prompt = ""
        default:
            return .none
        }
        state.prompt = prompt
        return .none
    }

    func closePrompt() {
        state.prompt = nil
        state.promptPurpose = .search
        state.promptCompletion = nil
    }

    /// Opens the status line's prompt for `purpose`, empty.
    func ask(_ purpose: PromptPurpose) {
        state.promptPurpose = purpose
        state.prompt = ""
        state.promptCompletion = nil
    }

    /// Enter on a prompt: what the text was for.
    private func answer(_ text: String, to purpose: PromptPurpose) -> Effect {
        if purpose == .search {
            if state.mode == .library {
                searchLibrary(text)
                return .none
            }
            guard var view = state.view else { return .none }
            runSearch(text, in: &view)
            clampScroll(&view)
            state.view = view
            return .none
        }
        guard var view = state.view else { return .none }
        switch purpose {
        case .search: break
        case .renameActor, .renameIssue: finishRename(text, purpose: purpose, in: &view)
        case .stanceActor(let sentence, let suggested): chooseStanceActor(text, sentence: sentence, suggested: suggested, in: view)
        case .stanceIssue(let sentence, let actor, let name, let suggested):
            chooseStanceIssue(text, sentence: sentence, actor: actor, actorName: name, suggested: suggested, in: view)
        case .mergeActor(let id, let name): finishMergeActor(text, id: id, name: name, in: &view)
        case .mergeIssue(let key, let label): finishMergeIssue(text, key: key, label: label, in: &view)
        case .affiliation(let id, let name): finishAffiliation(text, id: id, name: name, in: &view)
        case .stancePolarity, .actorKind: break
        }
        clampScroll(&view)
        state.view = view
        return .none
    }

    /// A key on a one-key prompt: a polarity, an actor kind's marker; another key leaves the
    /// prompt open.
    private func answerKey(_ key: Character, to purpose: PromptPurpose) {
        guard var view = state.view else { return }
        switch purpose {
        case .stancePolarity(let sentence, let actor, let name, let issue):
            let polarity: Polarity? = key == "+" ? .support : key == "-" ? .oppose : key == "0" ? .neutral : nil
            guard let polarity else {
                ask(purpose)
                return
            }
            finishAddStance(sentence: sentence, actor: actor, actorName: name, issue: issue, polarity: polarity, in: &view)
        case .actorKind(let id, let name):
            guard let kind = PromptPurpose.kindKeys.first(where: { $0.kind.marker == Character(key.uppercased()) })?.kind else {
                ask(purpose)
                return
            }
            finishKind(kind, id: id, name: name, in: &view)
        default:
            return
        }
        clampScroll(&view)
        state.view = view
    }

    /// Tab: the next actor name or issue label that begins with what was typed before the first Tab.
    private func completePrompt(_ prompt: String) {
        guard let kind = state.promptPurpose.completes, let view = state.view else { return }
        let typed = state.promptCompletion?.typed ?? prompt
        let article = state.entries[view.articleIndex].article
        let candidates = PromptChoice.completions(kind, of: typed, in: article, matrix: matrix(for: view),
                                                    excluding: state.promptPurpose.completionExcludes)
        guard !candidates.isEmpty else { return }
        let index = state.promptCompletion.map { ($0.index + 1) % candidates.count } ?? 0
        state.promptCompletion = PromptCompletion(typed: typed, index: index)
        state.prompt = candidates[index]
    }
}
