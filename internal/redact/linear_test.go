package redact

import (
	"runtime"
	"strings"
	"testing"
)

// pathological are pastes near the 2 MiB input limit aimed at each layer: a
// detector that rescans shows up as a test timeout (and in the benchmark
// below); no wall-clock assertion, these machines are shared.
func pathological(n int) map[string]string {
	long := "aws_secret_access_key = " + strings.Repeat("Q", 4000) + "Z\n"
	return map[string]string{
		"value prefix repeated": long + strings.Repeat("Q", n),
		"quote joins":           strings.Repeat(`"a" + "b" `, n/10),
		"hard wraps":            strings.Repeat(strings.Repeat("x", 79)+"y\n", n/81),
		"percent 25":            strings.Repeat("%25", n/3),
		"entities":              strings.Repeat("&#x3D;&amp", n/10),
		"table rows":            "| Access key ID | Secret key |\n|---|---|\n" + strings.Repeat("| a1b2c3 | d4e5f6 |\n", n/20),
		"signature lines":       strings.Repeat("Signature:\n", n/11),
		"netrc":                 strings.Repeat("machine h login u password ", n/27),
		"wrapped base64":        strings.Repeat(strings.Repeat("QUJD", 19)+"\n", n/77),
		"name fields":           strings.Repeat(`{"name": "password", `, n/21),
		"constructors":          strings.Repeat(`NewStaticCredentialsProvider("a", `, n/34),
		"cookies":               "Cookie: " + strings.Repeat("a=bcdef; ", n/9),
	}
}

// TestRedactPathological redacts every pathological paste to the end.
func TestRedactPathological(t *testing.T) {
	n := 1 << 20
	if testing.Short() || runtime.GOOS == "js" {
		n = 1 << 16
	}
	for name, text := range pathological(n) {
		r := Redact(text, Options{})
		for _, x := range r.Redactions {
			if x.Start < 0 || x.End > len(r.Text) || x.Start > x.End {
				t.Fatalf("%s: span %+v out of bounds", name, x)
			}
		}
	}
}

// BenchmarkRedactPathological reports the time per 1 MiB pathological paste.
func BenchmarkRedactPathological(b *testing.B) {
	for name, text := range pathological(1 << 20) {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				Redact(text, Options{})
			}
		})
	}
}
