import Markup

extension WebImporter {
    /// A plain-text body as UTF-8, read in the charset its Content-Type header names; a
    /// byte-order mark wins over the header, as in browsers. Nil when the header names no
    /// charset, or UTF-8, or one libxml2 cannot convert: the article model then reads the bytes
    /// as it reads a file (UTF-8 when valid, else Windows-1252).
    public static func plainTextAsUTF8(_ bytes: [UInt8], charset: String?) -> [UInt8]? {
        guard let charset else { return nil }
        if Charset.byteOrderMark(bytes) != nil { return Charset.utf8(bytes, declared: nil).bytes }
        let name = Charset.normalized(charset)
        if name == "UTF-8" { return nil }
        if name == "windows-1252" { return Charset.windows1252(bytes) }
        guard Markup.supportsEncoding(name) else { return nil }
        return Charset.utf8(bytes, declared: "charset=" + charset).bytes
    }
}
