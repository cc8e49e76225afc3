import GRDB

/// Why the library could not be opened or changed, said in one line that names the file and
/// what to do about it.
public struct LibraryError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, for callers that act on it (a test, a status line).
    public enum Kind: Sendable, Equatable {
        case notADatabase, corrupt, newerSchema, readOnly, diskFull, busy, cannotOpen, other
    }

    public let path: String
    public let kind: Kind
    public let reason: String

    public init(path: String, kind: Kind, reason: String) {
        self.path = path
        self.kind = kind
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }

    static func notADatabase(_ path: String) -> LibraryError {
        LibraryError(path: path, kind: .notADatabase,
                     reason: "not a Parley library (the file is not an SQLite database): move it away, or choose another file with --library")
    }

    static func corrupt(_ path: String) -> LibraryError {
        LibraryError(path: path, kind: .corrupt,
                     reason: "the library file is damaged: restore it from a backup, or move it away and add your articles again")
    }

    static func newerSchema(_ path: String) -> LibraryError {
        LibraryError(path: path, kind: .newerSchema,
                     reason: "the library was written by a newer Parley: upgrade Parley, or choose another file with --library")
    }

    static func readOnly(_ path: String) -> LibraryError {
        LibraryError(path: path, kind: .readOnly, reason: "the library is read-only: nothing can be added or changed")
    }

    static func diskFull(_ path: String) -> LibraryError {
        LibraryError(path: path, kind: .diskFull,
                     reason: "the disk is full: nothing of this change was saved and the library is as it was; free some space and try again")
    }

    /// The library error for an SQLite error met while using the file at `path`.
    static func from(_ error: any Error, path: String) -> LibraryError {
        if let error = error as? LibraryError { return error }
        guard let error = error as? DatabaseError else {
            return LibraryError(path: path, kind: .other, reason: "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB: return notADatabase(path)
        case .SQLITE_CORRUPT: return corrupt(path)
        case .SQLITE_FULL: return diskFull(path)
        case .SQLITE_READONLY: return readOnly(path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return LibraryError(path: path, kind: .busy, reason: "the library is busy in another Parley for too long: try again")
        case .SQLITE_CANTOPEN:
            return LibraryError(path: path, kind: .cannotOpen, reason: "cannot open the library (\(error.message ?? "unable to open the file"))")
        case .SQLITE_IOERR:
            return LibraryError(path: path, kind: .other, reason: "cannot read or write the library (\(error.message ?? "I/O error"))")
        default:
            return LibraryError(path: path, kind: .other, reason: "library error: \(error.message ?? "\(error.resultCode)")")
        }
    }
}
