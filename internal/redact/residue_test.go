package redact

import (
	"encoding/base64"
	"math/rand/v2"
	"strings"
	"testing"
)

// Layer 3 on its own: a long random value in no slot and of no known shape
// goes as an unknown secret; benign shapes in benign positions stay.
func TestResidue(t *testing.T) {
	secrets := []string{
		"Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A5Qk3xR7tW",
		"q8Vb2Xr9LmK3pZt7Wn4Yc6Hd1Js5Fg0Qa2Ue8Io4",
		"a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ+/Ab",
		// an Azure storage key (86 base64 characters and "==") whose first
		// segment before a '/' happens to be five lower-case letters
		"pppno/ZpUEi+xhR6zdNFEVqXeGupfPYeMdW9xBBI11ZUl8f/Y9+asgGeP4h54hbz3vSlFp9EtqLvxOeVOt4+SM==",
		// a segment of five lower-case letters between two '/', in a run
		// that ends in "==" without being a multiple of 4 long
		// (FuzzPlantedSlot's forum-prose) or that holds a '+'
		"lF+thLAyGxjC2fPJKc5/yypbj/HvvQlU8sHze7NkOYkQ6Y1B==",
		"lF+thLAyGxjC2fPJKc5/yypbj/HvvQlU8sHze7NkOYkQ6Y1B",
	}
	for _, v := range secrets {
		for _, paste := range []string{"then it printed " + v + " and stopped", "x " + v + "\n", "[" + v + "]"} {
			r := Redact(paste, Options{})
			if strings.Contains(r.Text, v) {
				t.Errorf("residue survived: %q", r.Text)
			}
		}
	}
	policy := base64.StdEncoding.EncodeToString([]byte(`{"expiration":"2024-01-15T15:00:00Z","conditions":[{"bucket":"demo"},["starts-with","$key","uploads/"]]}`))
	benign := []string{
		"<HostId>9Gjjt1m+cjU4OPvX9O9/8RuvnG41MRb/18Oux2o5H5MY7ISNTlXN+Dz9IG62/ILVxhAGI0qyPfg=</HostId>",
		"x-amz-id-2: 9Gjjt1m+cjU4OPvX9O9/8RuvnG41MRb/18Oux2o5H5MY7ISNTlXN+Dz9IG62/ILVxhAGI0qyPfg=",
		`<script src="x.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"></script>`,
		"<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\">",
		"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7mZtY3x2vWq9PbL0R5sKdQ8uJhXo4NcT1fGzEy6aM user@host",
		"<UploadId>VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId>",
		"commit 3f786850e387550fdab836ed7e6dc881de23001b",
		"GET s3://acme/reports/2024/Zk3mQ9xLw2Vb7Tn5Rp8Yc4Hd6Js1Fg0Qa/x.pdf",
		"copied to uploads/ZK3mQ9xLw2Vb7Tn5Rp8Yc4Hd6Js1Fg0Qa/photos/a.png",
		"request 9f1c2d3e-4b5a-6789-abcd-ef0123456789 failed",
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		"AbstractAnnotationConfigDispatcherServletInitializer",
		`<input type="hidden" name="Policy" value="` + policy + `">`,
		"s3://my-bucket/uploads/2024/01/15/invoice-2024-0001.pdf",
	}
	for _, b := range benign {
		if r := Redact(b, Options{}); r.Text != b {
			t.Errorf("benign altered:\n%s\n%s", b, r.Text)
		}
	}
	// a policy that carries a credential goes whole
	withKey := base64.StdEncoding.EncodeToString([]byte(`{"conditions":[{"x-amz-credential":"minioadmin/20240115/us-east-1/s3/aws4_request"}]}`))
	if r := Redact("policy blob "+withKey, Options{}); strings.Contains(r.Text, withKey) {
		t.Errorf("base64 policy holding a credential survived: %q", r.Text)
	}
	if r := Redact("policy blob "+withKey, Options{}); len(r.Redactions) == 0 || r.Redactions[0].Kind != KindAccessKeyID {
		t.Errorf("base64 policy: %+v", r.Redactions)
	}
	r := Redact("then it printed "+secrets[0], Options{})
	if len(r.Redactions) != 1 || r.Redactions[0].Kind != KindUnknownSecret || !strings.HasPrefix(r.Redactions[0].Placeholder, "UNKNOWN_SECRET_") {
		t.Errorf("residue kind: %+v", r.Redactions)
	}
}

// highEntropyRef is highEntropy's character loop written with branches
// (as it was before it went without): the two must agree.
func highEntropyRef(v string) (up, lo, dig, wordy int) {
	run := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'A' && c <= 'Z':
			up++
		case c >= 'a' && c <= 'z':
			lo++
		case c >= '0' && c <= '9':
			dig++
		}
		if c >= 'a' && c <= 'z' {
			run++
		} else {
			if run >= 4 {
				wordy += run
			}
			run = 0
		}
	}
	if run >= 4 {
		wordy += run
	}
	return
}

func TestHighEntropyCounts(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alpha := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=_-.~ \x00\xff"
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.IntN(90))
		for k := range b {
			if r.IntN(3) == 0 {
				b[k] = byte('a' + r.IntN(26)) // lower-case runs
			} else {
				b[k] = alpha[r.IntN(len(alpha))]
			}
		}
		v := string(b)
		up, lo, dig, wordy := highEntropyRef(v)
		var cnt [256]int
		gu, gl, gd, gw := entropyCounts(v, &cnt)
		if up != gu || lo != gl || dig != gd || wordy != gw {
			t.Fatalf("%q: counts %d %d %d %d, want %d %d %d %d", v, gu, gl, gd, gw, up, lo, dig, wordy)
		}
	}
}
