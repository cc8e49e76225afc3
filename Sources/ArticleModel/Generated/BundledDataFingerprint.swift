// Generated from Generated/*.swift by `PARLEY_REGENERATE=1 swift test --filter BundledData`.
// Do not edit: the hash of BundledCueForms.swift, BundledCues.swift, BundledLexiconIndex.swift, BundledRoles.swift, BundledWordClasses.swift, BundledWordSets.swift.

/// The bundled data's part of `ModelVersion`.
enum BundledDataFingerprint {
    static let value = "32407350541c13f3"
}
