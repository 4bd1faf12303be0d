import Foundation
@testable import GazetteCore
import Testing

/// Inline styles for mail clients that ignore `<style>`: only listed opening tags get them, whatever they carry.
@Suite struct EmailStylerTests {
    @Test func listedOpeningTagsGetTheirStyleWithOrWithoutAttributes() {
        let styled = EmailStyler.inlineStyles(#"<p>See <a href="https://x.test/">the paper</a>.</p>"#)
        #expect(styled == #"<p style="margin:0 0 12px 0;">See <a style="color:#1a5fb4;text-decoration:underline;" "#
            + #"href="https://x.test/">the paper</a>.</p>"#)
    }

    @Test func imagesGetTheColumnWidthBeforeTheirStyle() {
        #expect(EmailStyler.inlineStyles(#"<img src="a.png" alt="">"#)
            == #"<img width="536" style="max-width:100%;height:auto;border:0;" src="a.png" alt="">"#)
        #expect(EmailStyler.inlineStyles("<img>") == #"<img width="536" style="max-width:100%;height:auto;border:0;">"#)
    }

    @Test func otherTagsClosingTagsAndTextAreLeftAlone() {
        let html = "<abbr>a</abbr><pre>x</pre><h1>t</h1><P>upper</P><a\n>1 &lt; 2 中文</a><"
        #expect(EmailStyler.inlineStyles(html) == html)
    }

    @Test func nestedListsAndTablesAreAllStyled() {
        let styled = EmailStyler.inlineStyles(
            "<ul>\n<li>one<ol><li>two</li></ol></li>\n</ul><table><tr><th>h</th><td>d</td></tr></table>")
        #expect(styled.components(separatedBy: "style=").count - 1 == 7)
        #expect(!styled.contains("<li>") && !styled.contains("<td>") && styled.contains("<tr>"))
    }
}
