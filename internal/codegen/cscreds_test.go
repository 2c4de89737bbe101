package codegen

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/brace"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// TestCsharpCtorEdit: the leading literal keys of new AmazonS3Client(…)
// go, or names bound to literals (here AccessKey and SecretKey), what
// follows them stays; a constructor without two such keys is left alone.
func TestCsharpCtorEdit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`new AmazonS3Client("AKIA_KEY_1", "SECRET_ACCESS_KEY_1", RegionEndpoint.USEast1)`, `new AmazonS3Client(RegionEndpoint.USEast1)`},
		{`new AmazonS3Client("AKIA_KEY_1", "SECRET_ACCESS_KEY_1", "SESSION_TOKEN_1", config)`, `new AmazonS3Client(config)`},
		{`new AmazonS3Client("AKIA_KEY_1", "SECRET_ACCESS_KEY_1")`, `new AmazonS3Client()`},
		{`new AmazonS3Client(RegionEndpoint.USEast1)`, ``},
		{`new AmazonS3Client(key, "SECRET_ACCESS_KEY_1", RegionEndpoint.USEast1)`, ``},
		{`new AmazonS3Client(AccessKey, SecretKey, RegionEndpoint.USEast1)`, `new AmazonS3Client(RegionEndpoint.USEast1)`},
		{`new AmazonS3Client(AccessKey, secret, RegionEndpoint.USEast1)`, ``},
	} {
		toks, _ := brace.Lex(c.in, source.Span{Start: 0, End: len(c.in)}, brace.CSharp)
		open := -1
		lit := map[int]bool{}
		for i, tk := range toks {
			if tk.Text == "(" && open < 0 {
				open = i
			}
			if tk.Text == "AccessKey" || tk.Text == "SecretKey" {
				lit[tk.Start] = true
			}
		}
		pe, ok := csharpCtorEdit(toks, open, lit)
		got := ""
		if ok {
			e := pe.Edits[0]
			got = c.in[:e.Start] + e.New + c.in[e.End:]
		}
		if got != c.want {
			t.Errorf("csharpCtorEdit(%s) = %q, want %q", c.in, got, c.want)
		}
	}
}
