package redact

import "testing"

func TestUnprefixedKeyIDPlaceholder(t *testing.T) {
	if k, ok := PlaceholderKind("ACCESS_KEY_ID_3"); !ok || k != KindAccessKeyID {
		t.Fatalf("PlaceholderKind(ACCESS_KEY_ID_3) = %q, %v", k, ok)
	}
	if p := KeyIDPrefix("ACCESS_KEY_ID_3"); p != "" {
		t.Fatalf("KeyIDPrefix(ACCESS_KEY_ID_3) = %q, want none", p)
	}
}
