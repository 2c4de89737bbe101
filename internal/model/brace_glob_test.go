package model

import "testing"

// TestGlobWildcard: an unclosed "/*" glued to a word is a resource or path
// wildcard beside the code; one after a space or at the start of a line is
// a comment left open.
func TestGlobWildcard(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"            - arn:aws:s3:::my-bucket/*\n", true},
		{"      Resource: !Sub '${Bucket.Arn}'/*\n", false}, // after a quote: not glued to a word
		{"const a = 1; /* started\n", false},
		{"/* header comment\n", false},
		{"paths: src/**/*.js\n", true},
	} {
		at := -1
		for i := len(c.text) - 2; i >= 0; i-- {
			if c.text[i] == '/' && c.text[i+1] == '*' {
				at = i
				break
			}
		}
		if got := globWildcard(c.text, at, "unclosed comment"); got != c.want {
			t.Errorf("globWildcard(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if globWildcard("a/*", 1, "unclosed string") {
		t.Error("only unclosed comments are wildcards")
	}
}
