package brace

import "testing"

// TestCarbon: Laravel's now()->addX(n) chains are seconds from now; other
// expressions are not read.
func TestCarbon(t *testing.T) {
	for s, want := range map[string]int64{
		"now()->addMinutes(10)":                      600,
		"now()->addDays(8)":                          691200,
		"Carbon::now()->addHours(1)->addMinutes(30)": 5400,
		"\\Carbon\\Carbon::now()->addWeek(1)":        604800,
		"now() -> addSeconds( 45 )":                  45,
	} {
		if got, ok := carbon(s); !ok || got != want {
			t.Errorf("%s: %d %v, want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"now()", "now()->subDays(1)", "$expiry", "time() + 600"} {
		if got, ok := carbon(s); ok {
			t.Errorf("%s: read as %d", s, got)
		}
	}
}
