package expiry

import "testing"

func TestIn(t *testing.T) {
	for _, c := range []struct {
		lang, old string
		secs      int64
		want      string
	}{
		{"python", "3600 * 24 * 14", 604800, "604800"},
		{"python", "'2024-01-01'", 604800, ""},
		{"javascript", "60 * 60 * 24 * 30", 604800, "604800"},
		{"ruby", "1_209_600", 3600, "3600"},
		{"go", "240 * time.Hour", 604800, "7 * 24 * time.Hour"},
		{"go", "ttl", 3600, "time.Hour"},
		{"go", "2 * time.Hour", 5400, "5400 * time.Second"},
		{"go", "48 * time.Hour", 7200, "2 * time.Hour"},
		{"java", "Duration.ofDays(30)", 604800, "Duration.ofDays(7)"},
		{"java", "expiration", 604800, ""},
		{"java", "900000", 604800, "604800"},
		{"csharp", "DateTime.UtcNow.AddDays(30)", 604800, "DateTime.UtcNow.AddDays(7)"},
		{"csharp", "DateTime.UtcNow.AddMinutes(90)", 3600, "DateTime.UtcNow.AddHours(1)"},
		{"php", "'+30 days'", 604800, "'+7 days'"},
		{"php", `"+2 hours"`, 3600, `"+1 hour"`},
		{"php", "$ttl", 3600, ""},
	} {
		if got := In(c.lang, c.old, c.secs); got != c.want {
			t.Errorf("In(%s, %q, %d) = %q, want %q", c.lang, c.old, c.secs, got, c.want)
		}
	}
}
