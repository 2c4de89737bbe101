package timefmt

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// same checks ours against time.Parse on s: what ours accepts, time.Parse
// accepts as the same instant with the same offset; when strict, s is in
// the strict form and ours must accept it whenever time.Parse does.
func same(t *testing.T, layout, s string, ours func(string) (time.Time, bool), strict bool) {
	t.Helper()
	want, err := time.Parse(layout, s)
	got, ok := ours(s)
	if ok && err != nil || strict && !ok && err == nil {
		t.Errorf("%q: ours ok=%v, time.Parse(%q) err=%v", s, ok, layout, err)
		return
	}
	if !ok {
		return
	}
	_, wo := want.Zone()
	_, go_ := got.Zone()
	if !got.Equal(want) || wo != go_ {
		t.Errorf("%q: ours %v, time.Parse %v", s, got, want)
	}
}

// mutate returns s with a few random bytes replaced by bytes that matter
// to a date parser.
func mutate(r *rand.Rand, s string) string {
	b := []byte(s)
	alphabet := "0123456789-:+TZ.,tz GMTUC"
	for n := r.Intn(3); n >= 0; n-- {
		i := r.Intn(len(b))
		switch r.Intn(4) {
		case 0:
			b = append(b[:i], b[i+1:]...)
		default:
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		if len(b) == 0 {
			break
		}
	}
	return string(b)
}

func TestAgainstTimeParse(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	base := []time.Time{
		time.Date(2026, 12, 5, 19, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 23, 59, 59, 123456789, time.UTC),
		time.Date(1999, 12, 31, 0, 0, 0, 0, time.FixedZone("", -7*3600)),
		time.Date(2030, 1, 1, 12, 30, 45, 5e8, time.FixedZone("", 5*3600+30*60)),
	}
	cases := []struct {
		layout string
		ours   func(string) (time.Time, bool)
		fixed  []string
	}{
		{"20060102T150405Z", AmzDate, []string{"20261205T190000Z", "20250229T000000Z", "20241331T000000Z", "20241201T240000Z", "20241201T235960Z", "2024121T0000000Z", "20261205T190000z", ""}},
		{time.RFC3339, RFC3339, []string{"2026-12-05T19:00:00Z", "2026-12-05T19:00:00.5Z", "2026-12-05T19:00:00,5Z", "2026-12-05T19:00:00.Z", "2026-12-05T19:00:00.1234567891Z",
			"2026-12-05T19:00:00+05:30", "2026-12-05T19:00:00-23:59", "2026-12-05T19:00:00+0530", "2026-04-31T00:00:00Z", "2026-12-05 19:00:00Z", "2026-12-05T19:00:00", "2026-12-05T19:00:00z"}},
		{time.RFC1123, HTTPDate, []string{"Sat, 05 Dec 2026 19:00:00 GMT", "Sat, 05 Dec 2026 19:00:00 UTC", "Sun, 31 Apr 2026 19:00:00 GMT", "Xyz, 05 Dec 2026 19:00:00 GMT", "Sat, 5 Dec 2026 19:00:00 GMT"}},
		{time.RFC1123Z, HTTPDate, []string{"Sat, 05 Dec 2026 19:00:00 -0700", "Sat, 05 Dec 2026 19:00:00 +0000", "Sat, 05 Dec 2026 19:00:00 +2359", "Sat, 05 Dec 2026 19:00:00 +07:00"}},
	}
	for _, c := range cases {
		for _, s := range c.fixed {
			same(t, c.layout, s, c.ours, true)
		}
		for _, b := range base {
			s := b.Format(c.layout)
			if c.layout == time.RFC1123 {
				s = b.UTC().Format(c.layout) // GMT or UTC names only
			}
			same(t, c.layout, s, c.ours, true)
			for i := 0; i < 3000; i++ {
				m := mutate(r, s)
				if c.layout == time.RFC1123 && !strings.HasSuffix(m, " UTC") && !strings.HasSuffix(m, " GMT") {
					continue // time.Parse takes any zone abbreviation; we take GMT and UTC
				}
				same(t, c.layout, m, c.ours, false)
			}
		}
	}
}
