import Testing
import TerminalCore
@testable import Reader

@Suite("Reader loop on an in-memory screen")
@MainActor
struct ReaderLoopTests {
    @Test func framesFollowKeysResizesAndRepaints() throws {
        let harness = try ReaderHarness(articles: [Fixtures.fishing], size: Size(width: 80, height: 24))
        let screen = MemoryScreen(size: Size(width: 80, height: 24))
        ReaderLoop.start(app: harness.app, screen: screen)
        #expect(screen.frames.count == 1)
        #expect(ReaderLoop.handle(.character("]"), app: harness.app, screen: screen))
        #expect(screen.current?.lines[23].hasPrefix(" Norway: mention 1 of 2") == true)
        screen.size = Size(width: 120, height: 40)
        #expect(ReaderLoop.handle(.resize, app: harness.app, screen: screen))
        #expect(screen.current?.size == Size(width: 120, height: 40))
        #expect(ReaderLoop.handle(.control("l"), app: harness.app, screen: screen))
        #expect(screen.invalidations == 1)
        #expect(!ReaderLoop.handle(.character("q"), app: harness.app, screen: screen))
        #expect(screen.frames.count == 4)
    }
}
