#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Environment variables, read one at a time.
enum Environment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The named variables that are set.
    static func values(_ names: String...) -> [String: String] {
        var result: [String: String] = [:]
        for name in names { result[name] = value(name) }
        return result
    }
}
