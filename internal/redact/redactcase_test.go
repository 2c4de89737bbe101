package redact

import (
	"strings"
	"testing"
)

// redactCase is one paste of a slot table test: what must go, what must
// stay readable.
type redactCase struct {
	name       string
	in         string
	gone, kept []string
}

// runRedactCases redacts each case's paste and checks that every gone
// string went, every kept one stayed, and that redacting the result again
// changes nothing.
func runRedactCases(t *testing.T, cases []redactCase) {
	t.Helper()
	for _, tc := range cases {
		r := Redact(tc.in, Options{})
		for _, g := range tc.gone {
			if strings.Contains(r.Text, g) {
				t.Errorf("%s: %q survived in %q", tc.name, g, r.Text)
			}
		}
		for _, k := range tc.kept {
			if !strings.Contains(r.Text, k) {
				t.Errorf("%s: %q altered: %q", tc.name, k, r.Text)
			}
		}
		if again := Redact(r.Text, Options{}); again.Text != r.Text {
			t.Errorf("%s: not idempotent: %q -> %q", tc.name, r.Text, again.Text)
		}
	}
}
