package presign

import "testing"

// The URL's real end in a paste: what follows it (punctuation, quotes,
// brackets, markdown, an HTML attribute's closing quote written as an
// entity) belongs to the text around it, whatever the URL's last
// parameter is.
func TestURLEnds(t *testing.T) {
	tail := docsURL + "&x-id=GetObject"
	for _, c := range []struct{ name, text, want string }{
		{"sentence", "see " + docsURL + ".", docsURL},
		{"parenthesis", "(" + docsURL + ")", docsURL},
		{"markdown link", "[download](" + docsURL + ")", docsURL},
		{"markdown link with title", "[dl](" + tail + ` "title")`, tail},
		{"markdown bold", "**" + docsURL + "**", docsURL},
		{"backticks", "`" + docsURL + "`", docsURL},
		{"angle brackets", "<" + docsURL + ">", docsURL},
		{"json", `{"url": "` + tail + `"}`, tail},
		{"single quotes", "'" + tail + "',", tail},
		{"ellipsis", docsURL + "...", docsURL},
		{"html attribute", `<a href="` + docsURL + `">x</a>`, docsURL},
		{"html entity quote", `{&quot;url&quot;:&quot;` + docsURL + `&quot;}`, docsURL},
		{"html entity quote after x-id", `data-src=&quot;` + tail + `&quot;`, tail},
		{"html numeric quote", `&#34;` + docsURL + `&#34;`, docsURL},
		{"html entity apostrophe", `&#39;` + docsURL + `&#39;`, docsURL},
		{"html entity angle", `&lt;` + docsURL + `&gt;`, docsURL},
	} {
		t.Run(c.name, func(t *testing.T) {
			us := Find(c.text)
			if len(us) != 1 {
				t.Fatalf("found %d URLs", len(us))
			}
			if us[0].Raw != c.want {
				t.Errorf("URL read as %q\nwant %q", us[0].Raw, c.want)
			}
		})
	}
}
