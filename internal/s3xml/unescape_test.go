package s3xml

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestUnescapeXML(t *testing.T) {
	cases := map[string]string{
		"":                            "",
		"plain":                       "plain",
		"a &lt;b&gt; &amp; c":         "a <b> & c",
		"&quot;x&quot; &apos;y&apos;": `"x" 'y'`,
		"line&#xD;&#xA;next":          "line\r\nnext",
		"&#65;&#x42;&#X43;":           "ABC",
		"&#128512;":                   "😀",
		// Not XML references: kept as written.
		"&nbsp; &copy; &":         "&nbsp; &copy; &",
		"&#; &#x; &#0; &#xD800;":  "&#; &#x; &#0; &#xD800;",
		"&#-1; &#+1; &#1_0;":      "&#-1; &#+1; &#1_0;",
		"&amp":                    "&amp",
		"X-Amz-A=1&amp;X-Amz-B=2": "X-Amz-A=1&X-Amz-B=2",
		"&&amp;&":                 "&&&",
	}
	for in, want := range cases {
		if got := unescapeXML(in); got != want {
			t.Errorf("unescapeXML(%q) = %q, want %q", in, got, want)
		}
	}
}

// The oracle: encoding/xml decodes well-formed character data the same way.
func TestUnescapeXMLMatchesEncodingXML(t *testing.T) {
	for _, s := range []string{"a&amp;b", "&lt;Code&gt;", "x&#10;y&#x9;z", "&quot;&apos;", "caf&#xE9;"} {
		var v struct {
			Text string `xml:",chardata"`
		}
		if err := xml.NewDecoder(strings.NewReader("<a>" + s + "</a>")).Decode(&v); err != nil {
			t.Fatal(err)
		}
		if got := unescapeXML(s); got != v.Text {
			t.Errorf("unescapeXML(%q) = %q, encoding/xml says %q", s, got, v.Text)
		}
	}
}
