import Foundation
import Testing
import ArticleModel
@testable import Reader

@Suite("README")
struct DocumentationTests {
    let readme: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test("Every key binding is in the README's key table")
    func keysAreDocumented() {
        for binding in Keymap.bindings {
            let keys = Keymap.keyNames(binding) == "1-9" ? "`1`-`9`" : binding.keys.map { "`\($0.description)`" }.joined(separator: " ")
            #expect(readme.contains("| \(keys) | \(binding.help) |"), "README lacks \(keys)")
        }
    }

    @Test("Every actor kind's marker is in the README's legend and its name in the JSON schema")
    func kindsAreDocumented() {
        for kind in ActorKind.allCases where kind != .other {
            #expect(readme.contains("`\(kind.marker)` \(kind.rawValue)"), "README's legend lacks \(kind.marker) \(kind.rawValue)")
            #expect(readme.contains("`\(kind.rawValue)`"), "README's schema lacks \(kind.rawValue)")
        }
        #expect(HelpOverlay.lines(theme: .compiledDefault).contains("Kinds: C country  G government  P person  O organisation  B company  Y party  R group"))
    }

    @Test("The README gives the test command that .ci/run runs")
    func testCommandMatchesCI() throws {
        let ci = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(readme.contains("\nswift test "))
        #expect(ci.contains("\nswift test\n"))
    }
}
