/// Which model produced an analysis: the library keeps each article's analysis under this
/// version and analyses the article again only when it changes.
///
/// The version is derived, never kept by hand as a whole: `BundledDataFingerprint.value` is a
/// hash of the compiled-in word lists, lexicon and cues (regenerated with them, and checked by
/// the bundled-data tests), `rulesRevision` stands for the code, and a user's own lexicon adds
/// a hash of its bytes.
public enum ModelVersion {
    /// Bump when a change to the rules (actors, issues, stances, text layout) changes what the
    /// model finds in an article, so that stored analyses are redone.
    public static let rulesRevision = 1

    /// The bundled model: data fingerprint and rules revision.
    public static let bundled = "d\(BundledDataFingerprint.value)-r\(rulesRevision)"

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
}
