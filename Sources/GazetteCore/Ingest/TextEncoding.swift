/// The character encodings Gazette recognises in article files.
public enum TextEncoding: String, Sendable, Hashable, Codable {
    /// UTF-8 without a byte order mark.
    case utf8 = "UTF-8"
    /// UTF-8 with a byte order mark.
    case utf8WithBOM = "UTF-8 (BOM)"
    /// UTF-16, little-endian, with a byte order mark.
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16, big-endian, with a byte order mark.
    case utf16BigEndian = "UTF-16BE"
    /// GB18030, which includes GBK and GB2312: common for Chinese files.
    case gb18030 = "GB18030"
}
