package presign

import (
	"runtime"
	"strings"
	"testing"
)

// pathological are pastes near the 2 MiB input limit made of many URLs, or
// of one URL with many repairs: a reader that rescans takes minutes on them.
func pathological(n int) map[string]string {
	return map[string]string{
		"many urls":      strings.Repeat("http://a.s3.amazonaws.com/k ", n/28),
		"many repairs":   "https://h.s3.amazonaws.com/k?X-Amz-Date=1" + strings.Repeat("&amp; ", n/6),
		"many lines":     "https://h.s3.amazonaws.com/k?X-Amz-Date=1&" + strings.Repeat("\nX-Amz-A=1&", n/11),
		"no scheme":      strings.Repeat("https:/ http:", n/13),
		"escaped scheme": strings.Repeat(`https:\/\/a `, n/12),
	}
}

// TestFindPathological reads the pathological pastes to the end (a
// quadratic reader shows up as a test timeout, and in the benchmark below;
// no wall-clock assertion here, these machines are shared).
func TestFindPathological(t *testing.T) {
	n := 1 << 20
	if testing.Short() || runtime.GOOS == "js" {
		n = 1 << 17
	}
	for name, text := range pathological(n) {
		for _, u := range Find(text) {
			if u.Span.Start < 0 || u.Span.End > len(text) || u.Span.Start > u.Span.End {
				t.Fatalf("%s: span %v out of bounds", name, u.Span)
			}
		}
		FindForms(text)
	}
}

// BenchmarkFindPathological reports the time per 1 MiB pathological paste.
func BenchmarkFindPathological(b *testing.B) {
	for name, text := range pathological(1 << 20) {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Find(text)
				FindForms(text)
			}
		})
	}
}
