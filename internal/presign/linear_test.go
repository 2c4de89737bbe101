package presign

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestFindIsLinear guards against rescanning: pastes near the 2 MiB input
// limit made of many URLs, or of one URL with many repairs, read quickly.
func TestFindIsLinear(t *testing.T) {
	n := 1 << 20
	if testing.Short() || runtime.GOOS == "js" {
		n = 1 << 17
	}
	for name, text := range map[string]string{
		"many urls":      strings.Repeat("http://a.s3.amazonaws.com/k ", n/28),
		"many repairs":   "https://h.s3.amazonaws.com/k?X-Amz-Date=1" + strings.Repeat("&amp; ", n/6),
		"many lines":     "https://h.s3.amazonaws.com/k?X-Amz-Date=1&" + strings.Repeat("\nX-Amz-A=1&", n/11),
		"no scheme":      strings.Repeat("https:/ http:", n/13),
		"escaped scheme": strings.Repeat(`https:\/\/a `, n/12),
	} {
		start := time.Now()
		Find(text)
		FindForms(text)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: %v", name, d)
		}
	}
}
