/// Which model produced an analysis: the library keeps each article's analysis under this
/// version and analyses the article again only when it changes.
///
/// The version is derived, never kept by hand: `ModelFingerprint.value` is a hash of every
/// Swift source of the model (its code and its compiled-in word lists, lexicon and cues),
/// regenerated with them and checked by `ModelFingerprintTests`, so that any change to what
/// can change an analysis changes the version. A user's own lexicon adds a hash of its bytes.
public enum ModelVersion {
    /// The bundled model: the fingerprint of its sources.
    public static let bundled = "m\(ModelFingerprint.value)"

    /// The model with a user's lexicon added: the bundled version and a hash of the file's bytes.
    public static func with(userLexicon bytes: [UInt8]?) -> String {
        guard let bytes, !bytes.isEmpty else { return bundled }
        return bundled + "-u" + fingerprint(of: bytes)
    }

    /// A 64-bit FNV-1a hash of `bytes`, as 16 hexadecimal digits: the fingerprint of data files.
    public static func fingerprint(of bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The fingerprint of a set of source files: each file's path and bytes, in path order, so
    /// that renaming, adding or removing a file changes it as editing one does.
    public static func fingerprint(ofFiles files: [(path: String, bytes: [UInt8])]) -> String {
        var bytes: [UInt8] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            bytes += Array(file.path.utf8) + [0]
            bytes += file.bytes + [0]
        }
        return fingerprint(of: bytes)
    }
}
