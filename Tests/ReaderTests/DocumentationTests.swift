import Foundation
import Testing
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

    @Test("The README gives the test command that .ci/run runs")
    func testCommandMatchesCI() throws {
        let ci = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(readme.contains("\nswift test "))
        #expect(ci.contains("\nswift test\n"))
    }
}
