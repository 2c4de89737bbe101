package redact

import (
	"strings"
	"testing"
)

func TestUnprefixedKeyIDPlaceholder(t *testing.T) {
	if k, ok := PlaceholderKind("ACCESS_KEY_ID_3"); !ok || k != KindAccessKeyID {
		t.Fatalf("PlaceholderKind(ACCESS_KEY_ID_3) = %q, %v", k, ok)
	}
	if p := KeyIDPrefix("ACCESS_KEY_ID_3"); p != "" {
		t.Fatalf("KeyIDPrefix(ACCESS_KEY_ID_3) = %q, want none", p)
	}
}

// TestStemKind: the switch PlaceholderKind reads is stems() itself, and
// placeholderHead holds every stem's first byte.
func TestStemKind(t *testing.T) {
	for stem, kind := range stems() {
		if k, ok := stemKind(stem); !ok || k != kind {
			t.Errorf("stemKind(%q) = %q, %v; stems() says %q", stem, k, ok, kind)
		}
		if !placeholderHead[stem[0]] {
			t.Errorf("placeholderHead lacks %q (stem %q)", stem[0], stem)
		}
	}
	for _, kind := range append(Kinds, "other") {
		want := "REDACTED"
		for stem, k := range stems() {
			if k == kind && !strings.HasPrefix(stem, "EXAMPLE") {
				want = stem
			}
		}
		if got := kindStem(kind); got != want {
			t.Errorf("kindStem(%q) = %q, stems() gives %q", kind, got, want)
		}
	}
	for _, s := range []string{"ACCESS_KEY", "SECRET", "redacted", "X", ""} {
		if _, ok := stemKind(s); ok {
			t.Errorf("stemKind(%q) is a stem", s)
		}
	}
}

// TestExampleValueLengths: isExampleValue skips the lookup for lengths no
// example value has.
func TestExampleValueLengths(t *testing.T) {
	for v := range exampleValues() {
		if !isExampleValue(v) {
			t.Errorf("isExampleValue(%q) = false", v)
		}
	}
}
