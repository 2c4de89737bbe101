package contentmd5format

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// TestDigestEdit: the hex digest the code sends becomes the base64 of the
// raw digest in the code's own language, and nothing is offered where the
// rewrite would not run as written (Python without base64 imported).
func TestDigestEdit(t *testing.T) {
	for _, c := range []struct{ name, text, expr, want string }{
		{"python", "import base64, hashlib\nmd5 = hashlib.md5(body).hexdigest()\n", "hashlib.md5(body).hexdigest()", "base64.b64encode(hashlib.md5(body).digest()).decode()"},
		{"python without base64", "import hashlib\nmd5 = hashlib.md5(body).hexdigest()\n", "hashlib.md5(body).hexdigest()", ""},
		{"node", "const md5 = crypto.createHash('md5').update(buf).digest('hex');\n", "crypto.createHash('md5').update(buf).digest('hex')", "crypto.createHash('md5').update(buf).digest('base64')"},
		{"ruby", "md5 = Digest::MD5.hexdigest(File.read(path))\n", "Digest::MD5.hexdigest(File.read(path))", "Digest::MD5.base64digest(File.read(path))"},
		{"md5sum output", "MD5=$(md5sum f | cut -d' ' -f1)\n", "md5sum f | cut -d' ' -f1", ""},
	} {
		ed := digestEdit(c.text, []model.Fact{{Expr: c.expr}})
		got := ""
		if len(ed) == 1 {
			got = ed[0].New
			if c.text[ed[0].Start:ed[0].End] != c.expr {
				t.Errorf("%s: the edit replaces %q, not the expression", c.name, c.text[ed[0].Start:ed[0].End])
			}
		}
		if got != c.want {
			t.Errorf("%s: edit %q, want %q", c.name, got, c.want)
		}
	}
}
