import Testing
@testable import WirewatchCore

@Suite struct HTMLTextTests {
    @Test func blocksBreaksAndLists() {
        let html = "<h1>Title</h1><p>First <b>para</b>graph.</p><p>Second<br>line</p><ul><li>one</li><li>two</li></ul>Tail"
        #expect(HTMLText.text(fromHTML: html) == "Title\n\nFirst paragraph.\n\nSecond\nline\n\none\ntwo\n\nTail")
    }

    @Test func dropsScriptsStylesCommentsAndTags() {
        let html = "<div>Keep<script>var x = '<p>no</p>';</script><style>p { color: red }</style><!-- gone --> this</div><img src=x alt=y>"
        #expect(HTMLText.text(fromHTML: html) == "Keep this")
        #expect(HTMLText.text(fromHTML: "<a href=\"x?a=1&b=2\" title='>'>link</a> text") == "link text")
    }

    @Test func decodesEveryKindOfReference() {
        #expect(HTMLText.text(fromHTML: "&amp; &lt;&gt; &quot;&apos; &eacute;&hellip; &#8220;x&#x201D; &nbsp;a&#160;b &copy 2024 &zzzz; AT&T")
            == "& <> \"' é… “x” a b © 2024 &zzzz; AT&T")
        // As in HTML5 text, a legacy name without `;` is taken even when letters follow.
        #expect(HTMLText.text(fromHTML: "&notit;") == "¬it;")
        #expect(HTMLText.text(fromHTML: "&NotNestedGreaterGreater; &fjlig; &#0; &#x110000; &#150;") == "⪢̸ fj � � –")
    }

    @Test func doublyEscapedMarkupIsConvertedToo() {
        #expect(HTMLText.text(fromHTML: "&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Again&lt;/p&gt;") == "Hello world\n\nAgain")
        #expect(HTMLText.text(fromHTML: "if a &lt; b then") == "if a < b then")
    }

    @Test func whiteSpaceIsNormalised() {
        #expect(HTMLText.text(fromHTML: "  lots \n\n of\t space  ") == "lots of space")
        #expect(HTMLText.text(fromHTML: "<pre>line 1\nline 2</pre>after") == "line 1\nline 2\n\nafter")
        #expect(HTMLText.text(fromHTML: "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>") == "a b\nc")
    }

    @Test func plainTextKeepsAngleBrackets() {
        #expect(HTMLText.text(fromPlain: Array("a <b> & c\n\n d".utf8)) == "a <b> & c d")
        #expect(HTMLText.text(fromHTML: "3 < 4 and 5 > 2") == "3 < 4 and 5 > 2")
    }
}
