/// An article's main language, told by the script its letters are written in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Chinese (Han characters dominate).
    case chinese = "zh"
    /// English (Latin letters dominate).
    case english = "en"
    /// Japanese (Kana present).
    case japanese = "ja"
    /// Korean (Hangul present).
    case korean = "ko"
    /// Too little text to tell.
    case undetermined = "und"
}
