import CNcursesw
import Glibc
import TerminalCore

/// What the terminal reported while the program waited.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// The terminal went away (SSH dropped, window closed): nothing more can be read.
    case inputClosed
    /// SIGINT, SIGTERM or SIGHUP arrived.
    case signal(Int32)
    /// Nothing happened within the wait.
    case timeout
    /// The descriptor given to `nextEvent(waitingUpTo:wakingOn:)` became readable: work done
    /// in the background has something to report.
    case wake
}

/// Why curses could not start.
public enum TerminalStartError: Error, Equatable, CustomStringConvertible {
    case noTerminal
    case unknownTerminalType(String)

    public var description: String {
        switch self {
        case .noTerminal: return "no terminal to draw on (standard output or /dev/tty is not a terminal)"
        case .unknownTerminalType(let name): return "terminal type '\(name)' is unknown or cannot address the cursor"
        }
    }
}

/// A real terminal driven by ncurses: starts and restores the screen, shows frames by writing
/// only the cells that changed, and reads keys (from /dev/tty when standard input is a pipe).
@MainActor
public final class CursesTerminal: Screen {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    private let colors: CursesColors
    private var lastFrame: CellGrid?
    /// The last style written, with its curses attributes and colour pair.
    private var styleCache: (style: Style?, attributes: attr_t, pair: Int16, template: cchar_t) = (nil, 0, 0, cchar_t())
    /// The cells of one run, reused from frame to frame.
    private var runBuffer: [cchar_t] = []
    private var running = true

    public private(set) var size: Size
    public var supportsColor: Bool { colors.enabled }
    /// Colours the terminal has: 0 without colour, usually 8, 16 or 256.
    public var colorCount: Int { colors.colorCount }

    /// Starts curses on standard output, reading keys from standard input or, when that is not
    /// a terminal, from /dev/tty. `useColor: false` keeps the terminal's colours untouched.
    public init(useColor: Bool) throws {
        cnc_setlocale_from_environment()
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalStartError.noTerminal }
        if isatty(STDIN_FILENO) == 1, let stdinFile = fdopen(dup(STDIN_FILENO), "r") {
            input = stdinFile
        } else if let tty = fopen("/dev/tty", "r") {
            input = tty
        } else {
            throw TerminalStartError.noTerminal
        }
        let termName = getenv("TERM").map { String(cString: $0) } ?? ""
        guard let outputFile = fdopen(dup(STDOUT_FILENO), "w") else {
            fclose(input)
            throw TerminalStartError.noTerminal
        }
        output = outputFile
        guard let started = newterm(nil, output, input) else {
            fclose(input)
            fclose(output)
            throw TerminalStartError.unknownTerminalType(termName.isEmpty ? "(unset)" : termName)
        }
        screen = started
        set_term(screen)
        guard let main = cnc_stdscr() else {
            endwin()
            delscreen(screen)
            fclose(input)
            fclose(output)
            throw TerminalStartError.noTerminal
        }
        window = main
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        nodelay(window, true)
        idlok(window, true)  // let curses scroll regions of the terminal instead of rewriting rows
        set_escdelay(25)
        // The cursor is hidden: leave it wherever the last write ended instead of moving it back
        // after every frame.
        if curs_set(0) != CNC_ERR { leaveok(window, true) }
        colors = CursesColors(enabled: useColor)
        size = Size(width: Int(cnc_cols()), height: Int(cnc_lines()))
    }

    /// Restores the terminal to how it was. Safe to call more than once.
    public func stop() {
        guard running else { return }
        running = false
        curs_set(1)
        endwin()
        delscreen(screen)
        fclose(input)
        fclose(output)
    }

    // MARK: - Output

    /// True when terminfo gives the terminal an `Ms` capability: it accepts OSC 52.
    public var canCopyToClipboard: Bool { cnc_has_string_capability("Ms") != 0 }

    /// Sets the terminal's clipboard with OSC 52, the text base64-encoded (so nothing in it can
    /// act as a control sequence); does nothing where the terminal does not declare support.
    public func copyToClipboard(_ text: String) {
        guard running, canCopyToClipboard else { return }
        let sequence = "\u{1B}]52;c;" + Base64.encode(Array(text.utf8)) + "\u{07}"
        fputs(sequence, output)
        fflush(output)
    }

    public func show(_ frame: CellGrid) {
        guard running else { return }
        let previous = lastFrame.flatMap { $0.size == frame.size ? $0 : nil }
        let width = frame.size.width
        func needsWrite(_ x: Int, _ y: Int) -> Bool {
            let cell = frame[x, y]
            guard !cell.isContinuation else { return false }
            guard let previous else { return true }
            if previous[x, y] != cell { return true }
            return x + 1 < width && frame[x + 1, y].isContinuation && previous[x + 1, y] != frame[x + 1, y]
        }
        for y in 0..<frame.size.height {
            var x = 0
            while x < width {
                guard needsWrite(x, y) else {
                    x += 1
                    continue
                }
                // Runs of plain ASCII cells (most of a frame) go to curses in one call.
                var end = x
                while end < width, end == x || needsWrite(end, y), CursesTerminal.singleASCII(frame[end, y]) != nil { end += 1 }
                if end > x {
                    writeRun(frame, from: x, to: end, y: y)
                    x = end
                    continue
                }
                write(frame[x, y], x: x, y: y, wide: x + 1 < width && frame[x + 1, y].isContinuation)
                x += 1
            }
        }
        lastFrame = frame
        wnoutrefresh(window)
        doupdate()
    }

    /// Scrolls the region on the terminal first (one short escape sequence instead of
    /// rewriting every row), then writes what still differs: the new rows and whatever shares
    /// those rows beside the scrolled pane.
    public func show(_ frame: CellGrid, scrolled rows: Range<Int>, by lines: Int) {
        guard running, let previous = lastFrame, previous.size == frame.size, lines != 0, abs(lines) < rows.count,
              rows.lowerBound >= 0, rows.upperBound <= frame.size.height else {
            show(frame)
            return
        }
        // Scrolling moves whatever shares those rows too (panes beside the article), which then
        // has to be redrawn: scroll only when that costs less than redrawing the rows.
        let scrolled = previous.scrolling(rows, by: lines)
        // The estimate overstates a redraw (curses reuses what is already on the terminal), so
        // scroll only when it looks much cheaper. Measured with ttybench on a 128 KB article:
        // at 200x50 a line costs 3.6 KB scrolled against 4.2 KB redrawn; at 80x24 the redraw wins.
        let scrollCost = FrameCost.estimate(from: scrolled, to: frame) + 24, directCost = FrameCost.estimate(from: previous, to: frame)
        guard scrollCost * 5 < directCost * 3 else {
            show(frame)
            return
        }
        wsetscrreg(window, Int32(rows.lowerBound), Int32(rows.upperBound - 1))
        scrollok(window, true)
        wscrl(window, Int32(lines))
        scrollok(window, false)
        wsetscrreg(window, 0, Int32(frame.size.height - 1))
        // The scroll goes out on its own: curses recognises it only while whole rows still match
        // (the panes beside the article change in the next update).
        wnoutrefresh(window)
        doupdate()
        lastFrame = scrolled
        show(frame)
    }

    public func invalidate() {
        lastFrame = nil
        clearok(window, true)
    }

    /// The character of a cell that holds one printable ASCII character (one column wide).
    private static func singleASCII(_ cell: Cell) -> UInt8? {
        let bytes = cell.text.utf8
        guard bytes.count == 1, let byte = bytes.first, byte.isPrintableASCII else { return nil }
        return byte
    }

    /// Writes cells `from..<to` of row `y`, all single ASCII characters, with one curses call:
    /// each cell is a copy of its style's template with the character put in.
    private func writeRun(_ frame: CellGrid, from start: Int, to end: Int, y: Int) {
        runBuffer.removeAll(keepingCapacity: true)
        for x in start..<end {
            let cell = frame[x, y]
            useStyle(cell.style)
            var complex = styleCache.template
            complex.chars.0 = wchar_t(CursesTerminal.singleASCII(cell) ?? 0x20)
            runBuffer.append(complex)
        }
        runBuffer.withUnsafeMutableBufferPointer { cells in
            _ = mvwadd_wchnstr(window, Int32(y), Int32(start), cells.baseAddress, Int32(cells.count))
        }
    }

    /// Works out a style's curses attributes, colour pair and a blank template cell, once per
    /// run of cells that share it.
    private func useStyle(_ style: Style) {
        guard style != styleCache.style else { return }
        var attributes = CNC_A_NORMAL
        if style.attributes.contains(.bold) { attributes |= CNC_A_BOLD }
        if style.attributes.contains(.dim) { attributes |= CNC_A_DIM }
        if style.attributes.contains(.underline) { attributes |= CNC_A_UNDERLINE }
        if style.attributes.contains(.reverse) { attributes |= CNC_A_REVERSE }
        if style.attributes.contains(.italic) { attributes |= CNC_A_ITALIC }
        let pair = colors.pair(for: style)
        var template = cchar_t()
        setcchar(&template, [wchar_t(32), 0], attributes, pair, nil)
        styleCache = (style, attributes, pair, template)
    }

    private func write(_ cell: Cell, x: Int, y: Int, wide: Bool) {
        useStyle(cell.style)
        let (_, attributes, pair, _) = styleCache
        var complex = cchar_t()
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { characters in
            var count = 0
            for scalar in cell.text.unicodeScalars.prefix(5) {
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 {
                characters[0] = 32
                count = 1
            }
            characters[count] = 0
            _ = setcchar(&complex, characters.baseAddress!, attributes, pair, nil)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &complex)
        // Where curses measures a wide character as narrow, clear the cell we reserved for it.
        if wide, getcurx(window) == Int32(x + 1) {
            var blank = styleCache.template
            wadd_wch(window, &blank)
        }
    }

    // MARK: - Input

    /// Waits up to `milliseconds` (forever when nil) for a key, a signal, the terminal closing,
    /// or, when `wakeDescriptor` is given, for that descriptor to become readable (a pipe that
    /// background work writes to when it has a result).
    public func nextEvent(waitingUpTo milliseconds: Int32? = nil, wakingOn wakeDescriptor: Int32? = nil) -> TerminalEvent {
        if let signalNumber = SignalWatcher.received { return .signal(signalNumber) }
        if let key = pendingKey() { return key }
        var descriptors = [pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0)]
        if let wakeDescriptor { descriptors.append(pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)) }
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds ?? -1)
        if let signalNumber = SignalWatcher.received { return .signal(signalNumber) }
        if ready < 0 {
            return pendingKey() ?? .timeout  // EINTR: SIGWINCH turns into KEY_RESIZE here
        }
        if ready == 0 { return pendingKey() ?? .timeout }
        if descriptors.count > 1, descriptors[1].revents != 0 { return pendingKey() ?? .wake }
        let descriptor = descriptors[0]
        if descriptor.revents & Int16(POLLIN) == 0, descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            return .inputClosed
        }
        if let key = pendingKey() { return key }
        // Readable but nothing decoded: end of file on the terminal.
        var probe = pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0)
        if poll(&probe, 1, 0) > 0, probe.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .inputClosed }
        var byte: UInt8 = 0
        if probe.revents & Int16(POLLIN) != 0, recv(fileno(input), &byte, 1, Int32(MSG_PEEK)) == 0 { return .inputClosed }
        return .timeout
    }

    private func pendingKey() -> TerminalEvent? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == CNC_ERR { return nil }
        if result == KEY_CODE_YES {
            if Int32(character) == CNC_KEY_RESIZE {
                size = Size(width: Int(cnc_cols()), height: Int(cnc_lines()))
                lastFrame = nil
                return .key(.resize)
            }
            return CursesKeys.key(forFunctionCode: Int32(character)).map(TerminalEvent.key)
                ?? .timeout
        }
        return CursesKeys.key(forCharacter: UInt32(character)).map(TerminalEvent.key) ?? .timeout
    }
}
