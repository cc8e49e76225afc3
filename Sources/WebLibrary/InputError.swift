/// A problem with one input (a file, a URL, standard input), named the way the user typed it:
/// printed as `NAME: reason`.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
