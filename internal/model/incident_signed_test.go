package model

import "testing"

// A key written with variables matches the key its printed URL shows.
func TestKeyTemplateMatch(t *testing.T) {
	for _, tc := range []struct {
		tmpl, key string
		want      bool
	}{
		{"${GITHUB_SHA}/bundle.tgz", "4f2a9c1/bundle.tgz", true},
		{"uploads/$ID.csv", "uploads/42.csv", true},
		{"users/{user_id}/avatar-{size}.png", "users/7/avatar-64.png", true},
		{"reports/#{id}.pdf", "reports/2024-q1.pdf", true},
		{"exports/%s/%d.json", "exports/eu/3.json", true},
		{"${GITHUB_SHA}/bundle.tgz", "4f2a9c1/other.tgz", false},
		{"uploads/$ID.csv", "uploads/.csv", false}, // a variable is at least one character
		{"uploads/a.csv", "uploads/a.csv", false},  // no variable: equality's to tell
		{"${KEY}", "anything", false},              // no literal text: it tells nothing
		{"a/{x}/b", "a/1/c", false},
	} {
		if got := keyTemplateMatch(tc.tmpl, tc.key); got != tc.want {
			t.Errorf("keyTemplateMatch(%q, %q) = %v, want %v", tc.tmpl, tc.key, got, tc.want)
		}
	}
}
